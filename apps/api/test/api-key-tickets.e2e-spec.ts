import { Instance, TestApi, adminClient, bearer, expectProblem, startTestApi } from './api-harness';

describe('tickets through instance API keys', () => {
  let api: TestApi;
  let desk: Instance;
  let other: Instance;
  let departmentId: string;

  const url = (slug: string, path: string) => `/api/v1/t/${slug}/${path}`;
  const ref = (reference: string) => encodeURIComponent(reference);

  async function newKey(instance: Instance, scopes: string[], allowedNetworks?: string[]): Promise<{ id: string; token: string }> {
    const response = await api
      .http()
      .post(url(instance.slug, 'admin/api-keys'))
      .set(bearer(instance.token))
      .send({ name: `key ${scopes.join(' ')} ${allowedNetworks?.join(' ') ?? ''}`, scopes, ...(allowedNetworks ? { allowedNetworks } : {}) })
      .expect(201);
    return { id: response.body.id, token: response.body.token };
  }

  const ticketBody = () => ({ requester: { email: 'monitor@example.org', name: 'Monitoring' }, subject: 'Disk full on web-1', message: '/var at 98%', source: 'other', departmentId });

  beforeAll(async () => {
    api = await startTestApi();
    desk = await api.provision('desk');
    other = await api.provision('other-desk');
    departmentId = (await api.http().get(url(desk.slug, 'departments')).set(bearer(desk.token)).expect(200)).body[0].id;
  });

  afterAll(() => api.close());

  it('opens tickets with source api, reads them back, and records the key on the thread', async () => {
    const key = await newKey(desk, ['tickets.create', 'tickets.read']);
    const created = await api.http().post(url(desk.slug, 'tickets')).set(bearer(key.token)).send(ticketBody());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ source: 'api', subject: 'Disk full on web-1', requester: { name: 'Monitoring' } });
    const reference = ref(created.body.reference);
    await api.http().get(url(desk.slug, `tickets/${reference}`)).set(bearer(key.token)).expect(200);
    const thread = (await api.http().get(url(desk.slug, `tickets/${reference}/thread`)).set(bearer(key.token)).expect(200)).body;
    expect(thread[0]).toMatchObject({ event: 'created', author: { type: 'system' }, data: { apiKeyId: key.id } });
    const listed = (await api.http().get(url(desk.slug, 'tickets')).set(bearer(key.token)).expect(200)).body.items;
    expect(listed.map((t: { reference: string }) => t.reference)).toContain(created.body.reference);
    const [row] = await api.sql<{ created_by_staff_id: string | null }>('select created_by_staff_id from tickets where id = $1', [created.body.id]);
    expect(row.created_by_staff_id).toBeNull();
    const [used] = await api.sql<{ last_used_at: Date | null }>('select last_used_at from api_keys where id = $1', [key.id]);
    expect(used.last_used_at).not.toBeNull();
  });

  it('takes source api when a key leaves it out, while agents still name theirs', async () => {
    const key = await newKey(desk, ['tickets.create']);
    const withoutSource: Partial<ReturnType<typeof ticketBody>> = ticketBody();
    delete withoutSource.source;
    const created = await api.http().post(url(desk.slug, 'tickets')).set(bearer(key.token)).send(withoutSource);
    expect(created.status).toBe(201);
    expect(created.body.source).toBe('api');
    const refused = await api.http().post(url(desk.slug, 'tickets')).set(bearer(desk.token)).send(withoutSource);
    expect(refused.status).toBe(400);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.field).toBe('source');
  });

  it("routes a key's ticket without topic or department to the instance's defaults, and says which to set when there are none", async () => {
    const key = await newKey(desk, ['tickets.create']);
    const admin = adminClient(api, desk.slug, desk.token);
    const { departmentId: _, ...unrouted } = { ...ticketBody(), source: undefined };
    const open = () => api.http().post(url(desk.slug, 'tickets')).set(bearer(key.token)).send(unrouted);

    const refused = await open();
    expectProblem(refused, 400, 'ticket.invalid');
    expect(refused.body.field).toBe('departmentId');
    expect(refused.body.detail).toContain('defaultHelpTopicId');
    expect(refused.body.detail).toContain('defaultDepartmentId');

    const billing = (await admin.post('departments', { name: 'Billing' }).expect(201)).body.id;
    const invoices = (await admin.post('help-topics', { name: 'Invoices', departmentId: billing }).expect(201)).body.id;
    const operations = (await admin.post('departments', { name: 'Operations' }).expect(201)).body.id;
    await admin.patch('settings', { defaultDepartmentId: operations }).expect(200);
    const toDepartment = (await open().expect(201)).body;
    expect(toDepartment).toMatchObject({ source: 'api', department: { id: operations }, helpTopic: null });

    // The default help topic comes first, and brings its own department.
    await admin.patch('settings', { defaultHelpTopicId: invoices }).expect(200);
    const toTopic = (await open().expect(201)).body;
    expect(toTopic).toMatchObject({ source: 'api', department: { id: billing }, helpTopic: { id: invoices } });

    // What the key names still wins over the defaults.
    const named = (await api.http().post(url(desk.slug, 'tickets')).set(bearer(key.token)).send(ticketBody()).expect(201)).body;
    expect(named).toMatchObject({ department: { id: departmentId }, helpTopic: null });

    await admin.patch('settings', { defaultHelpTopicId: null, defaultDepartmentId: null }).expect(200);
    expectProblem(await open(), 400, 'ticket.invalid');
  });

  it("refuses another instance's help topic or department as a default", async () => {
    const admin = adminClient(api, desk.slug, desk.token);
    const foreign = adminClient(api, other.slug, other.token);
    const topic = (await foreign.get('help-topics').expect(200)).body[0].id;
    const department = (await foreign.get('departments').expect(200)).body[0].id;
    const before = (await admin.get('settings').expect(200)).body;
    for (const [field, id] of [['defaultHelpTopicId', topic], ['defaultDepartmentId', department]]) {
      const refused = await admin.patch('settings', { [field]: id });
      expectProblem(refused, 400, 'directory.invalid');
      expect(refused.body.field).toBe(field);
    }
    expect((await admin.get('settings').expect(200)).body).toEqual(before);
    // In their own instance the same ids are valid defaults.
    await foreign.patch('settings', { defaultHelpTopicId: topic }).expect(200);
    await foreign.patch('settings', { defaultHelpTopicId: null }).expect(200);
  });

  it('needs the scope of each route and refuses every route that takes no key', async () => {
    const reader = await newKey(desk, ['tickets.read']);
    const ticket = (await api.http().post(url(desk.slug, 'tickets')).set(bearer(desk.token)).send(ticketBody()).expect(201)).body;
    const reference = ref(ticket.reference);
    const refusals: [string, string, object | undefined][] = [
      ['post', 'tickets', ticketBody()],
      ['post', `tickets/${reference}/replies`, { message: 'x' }],
      ['post', `tickets/${reference}/notes`, { message: 'x' }],
      ['post', `tickets/${reference}/lock`, undefined],
      ['post', `tickets/${reference}/claim`, undefined],
      ['patch', `tickets/${reference}`, { subject: 'x' }],
      ['get', 'admin/api-keys', undefined],
      ['get', 'auth/me', undefined],
    ];
    for (const [method, path, body] of refusals) {
      const request = api.http()[method as 'get' | 'post' | 'patch'](url(desk.slug, path)).set(bearer(reader.token));
      const response = body ? await request.send(body) : await request;
      expect(`${method} ${path} -> ${response.status} ${response.body.code}`).toBe(`${method} ${path} -> 403 auth.forbidden`);
    }
    const [after] = await api.sql<{ version: number; entries: number }>(
      'select version, (select count(*)::int from ticket_entries e where e.ticket_id = t.id) as entries from tickets t where id = $1',
      [ticket.id],
    );
    expect(after).toEqual({ version: 1, entries: 2 });
  });

  it('replies and notes with tickets.write, through the same If-Match rules', async () => {
    const writer = await newKey(desk, ['tickets.write', 'tickets.read']);
    const ticket = (await api.http().post(url(desk.slug, 'tickets')).set(bearer(desk.token)).send(ticketBody()).expect(201)).body;
    const path = url(desk.slug, `tickets/${ref(ticket.reference)}`);
    const reply = await api.http().post(`${path}/replies`).set(bearer(writer.token)).set('If-Match', '"1"').send({ message: 'Disk cleaned by the runbook.' });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ kind: 'response', author: { type: 'system' }, data: { apiKeyId: writer.id } });
    const stale = await api.http().post(`${path}/notes`).set(bearer(writer.token)).set('If-Match', '"1"').send({ message: 'late' });
    expect(`${stale.status} ${stale.body.code}`).toBe('409 ticket.stale');
    // Keys are no department's member: no restricted notes, no confidential tickets.
    const restricted = await api.http().post(`${path}/notes`).set(bearer(writer.token)).send({ message: 'x', restricted: true });
    expect(`${restricted.status} ${restricted.body.code}`).toBe('403 ticket.forbidden');
    const secret = (await api.http().post(url(desk.slug, 'tickets')).set(bearer(desk.token)).send({ ...ticketBody(), isConfidential: true }).expect(201)).body;
    expect((await api.http().get(url(desk.slug, `tickets/${ref(secret.reference)}`)).set(bearer(writer.token))).status).toBe(404);
  });

  it('refuses revoked keys, unknown keys, other instances’ keys and callers outside the allowed networks', async () => {
    const key = await newKey(desk, ['tickets.read']);
    await api.http().get(url(desk.slug, 'tickets')).set(bearer(key.token)).expect(200);
    // Another instance does not know the key.
    const elsewhere = await api.http().get(url(other.slug, 'tickets')).set(bearer(key.token));
    expect(`${elsewhere.status} ${elsewhere.body.code}`).toBe('401 auth.unauthenticated');
    await api.http().delete(url(desk.slug, `admin/api-keys/${key.id}`)).set(bearer(desk.token)).expect(204);
    expect((await api.http().get(url(desk.slug, 'tickets')).set(bearer(key.token))).status).toBe(401);
    expect((await api.http().get(url(desk.slug, 'tickets')).set(bearer(`tsk_${'A'.repeat(43)}`))).status).toBe(401);

    const fenced = await newKey(desk, ['tickets.read'], ['192.0.2.0/24']);
    const outside = await api.http().get(url(desk.slug, 'tickets')).set(bearer(fenced.token));
    expect(`${outside.status} ${outside.body.code}`).toBe('403 auth.forbidden');
    const local = await newKey(desk, ['tickets.read'], ['127.0.0.0/8', '::1']);
    await api.http().get(url(desk.slug, 'tickets')).set(bearer(local.token)).expect(200);
  });
});
