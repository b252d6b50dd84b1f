import { AdminClient, expectProblem, startAdminApi } from './admin-harness';
import { Instance, TestApi, at, bearer } from './api-harness';

// Time rules through the admin API: kept, checked when saved (the field named), and put to work
// on the tickets already in their condition.
describe('instance admin: time rules', () => {
  let api: TestApi;
  let desk: Instance;
  let admin: AdminClient;
  let support: string;
  let resolved: string;
  let canned: string;
  const pendingWeek = (extra: object = {}) => ({ name: 'Pending a week', condition: 'state', state: 'pending', waitAmount: 7, waitUnit: 'days', actions: [{ kind: 'notify-assignee' }], ...extra });

  beforeAll(async () => {
    ({ api, instance: desk, admin } = await startAdminApi('time-rule-desk'));
    support = (await admin.get('departments').expect(200)).body[0].id;
    resolved = (await admin.get('statuses').expect(200)).body.find((s: { state: string }) => s.state === 'resolved').id;
    canned = (await api.http().post(at(desk.slug, 'canned-responses')).set(bearer(desk.token)).send({ title: 'Reminder', body: 'Still there?' }).expect(201)).body.id;
  });

  afterAll(() => api.close());

  it('keeps a time rule, changes it and deletes it', async () => {
    const created = (
      await admin
        .post('time-rules', pendingWeek({ tag: 'VIP', departmentId: support, actions: [{ kind: 'send-canned-response', value: canned }, { kind: 'set-status', value: resolved }, { kind: 'add-tags', value: 'stale' }] }))
        .expect(201)
    ).body;
    expect(created).toEqual({
      id: expect.any(String),
      name: 'Pending a week',
      isActive: true,
      condition: 'state',
      state: 'pending',
      statusId: null,
      waitAmount: 7,
      waitUnit: 'days',
      departmentId: support,
      helpTopicId: null,
      priorityId: null,
      tag: 'vip',
      actions: [
        { kind: 'send-canned-response', value: canned },
        { kind: 'set-status', value: resolved },
        { kind: 'add-tags', value: 'stale' },
      ],
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect((await admin.get(`time-rules/${created.id}`).expect(200)).body).toEqual(created);
    expect((await admin.get('time-rules').expect(200)).body).toEqual([created]);

    // Another condition drops the state it no longer takes.
    const changed = (await admin.patch(`time-rules/${created.id}`, { condition: 'unassigned', waitAmount: 2, waitUnit: 'hours', tag: null }).expect(200)).body;
    expect(changed).toMatchObject({ condition: 'unassigned', state: null, waitAmount: 2, waitUnit: 'hours', tag: null });
    expect((await admin.patch(`time-rules/${created.id}`, { condition: 'status', statusId: resolved }).expect(200)).body).toMatchObject({ condition: 'status', statusId: resolved });

    expectProblem(await admin.post('time-rules', pendingWeek()), 409, 'time-rule.name-taken');
    // The department it is limited to cannot go.
    const other = (await admin.post('departments', { name: 'Operations' }).expect(201)).body.id;
    await admin.patch(`time-rules/${created.id}`, { departmentId: other }).expect(200);
    expectProblem(await admin.delete(`departments/${other}`), 409, 'directory.in-use');

    await admin.delete(`time-rules/${created.id}`).expect(204);
    expectProblem(await admin.get(`time-rules/${created.id}`), 404, 'time-rule.not-found');
    await admin.delete(`departments/${other}`).expect(204);
  });

  it('takes the tickets already in its condition when saved, and lets them go when switched off', async () => {
    const ticket = (await api.http().post(at(desk.slug, 'tickets')).set(bearer(desk.token)).send({ requester: { email: 'r@time-rule-desk.example', name: 'R' }, subject: 'Nobody has it', message: 'b', source: 'phone', departmentId: support }).expect(201)).body;
    const rule = (await admin.post('time-rules', { name: 'Unassigned', condition: 'unassigned', waitAmount: 2, waitUnit: 'hours', actions: [{ kind: 'notify-department-manager' }] }).expect(201)).body;
    const due = () => api.sql<{ reference: string }>('select t.reference from time_rule_due d join tickets t on t.id = d.ticket_id where d.rule_id = $1', [rule.id]);
    expect(await due()).toEqual([{ reference: ticket.reference }]);
    await admin.patch(`time-rules/${rule.id}`, { isActive: false }).expect(200);
    expect(await due()).toEqual([]);
    await admin.patch(`time-rules/${rule.id}`, { isActive: true }).expect(200);
    expect(await due()).toEqual([{ reference: ticket.reference }]);
    await admin.delete(`time-rules/${rule.id}`).expect(204);
  });

  it('names what is wrong and keeps nothing', async () => {
    const refused = async (body: object, field: string, code = 'time-rule.invalid') => {
      const response = await admin.post('time-rules', pendingWeek({ name: 'Refused', ...body }));
      expectProblem(response, 400, code);
      expect(JSON.stringify(response.body)).toContain(field);
    };
    const nowhere = '0190a5b4-6c1e-7d2f-9a3b-4c5d6e7f8091';
    await refused({ condition: 'someday' }, 'condition', 'request.invalid');
    await refused({ state: null }, 'state');
    await refused({ condition: 'unassigned' }, 'state');
    await refused({ condition: 'status', state: null }, 'statusId');
    await refused({ condition: 'status', state: null, statusId: nowhere }, 'statusId');
    await refused({ waitAmount: 0 }, 'waitAmount', 'request.invalid');
    await refused({ waitUnit: 'weeks' }, 'waitUnit', 'request.invalid');
    await refused({ departmentId: nowhere }, 'departmentId');
    await refused({ helpTopicId: nowhere }, 'helpTopicId');
    await refused({ priorityId: nowhere }, 'priorityId');
    await refused({ tag: 'two words' }, 'tag');
    await refused({ actions: [] }, 'actions');
    await refused({ actions: [{ kind: 'reject' }] }, 'actions.0.kind', 'request.invalid');
    await refused({ actions: [{ kind: 'set-status' }] }, 'actions.0.value');
    await refused({ actions: [{ kind: 'notify-assignee' }, { kind: 'set-status', value: nowhere }] }, 'actions.1.value');
    await refused({ actions: [{ kind: 'send-canned-response', value: nowhere }] }, 'actions.0.value');
    await refused({ actions: [{ kind: 'assign-team', value: nowhere }] }, 'actions.0.value');
    await refused({ actions: [{ kind: 'add-tags', value: 'ok, not/ok/' }] }, 'actions.0.value');
    expect(await api.sql('select name from time_rules where tenant_id = $1', [desk.id])).toEqual([]);
  });

  it('is for managers only', async () => {
    const agent = await api.addAgent(desk, { name: 'Pau Agent', role: 'All access' });
    const response = await api.http().get(`/api/v1/t/${desk.slug}/admin/time-rules`).set({ Authorization: `Bearer ${agent.token}` });
    expectProblem(response, 403, 'auth.forbidden');
  });
});
