import { AdminClient, Instance, TestApi, adminClient, expectProblem, startTestApi } from './api-harness';

// Triggers through the admin API: kept in order, checked when saved (each problem names its
// field, in the caller's language), and nothing written when refused.
describe('admin: triggers', () => {
  let api: TestApi;
  let desk: Instance;
  let admin: AdminClient;
  let team: string;

  const trigger = (name: string, extra: object = {}) => ({
    name,
    events: ['requester-reply'],
    match: 'all',
    conditions: [{ field: 'subject', operator: 'contains', value: name.toLowerCase() }],
    actions: [{ kind: 'add-tags', value: 'replied' }],
    ...extra,
  });
  const names = async () => (await admin.get('triggers').expect(200)).body.map((t: { name: string; position: number }) => `${t.position} ${t.name}`);
  const count = async () => (await api.sql<{ count: number }>('select count(*)::int as count from ticket_triggers'))[0].count;

  beforeAll(async () => {
    api = await startTestApi();
    desk = await api.provision('trigger-desk');
    admin = adminClient(api, desk.slug, desk.token);
    team = (await admin.post('teams', { name: 'Night shift', leadStaffId: desk.manager.id }).expect(201)).body.id;
  });

  afterAll(() => api.close());

  it('keeps triggers in order: appended, inserted at a position, moved and closed up after a delete', async () => {
    const a = (await admin.post('triggers', trigger('Alpha')).expect(201)).body;
    expect(a).toMatchObject({ name: 'Alpha', position: 1, isActive: true, events: ['requester-reply'], match: 'all', actions: [{ kind: 'add-tags', value: 'replied' }] });
    await admin.post('triggers', trigger('Beta')).expect(201);
    const gamma = (await admin.post('triggers', trigger('Gamma', { position: 1, events: ['priority', 'status'] })).expect(201)).body;
    expect(await names()).toEqual(['1 Gamma', '2 Alpha', '3 Beta']);
    await admin.patch(`triggers/${gamma.id}`, { position: 3, isActive: false }).expect(200);
    expect(await names()).toEqual(['1 Alpha', '2 Beta', '3 Gamma']);
    expect((await admin.get(`triggers/${gamma.id}`).expect(200)).body).toMatchObject({ isActive: false, events: ['priority', 'status'] });
    await admin.delete(`triggers/${a.id}`).expect(204);
    expect(await names()).toEqual(['1 Beta', '2 Gamma']);
    expectProblem(await admin.get(`triggers/${a.id}`), 404, 'trigger.not-found');
    expectProblem(await admin.post('triggers', trigger('beta')), 409, 'trigger.name-taken');
    for (const t of (await admin.get('triggers').expect(200)).body) await admin.delete(`triggers/${t.id}`).expect(204);
  });

  it('saves the change conditions, a notification and a web call', async () => {
    const high = (await admin.get('priorities').expect(200)).body.find((p: { name: string }) => p.name.toLowerCase() === 'high').id;
    const saved = (
      await admin
        .post(
          'triggers',
          trigger('Urgent', {
            events: ['priority'],
            conditions: [{ field: 'priority', operator: 'changed-to', value: high }],
            actions: [
              { kind: 'send-notification', value: 'alert.ticket.assigned', to: 'assignee' },
              { kind: 'call-webhook', value: 'https://hooks.example.org/urgent' },
              { kind: 'assign-team', value: team },
            ],
          }),
        )
        .expect(201)
    ).body;
    expect(saved.conditions).toEqual([{ field: 'priority', operator: 'changed-to', value: high }]);
    expect(saved.actions).toEqual([
      { kind: 'send-notification', value: 'alert.ticket.assigned', to: 'assignee' },
      { kind: 'call-webhook', value: 'https://hooks.example.org/urgent' },
      { kind: 'assign-team', value: team },
    ]);
    await admin.delete(`triggers/${saved.id}`).expect(204);
  });

  it('refuses a trigger it cannot run, naming the field, in the caller’s language, and saves nothing', async () => {
    const before = await count();
    const change = await admin.post('triggers', trigger('Change', { conditions: [{ field: 'subject', operator: 'changed-to', value: 'x' }] })).set('Accept-Language', 'ca');
    expectProblem(change, 400, 'trigger.invalid');
    expect(change.body).toMatchObject({ field: 'conditions.0.field', detail: 'El disparador no admet això: reviseu conditions.0.field' });
    const elsewhere = '0193a4e2-5b7c-7def-8a12-3456789abcde';
    const unknown = await admin.post('triggers', trigger('Unknown', { actions: [{ kind: 'set-priority', value: elsewhere }] })).set('Accept-Language', 'de');
    expectProblem(unknown, 400, 'trigger.invalid');
    expect(unknown.body).toMatchObject({ field: 'actions.0.value', detail: 'Der Auslöser nimmt das nicht an: actions.0.value prüfen' });
    const template = await admin.post('triggers', trigger('Template', { actions: [{ kind: 'send-notification', value: 'no.such.template', to: 'assignee' }] }));
    expectProblem(template, 400, 'trigger.invalid');
    expect(template.body.field).toBe('actions.0.value');
    const recipient = await admin.post('triggers', trigger('Recipient', { actions: [{ kind: 'send-notification', value: 'alert.ticket.assigned' }] }));
    expect(recipient.body.field).toBe('actions.0.to');
    const address = await admin.post('triggers', trigger('Address', { actions: [{ kind: 'call-webhook', value: 'ftp://files.example.org' }] }));
    expect(address.body.field).toBe('actions.0.value');
    const noEvent = await admin.post('triggers', trigger('Nothing', { events: [] }));
    expectProblem(noEvent, 400, 'trigger.invalid');
    expect(noEvent.body.field).toBe('events');
    const reject = await admin.post('triggers', trigger('Reject', { actions: [{ kind: 'reject' }] }));
    // A filter's action for new tickets only: not one of a trigger's kinds.
    expectProblem(reject, 400, 'request.invalid');
    expect(await count()).toBe(before);
  });
});
