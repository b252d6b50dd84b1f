import { expectProblem } from './admin-harness';
import { Agent, Instance, TestApi, adminClient, Method, instanceRequest, startTestApi } from './api-harness';

describe('canned responses', () => {
  let api: TestApi;
  let desk: Instance;
  let support: string;
  let maintenance: string;
  // Support, limited access: uses canned responses, keeps none.
  let sara: Agent;
  // Maintenance, all access (canned.manage there).
  let marc: Agent;
  let reference: string;

  const call = (method: Method, path: string, body?: object, token = desk.token) => instanceRequest(api, desk.slug, token, method, path, body);
  const titles = async (query: string, token: string) => (await call('get', `canned-responses${query}`, undefined, token).expect(200)).body.map((c: { title: string }) => c.title);

  beforeAll(async () => {
    api = await startTestApi();
    desk = await api.provision('canned-desk');
    support = (await adminClient(api, desk.slug, desk.token).get('departments').expect(200)).body[0].id;
    sara = await api.addAgent(desk, { name: 'Sara Puig', role: 'Limited access' });
    marc = await api.addAgent(desk, { name: 'Marc Vidal', role: 'All access', department: 'Maintenance' });
    maintenance = marc.departmentIds.Maintenance;
    const ticket = { requester: { email: 'joan.serra@example.org', name: 'Joan Serra' }, subject: 'Forgotten password', message: 'I cannot sign in.', source: 'phone', departmentId: support };
    reference = (await call('post', 'tickets', ticket).expect(201)).body.reference;
  });

  afterAll(() => api.close());

  it("fills a response's variables with the ticket's and the agent's values", async () => {
    const body = 'Dear {{requester.name}},\n\nAbout {{ticket.reference}} ({{ticket.subject}}, {{department.name}}): choose a new password at {{instance.link}}.\n\n{{agent.name}}';
    const created = (await call('post', 'canned-responses', { title: 'Password reset', body }).expect(201)).body;
    expect(created).toEqual({
      id: expect.any(String),
      title: 'Password reset',
      body,
      departmentId: null,
      isActive: true,
      mayManage: true,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const filled = (await call('get', `tickets/${encodeURIComponent(reference)}/canned-responses/${created.id}`, undefined, sara.token).expect(200)).body;
    const department = (await call('get', 'departments').expect(200)).body.find((d: { id: string }) => d.id === support).name;
    expect(filled).toEqual({
      id: created.id,
      title: 'Password reset',
      body: `Dear Joan Serra,\n\nAbout ${reference} (Forgotten password, ${department}): choose a new password at ${api.config.http.publicUrl}/canned-desk/.\n\nSara Puig`,
    });
    // An agent who does not see the ticket cannot fill anything into it.
    expectProblem(await call('get', `tickets/${encodeURIComponent(reference)}/canned-responses/${created.id}`, undefined, marc.token), 404, 'ticket.not-found');
  });

  it("lets a department's agents with canned.manage keep its responses, and managers the instance's", async () => {
    // Limited access has no canned.manage; nobody but managers keeps instance-wide ones.
    expectProblem(await call('post', 'canned-responses', { title: 'Mine', body: 'Hello', departmentId: support }, sara.token), 403, 'canned.forbidden');
    expectProblem(await call('post', 'canned-responses', { title: 'Ours', body: 'Hello' }, marc.token), 403, 'canned.forbidden');
    // Nor in a department one does not work in.
    expectProblem(await call('post', 'canned-responses', { title: 'Theirs', body: 'Hello', departmentId: support }, marc.token), 403, 'canned.forbidden');
    const boiler = (await call('post', 'canned-responses', { title: 'Boiler visit', body: 'A technician comes on Monday.', departmentId: maintenance }, marc.token).expect(201)).body;
    expect(boiler).toMatchObject({ departmentId: maintenance, mayManage: true });

    // Each sees the instance's and their departments'; the manager sees all.
    expect(await titles('', sara.token)).toEqual(['Password reset']);
    expect(await titles('', marc.token)).toEqual(['Boiler visit', 'Password reset']);
    expect(await titles(`?departmentId=${support}`, desk.token)).toEqual(['Password reset']);
    expect((await call('get', 'canned-responses', undefined, sara.token).expect(200)).body[0].mayManage).toBe(false);
    expectProblem(await call('get', `canned-responses/${boiler.id}`, undefined, sara.token), 404, 'canned.not-found');
    expectProblem(await call('patch', `canned-responses/${boiler.id}`, { title: 'Taken over' }, sara.token), 404, 'canned.not-found');
    const instanceWide = (await call('get', 'canned-responses', undefined, sara.token).expect(200)).body[0];
    expectProblem(await call('delete', `canned-responses/${instanceWide.id}`, undefined, sara.token), 403, 'canned.forbidden');
    // Moving one's own response to instance-wide is a manager's matter.
    expectProblem(await call('patch', `canned-responses/${boiler.id}`, { departmentId: null }, marc.token), 403, 'canned.forbidden');

    // Switched off: kept and listed on request, not offered, not filled in.
    await call('patch', `canned-responses/${boiler.id}`, { isActive: false }, marc.token).expect(200);
    expect(await titles('', marc.token)).toEqual(['Password reset']);
    expect(await titles('?all=true', marc.token)).toEqual(['Boiler visit', 'Password reset']);
    await call('delete', `canned-responses/${boiler.id}`, undefined, marc.token).expect(204);
    expect(await titles('?all=true', marc.token)).toEqual(['Password reset']);
  });

  it('refuses unknown variables, malformed placeholders and a title taken in the same department', async () => {
    const before = await titles('?all=true', desk.token);
    const unknown = await call('post', 'canned-responses', { title: 'Typo', body: 'Dear {{requester.nmae}}' });
    expectProblem(unknown, 400, 'canned.invalid');
    expect(unknown.body.detail).toContain('{{requester.nmae}}');
    expect(unknown.body.field).toBe('body');
    expectProblem(await call('post', 'canned-responses', { title: 'Half', body: 'Dear {{requester.name' }), 400, 'canned.invalid');
    expectProblem(await call('post', 'canned-responses', { title: 'Blank', body: '   ' }), 400, 'canned.invalid');
    expectProblem(await call('post', 'canned-responses', { title: 'Nowhere', body: 'Hi', departmentId: '01938f6e-52c4-7d8a-9a41-2f0c1e6b7d10' }), 400, 'canned.invalid');
    expectProblem(await call('post', 'canned-responses', { title: 'password RESET', body: 'Again' }), 409, 'canned.title-taken');
    expect(await titles('?all=true', desk.token)).toEqual(before);
    // The same title in a department is another response.
    await call('post', 'canned-responses', { title: 'Password reset', body: 'Support only', departmentId: support }).expect(201);
  });
});
