import { adminClient } from './admin-harness';
import { Agent, Instance, TestApi, expectProblem, Method, instanceRequest, startTestApi } from './api-harness';

describe('saved views of the agent panel', () => {
  let api: TestApi;
  let desk: Instance;
  let anna: Agent;
  let pere: Agent;
  let departmentId: string;

  const call = (method: Method, path: string, token: string, body?: object) => instanceRequest(api, desk.slug, token, method, path, body);
  const view = (extra: object = {}) => ({
    name: 'Overdue printers',
    columns: ['reference', 'subject', 'dueAt'],
    sort: 'due',
    filters: { queue: 'department', state: ['open', 'pending'], departmentId, createdFrom: '2026-01-01T00:00:00.000Z' },
    ...extra,
  });
  const create = async (token: string, extra: object = {}) => (await call('post', 'views', token, view(extra)).expect(201)).body;
  const names = async (token: string) => (await call('get', 'views', token).expect(200)).body.map((v: { name: string }) => v.name);

  beforeAll(async () => {
    api = await startTestApi();
    desk = await api.provision('views');
    anna = await api.addAgent(desk, { name: 'Anna', role: 'All access' });
    pere = await api.addAgent(desk, { name: 'Pere', role: 'Limited access' });
    departmentId = anna.departmentIds.Support;
  });

  afterAll(() => api.close());

  it('starts with no views, then keeps each one as saved', async () => {
    expect((await call('get', 'views', anna.token).expect(200)).body).toEqual([]);
    const created = await create(anna.token);
    expect(created).toEqual({
      id: expect.any(String),
      name: 'Overdue printers',
      position: 0,
      columns: ['reference', 'subject', 'dueAt'],
      sort: 'due',
      filters: { queue: 'department', state: ['open', 'pending'], departmentId, createdFrom: '2026-01-01T00:00:00.000Z' },
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect((await call('get', 'views', anna.token).expect(200)).body).toEqual([created]);
    expect(await api.sql('select staff_id from agent_views where id = $1', [created.id])).toEqual([{ staff_id: anna.id }]);
  });

  it('can be replayed on GET tickets as saved', async () => {
    const saved = await create(anna.token, { name: 'Replayed', sort: '-priority', filters: { state: 'new,open', priorityId: undefined, dueTo: '2030-01-01T00:00:00Z' } });
    // A comma-separated state is kept as a list; dates as ISO strings.
    expect(saved.filters).toEqual({ state: ['new', 'open'], dueTo: '2030-01-01T00:00:00.000Z' });
    const query = new URLSearchParams({ sort: saved.sort });
    for (const [key, value] of Object.entries(saved.filters)) query.set(key, Array.isArray(value) ? value.join(',') : String(value));
    await call('post', 'tickets', anna.token, { requester: { email: 'r@example.org' }, subject: 's', message: 'm', source: 'phone', departmentId }).expect(201);
    const page = (await call('get', `tickets?${query}`, anna.token).expect(200)).body;
    expect(page.items.length).toBe(1);
  });

  it('appends new views, orders them by position and renames and moves them', async () => {
    const first = await create(pere.token, { name: 'First' });
    const second = await create(pere.token, { name: 'Second' });
    expect(second.position).toBe(first.position + 1);
    await create(pere.token, { name: 'Top', position: 0 });
    expect(await names(pere.token)).toEqual(['First', 'Top', 'Second']);

    const moved = (await call('patch', `views/${second.id}`, pere.token, { position: 0, name: '  Renamed  ' }).expect(200)).body;
    expect(moved).toMatchObject({ name: 'Renamed', position: 0, columns: second.columns, filters: second.filters });
    expect(new Date(moved.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(second.updatedAt).getTime());
    // Equal positions keep creation order.
    expect(await names(pere.token)).toEqual(['First', 'Renamed', 'Top']);

    // Filters given in a change replace the saved ones whole.
    const refiltered = (await call('patch', `views/${first.id}`, pere.token, { filters: { queue: 'mine' }, columns: ['subject'] }).expect(200)).body;
    expect(refiltered).toMatchObject({ filters: { queue: 'mine' }, columns: ['subject'], sort: 'due' });

    await call('delete', `views/${first.id}`, pere.token).expect(204);
    expectProblem(await call('delete', `views/${first.id}`, pere.token), 404, 'view.not-found');
    expect(await names(pere.token)).toEqual(['Renamed', 'Top']);
  });

  it('refuses a second view of the same name for the same agent only', async () => {
    const own = await create(anna.token, { name: 'Twice' });
    const again = await call('post', 'views', anna.token, view({ name: 'Twice' }));
    expectProblem(again, 409, 'view.name-taken');
    expect(again.body.field).toBe('name');
    expectProblem(await call('post', 'views', anna.token, view({ name: ' Twice ' })), 409, 'view.name-taken');
    const other = await create(anna.token, { name: 'Other' });
    expectProblem(await call('patch', `views/${other.id}`, anna.token, { name: 'Twice' }), 409, 'view.name-taken');
    // Another agent may use the name; the first view is unchanged.
    await create(pere.token, { name: 'Twice' });
    expect((await call('get', 'views', anna.token).expect(200)).body.find((v: { id: string }) => v.id === own.id).name).toBe('Twice');
  });

  it('keeps each agent to their own views, managers included', async () => {
    const annas = await create(anna.token, { name: 'Private' });
    expect(await names(pere.token)).not.toContain('Private');
    expect(await names(desk.token)).toEqual([]);
    for (const token of [pere.token, desk.token]) {
      expectProblem(await call('patch', `views/${annas.id}`, token, { name: 'Taken over' }), 404, 'view.not-found');
      expectProblem(await call('delete', `views/${annas.id}`, token), 404, 'view.not-found');
    }
    expect((await call('get', 'views', anna.token).expect(200)).body.find((v: { id: string }) => v.id === annas.id).name).toBe('Private');
    expectProblem(await call('patch', 'views/not-a-uuid', anna.token, { name: 'x' }), 400, 'request.bad-request');
  });

  it('refuses bad names, columns, sorts and filters with the rules of the queue route', async () => {
    const before = (await api.sql<{ n: number }>('select count(*)::int as n from agent_views'))[0].n;
    const cases: [string, object][] = [
      ['name', { name: '' }],
      ['name', { name: 'x'.repeat(101) }],
      ['columns', { columns: [] }],
      ['columns', { columns: ['reference', 'colour'] }],
      ['columns', { columns: ['reference', 'reference'] }],
      ['sort', { sort: 'name' }],
      ['position', { position: -1 }],
      ['filters', { filters: 'queue=mine' }],
      ['filters.queue', { filters: { queue: 'everything' } }],
      ['filters.state', { filters: { state: ['open', 'sleeping'] } }],
      ['filters.departmentId', { filters: { departmentId: 'support' } }],
      ['filters.createdFrom', { filters: { createdFrom: 'yesterday' } }],
      ['filters.limit', { filters: { limit: 10 } }],
      ['filters.sort', { filters: { sort: 'due' } }],
      ['staffId', { staffId: pere.id }],
    ];
    for (const [field, extra] of cases) {
      const response = await call('post', 'views', anna.token, view({ name: `Bad ${field}`, ...extra }));
      expectProblem(response, 400, 'request.invalid');
      expect({ field, fields: response.body.errors.map((e: { field: string }) => e.field) }).toEqual({ field, fields: [field] });
    }
    for (const missing of ['name', 'columns', 'sort', 'filters']) {
      const body: Record<string, unknown> = view({ name: `Without ${missing}` });
      delete body[missing];
      expectProblem(await call('post', 'views', anna.token, body), 400, 'request.invalid');
    }
    const blank = await call('post', 'views', anna.token, view({ name: '   ' }));
    expectProblem(blank, 400, 'view.invalid');
    const saved = await create(anna.token, { name: 'Patched badly' });
    expectProblem(await call('patch', `views/${saved.id}`, anna.token, {}), 400, 'request.empty');
    expectProblem(await call('patch', `views/${saved.id}`, anna.token, { columns: ['nope'] }), 400, 'request.invalid');
    expectProblem(await call('patch', `views/${saved.id}`, anna.token, { name: null }), 400, 'request.invalid');
    expect((await api.sql<{ n: number }>('select count(*)::int as n from agent_views'))[0].n).toBe(before + 1);
  });

  it('is for agents only: an API key is refused', async () => {
    const key = (await adminClient(api, desk.slug, desk.token).post('api-keys', { name: 'Reader', scopes: ['tickets.read'] }).expect(201)).body.token;
    expectProblem(await call('get', 'views', key), 403, 'auth.forbidden');
    expectProblem(await call('post', 'views', key, view({ name: 'By key' })), 403, 'auth.forbidden');
  });
});
