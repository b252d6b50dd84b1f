import { AdminClient, Instance, TestApi, adminClient, at, bearer, expectProblem, startTestApi } from './api-harness';
import { registerRequester } from './portal-harness';

// Ticket filters through the admin API: kept in order, checked when saved, run on tickets opened
// by agents, API clients and requesters in the portal, and tried without effect.
describe('admin: ticket filters', () => {
  let api: TestApi;
  let desk: Instance;
  let admin: AdminClient;
  let firstDepartment: string;
  let sales: string;
  let team: string;
  let topic: string;

  const condition = (value: string, field = 'subject', operator = 'contains') => ({ field, operator, value });
  const filter = (name: string, extra: object = {}) => ({ name, match: 'all', conditions: [condition(name.toLowerCase())], actions: [{ kind: 'stop' }], ...extra });
  const names = async () => (await admin.get('filters').expect(200)).body.map((f: { name: string; position: number }) => `${f.position} ${f.name}`);
  const counts = async () =>
    (
      await api.sql<Record<string, number>>(
        `select (select count(*)::int from tickets) as tickets, (select count(*)::int from ticket_entries) as entries, (select count(*)::int from outbox) as outbox,
                (select count(*)::int from requesters) as requesters, (select count(*)::int from ticket_participants) as participants`,
      )
    )[0];

  beforeAll(async () => {
    api = await startTestApi();
    desk = await api.provision('filter-desk');
    admin = adminClient(api, desk.slug, desk.token);
    firstDepartment = (await admin.get('departments').expect(200)).body[0].id;
    sales = (await admin.post('departments', { name: 'Sales' }).expect(201)).body.id;
    team = (await admin.post('teams', { name: 'Night shift', leadStaffId: desk.manager.id }).expect(201)).body.id;
    topic = (await api.http().get(at(desk.slug, 'portal/help-topics')).expect(200)).body[0].id;
  });

  afterAll(() => api.close());

  it('keeps filters in order: appended, inserted at a position, moved and closed up after a delete', async () => {
    const a = (await admin.post('filters', filter('Alpha')).expect(201)).body;
    expect(a).toMatchObject({ name: 'Alpha', position: 1, isActive: true, match: 'all', conditions: [condition('alpha')], actions: [{ kind: 'stop', value: null }] });
    await admin.post('filters', filter('Beta')).expect(201);
    const gamma = (await admin.post('filters', filter('Gamma', { position: 1 })).expect(201)).body;
    expect(await names()).toEqual(['1 Gamma', '2 Alpha', '3 Beta']);
    await admin.patch(`filters/${gamma.id}`, { position: 3, isActive: false }).expect(200);
    expect(await names()).toEqual(['1 Alpha', '2 Beta', '3 Gamma']);
    await admin.delete(`filters/${a.id}`).expect(204);
    expect(await names()).toEqual(['1 Beta', '2 Gamma']);
    expectProblem(await admin.get(`filters/${a.id}`), 404, 'filter.not-found');
    expectProblem(await admin.post('filters', filter('beta')), 409, 'filter.name-taken');
    for (const f of (await admin.get('filters').expect(200)).body) await admin.delete(`filters/${f.id}`).expect(204);
  });

  it('refuses a filter it cannot run, naming the field, in the caller’s language, and saves nothing', async () => {
    const badPattern = await admin.post('filters', filter('Pattern', { conditions: [condition('(a)\\1', 'subject', 'regex')] })).set('Accept-Language', 'ca');
    expectProblem(badPattern, 400, 'filter.invalid');
    expect(badPattern.body).toMatchObject({ field: 'conditions.0.value', detail: 'El filtre de tiquets no admet això: reviseu conditions.0.value' });
    const elsewhere = '0193a4e2-5b7c-7def-8a12-3456789abcde';
    const unknown = await admin.post('filters', filter('Unknown', { actions: [{ kind: 'set-priority', value: elsewhere }, { kind: 'assign-team', value: team }] })).set('Accept-Language', 'de');
    expectProblem(unknown, 400, 'filter.invalid');
    expect(unknown.body).toMatchObject({ field: 'actions.0.value', detail: 'Der Ticketfilter nimmt das nicht an: actions.0.value prüfen' });
    expectProblem(await admin.post('filters', filter('Valueless', { actions: [{ kind: 'set-department' }] })), 400, 'filter.invalid');
    expectProblem(await admin.post('filters', filter('Empty', { conditions: [] })), 400, 'filter.invalid');
    expectProblem(await admin.post('filters', filter('Kind', { actions: [{ kind: 'explode' }] })), 400, 'request.invalid');
    expect((await admin.get('filters').expect(200)).body).toEqual([]);
  });

  it('sets the type of the tickets it matches, and refuses a type tickets do not have', async () => {
    const refused = await admin.post('filters', filter('Complaints', { conditions: [condition('complaint')], actions: [{ kind: 'set-type', value: 'complaint' }] }));
    expectProblem(refused, 400, 'filter.invalid');
    expect(refused.body.field).toBe('actions.0.value');
    const saved = (await admin.post('filters', filter('Requests', { conditions: [condition('please provide')], actions: [{ kind: 'set-type', value: 'service_request' }] })).expect(201)).body;
    const ticket = { requester: { email: 'typed@example.org', name: 'Typed' }, subject: 'Please provide a laptop', message: 'For the new colleague', source: 'phone', departmentId: firstDepartment };
    const opened = (await api.http().post(at(desk.slug, 'tickets')).set(bearer(desk.token)).send(ticket).expect(201)).body;
    expect(opened.type).toBe('service_request');
    const dry = (await admin.post('filters/dry-run', { message: { from: { address: 'x@example.org' }, subject: 'Please provide access', channel: 'portal' } }).expect(200)).body;
    expect(dry.type).toBe('service_request');
    await admin.delete(`filters/${saved.id}`).expect(204);
  });

  it('runs on tickets agents, API clients and the portal open, and says on the thread what each filter did', async () => {
    const byAgent = (await admin.post('filters', filter('Agents', { conditions: [condition('agent', 'channel', 'equals'), condition('vpn')], actions: [{ kind: 'set-department', value: sales }] })).expect(201)).body;
    await admin.post('filters', filter('Api', { conditions: [condition('api', 'channel', 'equals')], actions: [{ kind: 'assign-team', value: team }, { kind: 'add-collaborators', value: 'Ops <ops@example.org>' }, { kind: 'add-tags', value: 'Monitoring, disk' }] })).expect(201);
    const badTag = await admin.post('filters', filter('Bad tag', { conditions: [condition('x')], actions: [{ kind: 'add-tags', value: 'fine, not/ok/' }] }));
    expectProblem(badTag, 400, 'filter.invalid');
    expect(badTag.body.field).toBe('actions.0.value');
    await admin.post('filters', filter('Portal', { conditions: [condition('portal', 'channel', 'equals'), condition('^refund', 'subject', 'regex')], actions: [{ kind: 'reject' }] })).expect(201);

    const ticket = { requester: { email: 'someone@example.org', name: 'Someone' }, subject: 'VPN is down', message: 'Since 9:00', source: 'phone', departmentId: firstDepartment };
    const opened = (await api.http().post(at(desk.slug, 'tickets')).set(bearer(desk.token)).send(ticket).expect(201)).body;
    expect(opened.department.id).toBe(sales);
    const thread = (await api.http().get(at(desk.slug, `tickets/${encodeURIComponent(opened.reference)}/thread`)).set(bearer(desk.token)).expect(200)).body;
    const event = thread.find((e: { event: string | null }) => e.event === 'filtered');
    expect(event.data).toMatchObject({ filterId: byAgent.id, name: 'Agents', actions: [{ kind: 'set-department', value: sales, target: 'Sales', skipped: false }] });

    const key = (await admin.post('api-keys', { name: 'Monitoring', scopes: ['tickets.create', 'tickets.read'] }).expect(201)).body.token;
    const viaApi = (await api.http().post(at(desk.slug, 'tickets')).set(bearer(key)).send({ ...ticket, subject: 'Disk full', source: 'other' }).expect(201)).body;
    expect(viaApi).toMatchObject({ source: 'api', department: { id: firstDepartment }, team: { id: team }, collaborators: [{ email: 'ops@example.org' }] });
    expect(
      await api.sql('select g.name from ticket_tags tt join tags g on g.id = tt.tag_id join tickets t on t.id = tt.ticket_id where t.reference = $1 and t.tenant_id = $2 order by g.name', [viaApi.reference, desk.id]),
    ).toEqual([{ name: 'disk' }, { name: 'monitoring' }]);

    const requester = await registerRequester(api, desk, 'portal-user@example.org');
    const refused = await api.http().post(at(desk.slug, 'portal/tickets')).set(bearer(requester.token)).set('Accept-Language', 'es').send({ helpTopicId: topic, subject: 'Refund please', message: 'Now' });
    expectProblem(refused, 403, 'ticket.rejected');
    expect(refused.body.detail).toBe('Este servicio de asistencia no acepta este ticket');
    expect(await api.sql(`select 1 from tickets where subject = 'Refund please'`)).toEqual([]);
    await api.http().post(at(desk.slug, 'portal/tickets')).set(bearer(requester.token)).send({ helpTopicId: topic, subject: 'Printer jams', message: 'Again' }).expect(201);
  });

  it('tries the filters on a sample message or an existing ticket without changing anything', async () => {
    const canned = (await api.http().post(at(desk.slug, 'canned-responses')).set(bearer(desk.token)).send({ title: 'Thanks', body: 'Thanks, {{requester.name}}.' }).expect(201)).body.id;
    await admin.post('filters', filter('Acme', { conditions: [condition('acme.example', 'from.domain', 'equals')], actions: [{ kind: 'send-canned-response', value: canned }, { kind: 'disable-auto-response' }, { kind: 'stop' }] })).expect(201);
    const before = await counts();

    const sample = { message: { from: { address: 'New.Person@ACME.example', name: 'New' }, subject: 'VPN again', body: 'x', headers: { 'X-Priority': '1' } } };
    const run = (await admin.post('filters/dry-run', sample).expect(200)).body;
    expect(run).toMatchObject({ matched: [{ name: 'Acme', actions: [{ kind: 'send-canned-response', target: 'Thanks' }, { kind: 'disable-auto-response' }, { kind: 'stop' }] }], autoResponse: false, cannedResponseIds: [canned], rejectedBy: null });

    const agentSample = { message: { ...sample.message, from: { address: 'x@other.example' }, channel: 'agent' } };
    expect((await admin.post('filters/dry-run', agentSample).expect(200)).body).toMatchObject({ matched: [{ name: 'Agents' }], departmentId: sales, autoResponse: true });

    const [{ reference }] = await api.sql<{ reference: string }>(`select reference from tickets where subject = 'Refund please' or subject = 'Printer jams'`);
    const onTicket = (await admin.post('filters/dry-run', { reference }).expect(200)).body;
    expect(onTicket).toMatchObject({ matched: [], rejectedBy: null });

    expectProblem(await admin.post('filters/dry-run', {}), 400, 'filter.invalid');
    expectProblem(await admin.post('filters/dry-run', { reference: 'none#1' }), 404, 'ticket.not-found');
    expect(await counts()).toEqual(before);
    expect(await api.sql('select 1 from requester_emails where email = $1', ['new.person@acme.example'])).toEqual([]);
  });

  it("is for managers, and for a department's agents with filters.manage (admin-delegated.e2e-spec.ts)", async () => {
    const agent = await api.addAgent(desk, { name: 'Plain agent', role: 'Expanded access' });
    expectProblem(await api.http().get(at(desk.slug, 'admin/filters')).set(bearer(agent.token)), 403, 'filter.forbidden');
    // All access holds filters.manage: the agent sees their department's filters, not the instance's.
    const lead = await api.addAgent(desk, { name: 'Department lead', role: 'All access' });
    expect((await api.http().get(at(desk.slug, 'admin/filters')).set(bearer(lead.token)).expect(200)).body).toEqual([]);
  });
});
