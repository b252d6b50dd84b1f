import { adminClient } from './admin-harness';
import { Agent, Instance, TestApi, at, bearer, expectProblem, startTestApi } from './api-harness';

interface Counts {
  queues: Record<string, number>;
  departments: { id: string; name: string; count: number }[];
  statuses: { id: string; name: string; state: string; count: number }[];
}

const QUEUES = ['mine', 'teams', 'unassigned', 'department', 'due-soon', 'overdue', 'all'];

describe('queue counts of the agent panel', () => {
  let api: TestApi;
  let desk: Instance;
  let support: Agent;
  let network: Agent;
  let outsider: Agent;
  let statuses: Record<string, string>;

  const get = (path: string, token: string) => api.http().get(at(desk.slug, path)).set(bearer(token));
  const post = (path: string, body: object) => api.http().post(at(desk.slug, path)).set(bearer(desk.token)).send(body);
  const counts = async (token: string): Promise<Counts> => (await get('tickets/counts', token).expect(200)).body;

  // How many rows GET tickets lists for this query, every page.
  async function listed(query: string, token: string): Promise<number> {
    let total = 0;
    let cursor: string | null = null;
    do {
      const page: { items: unknown[]; nextCursor: string | null } = (await get(`tickets?${query}&limit=200${cursor ? `&cursor=${cursor}` : ''}`, token).expect(200)).body;
      total += page.items.length;
      cursor = page.nextCursor;
    } while (cursor);
    return total;
  }

  beforeAll(async () => {
    api = await startTestApi();
    desk = await api.provision('counting');
    support = await api.addAgent(desk, { name: 'Support Agent', role: 'All access', teams: ['Hardware'] });
    network = await api.addAgent(desk, { name: 'Network Agent', role: 'All access', department: 'Network', departments: { Support: 'Limited access' } });
    // Restricted: one department of its own, and whatever is assigned to it or its team.
    outsider = await api.addAgent(desk, { name: 'Outsider', role: 'Limited access', department: 'Lab', teams: ['Field'] });
    const list: { id: string; state: string }[] = (await get('statuses', desk.token).expect(200)).body;
    statuses = Object.fromEntries(list.map((s) => [s.state, s.id]));
    const departmentIds = { ...support.departmentIds, ...network.departmentIds, ...outsider.departmentIds };
    const teamIds = { ...support.teamIds, ...outsider.teamIds };

    const open = async (department: string, extra: object = {}) =>
      (await post('tickets', { requester: { email: 'r@example.org' }, subject: 's', message: 'm', source: 'phone', departmentId: departmentIds[department], ...extra }).expect(201)).body
        .reference as string;
    const setStatus = (reference: string, state: string) => post(`tickets/${encodeURIComponent(reference)}/status`, { statusId: statuses[state] }).expect(200);
    const past = '2020-01-01T00:00:00Z';

    await open('Support');
    await open('Support', { assigneeStaffId: support.id });
    await open('Support', { assigneeStaffId: support.id, dueAt: past });
    await open('Support', { assigneeTeamId: teamIds.Hardware });
    await open('Support', { assigneeStaffId: outsider.id });
    await open('Support', { assigneeStaffId: outsider.id, isConfidential: true });
    await open('Support', { assigneeTeamId: teamIds.Field, dueAt: past });
    await setStatus(await open('Support', { assigneeStaffId: support.id }), 'resolved');
    await setStatus(await open('Support', { dueAt: past }), 'closed');
    await setStatus(await open('Support'), 'pending');
    await open('Network');
    await open('Network', { assigneeStaffId: network.id, dueAt: past });
    await open('Network', { isConfidential: true });
    await setStatus(await open('Network', { assigneeStaffId: network.id }), 'open');
    await open('Lab', { isConfidential: true });
    await setStatus(await open('Lab', { assigneeStaffId: outsider.id }), 'resolved');
    // Due soon: the clock passed a target's warning threshold; not once the target is breached.
    const warned = await open('Support', { assigneeStaffId: support.id });
    const breached = await open('Support');
    const mark = (column: string, references: string[]) =>
      api.sql(`update ticket_sla_clock c set ${column} = now() from tickets t where t.id = c.ticket_id and t.reference = any($1)`, [references]);
    await mark('resolution_warned_at', [warned, breached]);
    await mark('resolution_breached_at', [breached]);
    // A merged ticket is in no queue.
    const merged = await open('Support', { assigneeStaffId: support.id });
    await post(`tickets/${encodeURIComponent(merged)}/merge`, { into: await open('Support') }).expect(200);
  });

  afterAll(() => api.close());

  it('agrees with the queue listing for every queue, department and status, for each agent', async () => {
    for (const [who, token] of Object.entries({ manager: desk.token, support: support.token, network: network.token, outsider: outsider.token })) {
      const answer = await counts(token);
      const expected: Counts = {
        queues: Object.fromEntries(await Promise.all(QUEUES.map(async (queue) => [queue, await listed(`queue=${queue}`, token)]))),
        departments: await Promise.all(answer.departments.map(async (d) => ({ ...d, count: await listed(`departmentId=${d.id}&state=new,open,pending`, token) }))),
        statuses: await Promise.all(answer.statuses.map(async (s) => ({ ...s, count: await listed(`statusId=${s.id}`, token) }))),
      };
      expect({ who, ...answer }).toEqual({ who, ...expected });
    }
  });

  it('counts what each agent may see, and lists their departments', async () => {
    const names = (answer: Counts) => Object.fromEntries(answer.departments.map((d) => [d.name, d.count]));

    const manager = await counts(desk.token);
    expect(manager.queues).toEqual({ mine: 0, teams: 0, unassigned: 5, department: 11, 'due-soon': 1, overdue: 3, all: 17 });
    // Every department, without the confidential tickets of those the manager is no member of.
    expect(names(manager)).toEqual({ Lab: 0, Network: 3, Support: 11 });

    const restricted = await counts(outsider.token);
    expect(restricted.queues).toEqual({ mine: 1, teams: 1, unassigned: 1, department: 1, 'due-soon': 0, overdue: 1, all: 4 });
    // Its own department and the one where it holds tickets.
    expect(names(restricted)).toEqual({ Lab: 1, Support: 2 });
    expect(restricted.statuses.map((s) => s.count)).toEqual(expect.arrayContaining([3, 1]));
    expect(restricted.statuses.reduce((sum, s) => sum + s.count, 0)).toBe(4);

    expect((await counts(network.token)).queues).toMatchObject({ mine: 2, department: 15 });
    expect((await counts(support.token)).queues).toMatchObject({ mine: 3, teams: 1, department: 11, 'due-soon': 1 });
  });

  it('answers overdue as true or false for every ticket', async () => {
    const { items } = (await get('tickets?queue=all&limit=200', desk.token).expect(200)).body;
    expect(items.map((row: { isOverdue: unknown }) => typeof row.isOverdue)).toEqual(items.map(() => 'boolean'));
  });

  it('lists every status in display order', async () => {
    const answer = await counts(support.token);
    const shown: { id: string; name: string; state: string }[] = (await get('statuses', desk.token).expect(200)).body;
    expect(answer.statuses.map(({ id, name, state }) => ({ id, name, state }))).toEqual(shown.map(({ id, name, state }) => ({ id, name, state })));
  });

  it('is for agents only: an API key is refused', async () => {
    const key = (await adminClient(api, desk.slug, desk.token).post('api-keys', { name: 'Reader', scopes: ['tickets.read'] }).expect(201)).body.token;
    expectProblem(await get('tickets/counts', key), 403, 'auth.forbidden');
    expectProblem(await api.http().get(at(desk.slug, 'tickets/counts')), 401, 'auth.unauthenticated');
  });
});
