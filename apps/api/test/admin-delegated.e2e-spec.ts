import { AdminClient, Agent, Instance, TestApi, adminClient, at, bearer, expectProblem, startTestApi } from './api-harness';

// A department's administration without instance-wide rights: an agent whose role in a
// department holds topics.manage, filters.manage and members.manage keeps that department's help
// topics, ticket filters and members through the admin API, and nothing else.
describe("admin: a department's own administration", () => {
  let api: TestApi;
  let desk: Instance;
  let admin: AdminClient;
  // Laia leads Maintenance: her role there holds the department's administration.
  let laia: Agent;
  let lead: AdminClient;
  // Pau works in Support, the instance's first department, with limited access.
  let pau: Agent;
  let support: string;
  let maintenance: string;
  let supportTopic: string;
  let helperRole: string;
  let leadRole: string;
  let allAccess: string;

  const topic = (name: string, departmentId: string) => ({ name, departmentId });
  const filter = (name: string, extra: object = {}) => ({
    name,
    match: 'all',
    conditions: [{ field: 'subject', operator: 'contains', value: name.toLowerCase() }],
    actions: [{ kind: 'add-tags', value: 'triaged' }],
    ...extra,
  });

  beforeAll(async () => {
    api = await startTestApi();
    desk = await api.provision('delegated-desk');
    admin = adminClient(api, desk.slug, desk.token);
    const roles: { id: string; name: string }[] = (await admin.get('roles').expect(200)).body;
    allAccess = roles.find((r) => r.name === 'All access')!.id;
    leadRole = (
      await admin.post('roles', { name: 'Department lead', permissions: ['ticket.create', 'ticket.reply', 'ticket.edit', 'topics.manage', 'filters.manage', 'members.manage'] }).expect(201)
    ).body.id;
    helperRole = (await admin.post('roles', { name: 'Helper', permissions: ['ticket.reply'] }).expect(201)).body.id;
    laia = await api.addAgent(desk, { name: 'Laia Ferrer', role: 'Department lead', department: 'Maintenance' });
    pau = await api.addAgent(desk, { name: 'Pau Serra', role: 'Limited access' });
    lead = adminClient(api, desk.slug, laia.token);
    maintenance = laia.departmentIds.Maintenance;
    support = Object.values(pau.departmentIds)[0];
    supportTopic = (await admin.get('help-topics').expect(200)).body.find((t: { departmentId: string }) => t.departmentId === support).id;
  });

  afterAll(() => api.close());

  it('tells the console which departments the agent administers', async () => {
    const me = (await api.http().get(at(desk.slug, 'auth/me')).set(bearer(laia.token)).expect(200)).body;
    expect(me.administers).toEqual({ topics: [maintenance], filters: [maintenance], members: [maintenance] });
    const other = (await api.http().get(at(desk.slug, 'auth/me')).set(bearer(pau.token)).expect(200)).body;
    expect(other.administers).toEqual({ topics: [], filters: [], members: [] });
  });

  it("keeps the department's help topics, and no other department's", async () => {
    expect((await lead.get('help-topics').expect(200)).body).toEqual([]);
    const boiler = (await lead.post('help-topics', topic('Boiler', maintenance)).expect(201)).body;
    const child = (await lead.post('help-topics', { ...topic('Pressure', maintenance), parentId: boiler.id }).expect(201)).body;
    expect((await lead.get('help-topics').expect(200)).body.map((t: { name: string }) => t.name)).toEqual(['Boiler', 'Pressure']);
    await lead.patch(`help-topics/${child.id}`, { isPublic: false }).expect(200);

    const before = (await admin.get('help-topics').expect(200)).body;
    expectProblem(await lead.post('help-topics', topic('Passwords', support)), 403, 'directory.forbidden');
    expectProblem(await lead.post('help-topics', { ...topic('Under theirs', maintenance), parentId: supportTopic }), 403, 'directory.forbidden');
    expectProblem(await lead.get(`help-topics/${supportTopic}`), 403, 'directory.forbidden');
    expectProblem(await lead.patch(`help-topics/${supportTopic}`, { name: 'Taken over' }), 403, 'directory.forbidden');
    expectProblem(await lead.delete(`help-topics/${supportTopic}`), 403, 'directory.forbidden');
    // Moving one of its own topics to another department would hand it away.
    expectProblem(await lead.patch(`help-topics/${boiler.id}`, { departmentId: support }), 403, 'directory.forbidden');
    expect((await admin.get('help-topics').expect(200)).body).toEqual(before);

    // Agents without topics.manage keep none; managers keep all.
    expectProblem(await adminClient(api, desk.slug, pau.token).get('help-topics'), 403, 'directory.forbidden');
    expect((await admin.get('help-topics').expect(200)).body.length).toBeGreaterThan(2);
    await lead.delete(`help-topics/${child.id}`).expect(204);
    await lead.delete(`help-topics/${boiler.id}`).expect(204);
  });

  it("keeps the department's filters, which run after the instance's on its tickets and keep them there", async () => {
    const high = (await admin.get('priorities').expect(200)).body.find((p: { name: string }) => p.name.toLowerCase() === 'high').id;
    // The instance's filter moves heating tickets to Maintenance; Laia's tags and raises what arrives there.
    const moving = (await admin.post('filters', filter('Heating', { actions: [{ kind: 'set-department', value: maintenance }, { kind: 'add-tags', value: 'triaged' }] })).expect(201)).body;
    expect(moving).toMatchObject({ departmentId: null, position: 1 });
    const own = (
      await lead.post('filters', filter('Radiator', { conditions: [{ field: 'body', operator: 'contains', value: 'radiator' }], actions: [{ kind: 'set-priority', value: high }, { kind: 'add-tags', value: 'heating' }], departmentId: maintenance })).expect(201)
    ).body;
    expect(own).toMatchObject({ departmentId: maintenance, position: 1 });

    // Instance-wide filters, other departments' and a filter moving tickets out are the managers' matter.
    expectProblem(await lead.post('filters', filter('Everywhere')), 403, 'filter.forbidden');
    expectProblem(await lead.post('filters', filter('Theirs', { departmentId: support })), 403, 'filter.forbidden');
    const away = await lead.post('filters', filter('Away', { departmentId: maintenance, actions: [{ kind: 'set-department', value: support }] }));
    expectProblem(away, 400, 'filter.invalid');
    expect(away.body.field).toBe('actions.0.kind');
    const theirTopic = await lead.post('filters', filter('Their topic', { departmentId: maintenance, actions: [{ kind: 'set-help-topic', value: supportTopic }] }));
    expectProblem(theirTopic, 400, 'filter.invalid');
    expect(theirTopic.body.field).toBe('actions.0.value');
    const notHere = await lead.post('filters', filter('Not here', { departmentId: maintenance, actions: [{ kind: 'assign-agent', value: pau.id }] }));
    expectProblem(notHere, 400, 'filter.invalid');
    expect(notHere.body.field).toBe('actions.0.value');
    expect((await lead.get('filters').expect(200)).body.map((f: { name: string }) => f.name)).toEqual(['Radiator']);
    expectProblem(await lead.get(`filters/${moving.id}`), 403, 'filter.forbidden');
    expectProblem(await lead.patch(`filters/${moving.id}`, { isActive: false }), 403, 'filter.forbidden');
    expectProblem(await lead.patch(`filters/${own.id}`, { departmentId: null }), 403, 'filter.forbidden');
    expectProblem(await lead.delete(`filters/${moving.id}`), 403, 'filter.forbidden');
    expectProblem(await lead.post('filters/dry-run', { message: { from: { address: 'a@example.org' }, subject: 'x' } }), 403, 'filter.forbidden');
    expectProblem(await adminClient(api, desk.slug, pau.token).get('filters'), 403, 'filter.forbidden');
    // Managers see both scopes, the instance's first.
    expect((await admin.get('filters').expect(200)).body.map((f: { name: string; position: number }) => `${f.position} ${f.name}`)).toEqual(['1 Heating', '1 Radiator']);

    // The ticket as read back after opening (with the tags the filters put on it).
    const open = async (subject: string, message: string, departmentId: string) => {
      const { reference } = (await api.http().post(at(desk.slug, 'tickets')).set(bearer(desk.token)).send({ requester: { email: 'neus@example.org', name: 'Neus' }, subject, message, source: 'phone', departmentId }).expect(201)).body;
      return (await api.http().get(at(desk.slug, `tickets/${encodeURIComponent(reference)}`)).set(bearer(desk.token)).expect(200)).body;
    };
    // Moved to Maintenance by the instance's filter, then the department's acts.
    const moved = await open('Heating is off', 'The radiator is cold.', support);
    expect(moved).toMatchObject({ department: { id: maintenance }, priority: { id: high }, tags: ['heating', 'triaged'] });
    // Opened in Maintenance: the department's filter alone.
    expect(await open('Cold office', 'The radiator leaks.', maintenance)).toMatchObject({ department: { id: maintenance }, priority: { id: high }, tags: ['heating'] });
    // Support's tickets are not Maintenance's business.
    const elsewhere = await open('Cold office', 'The radiator leaks.', support);
    expect(elsewhere.department.id).toBe(support);
    expect(elsewhere.priority.id).not.toBe(high);
    expect(elsewhere.tags).toEqual([]);

    await lead.delete(`filters/${own.id}`).expect(204);
    await admin.delete(`filters/${moving.id}`).expect(204);
  });

  it('places agents in the department with roles within its own rights, and no further', async () => {
    const names = async () => (await lead.get(`departments/${maintenance}/members`).expect(200)).body.map((m: { name: string; roleName: string; isPrimary: boolean }) => `${m.name}: ${m.roleName}${m.isPrimary ? ' (primary)' : ''}`);
    expect(await names()).toEqual(['Laia Ferrer: Department lead (primary)']);
    const added = (await lead.put(`departments/${maintenance}/members/${pau.id}`, { roleId: helperRole }).expect(200)).body;
    expect(added).toMatchObject({ staffId: pau.id, roleId: helperRole, roleName: 'Helper', isPrimary: false });
    expect(await names()).toEqual(['Laia Ferrer: Department lead (primary)', 'Pau Serra: Helper']);
    // Pau now works in Maintenance too.
    const pauNow = (await admin.get(`agents/${pau.id}`).expect(200)).body;
    expect(pauNow.departments.map((d: { departmentId: string }) => d.departmentId)).toEqual(expect.arrayContaining([support, maintenance]));
    // Her own role is as far as she may go.
    await lead.put(`departments/${maintenance}/members/${pau.id}`, { roleId: leadRole }).expect(200);
    await lead.put(`departments/${maintenance}/members/${pau.id}`, { roleId: helperRole }).expect(200);

    const before = (await admin.get(`agents/${pau.id}`).expect(200)).body;
    expectProblem(await lead.put(`departments/${maintenance}/members/${pau.id}`, { roleId: allAccess }), 403, 'directory.forbidden');
    // Raising her own rights, touching a manager's place, or another department's members: refused.
    expectProblem(await lead.put(`departments/${maintenance}/members/${laia.id}`, { roleId: allAccess }), 403, 'directory.forbidden');
    expectProblem(await lead.put(`departments/${maintenance}/members/${laia.id}`, { roleId: helperRole }), 403, 'directory.forbidden');
    expectProblem(await lead.put(`departments/${maintenance}/members/${desk.manager.id}`, { roleId: helperRole }), 403, 'directory.forbidden');
    expectProblem(await lead.get(`departments/${support}/members`), 403, 'directory.forbidden');
    expectProblem(await lead.put(`departments/${support}/members/${pau.id}`, { roleId: helperRole }), 403, 'directory.forbidden');
    expectProblem(await lead.delete(`departments/${support}/members/${pau.id}`), 403, 'directory.forbidden');
    const badRole = await lead.put(`departments/${maintenance}/members/${pau.id}`, { roleId: 'not-a-role' });
    expectProblem(badRole, 400, 'request.invalid');
    // The instance's agents, roles and departments stay the managers'.
    expectProblem(await lead.patch(`agents/${pau.id}`, { isManager: true }), 403, 'auth.forbidden');
    expectProblem(await lead.post('roles', { name: 'Mine', permissions: ['ticket.delete'] }), 403, 'auth.forbidden');
    expectProblem(await lead.patch(`departments/${maintenance}`, { name: 'Mine' }), 403, 'auth.forbidden');
    expect((await admin.get(`agents/${pau.id}`).expect(200)).body).toEqual(before);

    // Someone above her there stays out of her reach.
    await admin.put(`departments/${maintenance}/members/${pau.id}`, { roleId: allAccess }).expect(200);
    expectProblem(await lead.delete(`departments/${maintenance}/members/${pau.id}`), 403, 'directory.forbidden');
    await admin.put(`departments/${maintenance}/members/${pau.id}`, { roleId: helperRole }).expect(200);
    await lead.delete(`departments/${maintenance}/members/${pau.id}`).expect(204);
    expectProblem(await lead.delete(`departments/${maintenance}/members/${pau.id}`), 404, 'directory.not-found');
    expect(await names()).toEqual(['Laia Ferrer: Department lead (primary)']);
    // A primary department is left only when a manager moves the agent.
    const primary = await admin.delete(`departments/${maintenance}/members/${laia.id}`);
    expectProblem(primary, 400, 'directory.invalid');
    expect(primary.body.field).toBe('staffId');
  });
});
