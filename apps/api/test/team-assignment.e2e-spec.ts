import { TeamAssignmentService, TicketTagService } from '@tessera/tickets';
import { Agent, AdminClient, Instance, TestApi, adminClient, at, bearer, expectProblem, startTestApi } from './api-harness';
import { withTicket } from './portal-harness';

interface Entry {
  event: string | null;
  data: Record<string, unknown>;
}

describe('automatic assignment inside a team', () => {
  let api: TestApi;
  let desk: Instance;
  let admin: AdminClient;
  let departmentId: string;

  type Method = 'get' | 'post' | 'patch';
  const call = (method: Method, path: string, body?: object, token = desk.token) => {
    const test = api.http()[method](at(desk.slug, path)).set(bearer(token));
    return body === undefined ? test : test.send(body);
  };
  const ticketPath = (reference: string, action = '') => `tickets/${encodeURIComponent(reference)}${action && `/${action}`}`;
  let requesters = 0;

  async function newTicket(extra: object = {}): Promise<{ reference: string; id: string; assignee: { id: string } | null; team: { id: string } | null }> {
    const n = ++requesters;
    const body = { requester: { email: `person.${n}@example.org`, name: `Person ${n}` }, subject: `Request ${n}`, message: 'Please help.', source: 'phone', departmentId };
    const response = await call('post', 'tickets', { ...body, ...extra });
    expect([response.status, response.text]).toEqual([201, expect.any(String)]);
    return response.body;
  }

  // A team of new agents with the given assignment mode.
  async function team(name: string, size: number, settings: object): Promise<{ id: string; agents: Agent[] }> {
    const agents: Agent[] = [];
    for (let i = 0; i < size; i++) agents.push(await api.addAgent(desk, { name: `${name} agent ${i + 1}`, role: 'All access', teams: [name] }));
    const id = agents[0].teamIds[name];
    await admin.patch(`teams/${id}`, settings).expect(200);
    return { id, agents };
  }

  const openCounts = async (teamId: string) =>
    api.sql<{ staff_id: string; n: number }>(
      `select m.staff_id, (select count(*)::int from tickets t where t.assignee_staff_id = m.staff_id and t.state in ('new', 'open', 'pending')) as n
         from team_members m where m.team_id = $1 order by m.staff_id`,
      [teamId],
    );

  const assignedEvents = async (reference: string): Promise<Entry[]> =>
    ((await call('get', ticketPath(reference, 'thread')).expect(200)).body as Entry[]).filter((e) => e.event === 'assigned');

  beforeAll(async () => {
    // A connection for each of the 100 tickets opened at once, so that they queue on the team's
    // turn (what is tested) rather than for a connection of the pool.
    api = await startTestApi({ DATABASE_POOL_SIZE: '110' });
    desk = await api.provision('rota');
    admin = adminClient(api, desk.slug, desk.token);
    departmentId = (await call('get', 'departments').expect(200)).body[0].id;
  });

  afterAll(() => api.close());

  it('shows and validates the team settings in the admin API', async () => {
    const created = (await admin.post('teams', { name: 'Settings' }).expect(201)).body;
    expect(created).toMatchObject({ assignment: 'none', maxOpenPerAgent: null });
    const updated = (await admin.patch(`teams/${created.id}`, { assignment: 'least_loaded', maxOpenPerAgent: 12 }).expect(200)).body;
    expect(updated).toMatchObject({ assignment: 'least_loaded', maxOpenPerAgent: 12 });
    expect((await admin.get(`teams/${created.id}`).expect(200)).body).toMatchObject({ assignment: 'least_loaded', maxOpenPerAgent: 12 });
    for (const body of [{ assignment: 'random' }, { assignment: null }, { maxOpenPerAgent: 0 }, { maxOpenPerAgent: 1.5 }, { maxOpenPerAgent: '3' }]) {
      expectProblem(await admin.patch(`teams/${created.id}`, body), 400, 'request.invalid');
    }
    expect((await admin.patch(`teams/${created.id}`, { maxOpenPerAgent: null }).expect(200)).body.maxOpenPerAgent).toBeNull();
  });

  it('gives 100 tickets opened at once to a round-robin team of 5 agents, 20 each', async () => {
    const rota = await team('Rota', 5, { assignment: 'round_robin' });
    const opened = await Promise.all(Array.from({ length: 100 }, () => newTicket({ assigneeTeamId: rota.id })));
    expect(opened.every((ticket) => ticket.team?.id === rota.id && ticket.assignee !== null)).toBe(true);
    expect((await openCounts(rota.id)).map((row) => row.n)).toEqual([20, 20, 20, 20, 20]);
    const [event] = await assignedEvents(opened[0].reference);
    expect(event.data).toMatchObject({ automatic: false, teamAssignment: 'round_robin', to: { staff: { id: opened[0].assignee!.id }, team: { id: rota.id } } });
  });

  it('gives a least-loaded team’s ticket to the agent with fewest open tickets', async () => {
    const least = await team('Least', 3, { assignment: 'least_loaded' });
    const [busy, middle, idle] = least.agents;
    for (const [agent, count] of [[busy, 2], [middle, 1]] as const) {
      for (let i = 0; i < count; i++) await newTicket({ assigneeStaffId: agent.id });
    }
    expect((await newTicket({ assigneeTeamId: least.id })).assignee?.id).toBe(idle.id);
    await newTicket({ assigneeTeamId: least.id });
    await newTicket({ assigneeTeamId: least.id });
    expect((await openCounts(least.id)).map((row) => row.n)).toEqual([2, 2, 2]);
  });

  it('passes by agents who are inactive, locked, away, or at the cap', async () => {
    const careful = await team('Careful', 5, { assignment: 'round_robin', maxOpenPerAgent: 2 });
    const [inactive, locked, awayBySelf, awayByManager, available] = careful.agents;
    const future = new Date(Date.now() + 7 * 24 * 3600_000).toISOString();
    const me = await call('patch', 'auth/me', { awayUntil: future }, awayBySelf.token).expect(200);
    expect(me.body.staff).toMatchObject({ awayUntil: future, language: null });
    expect((await admin.patch(`agents/${awayByManager.id}`, { awayUntil: future }).expect(200)).body.awayUntil).toBe(future);
    await admin.patch(`agents/${locked.id}`, { isLocked: true }).expect(200);
    await admin.patch(`agents/${inactive.id}`, { isActive: false }).expect(200);
    expectProblem(await admin.patch(`agents/${inactive.id}`, { awayUntil: 'soon' }), 400, 'request.invalid');
    expectProblem(await call('patch', 'auth/me', { awayUntil: 'soon' }, available.token), 400, 'request.invalid');

    const first = await newTicket({ assigneeTeamId: careful.id });
    const second = await newTicket({ assigneeTeamId: careful.id });
    expect([first.assignee?.id, second.assignee?.id]).toEqual([available.id, available.id]);
    // At the cap, and everyone else unavailable: the ticket waits in the team.
    const third = await newTicket({ assigneeTeamId: careful.id });
    expect({ assignee: third.assignee, team: third.team?.id }).toEqual({ assignee: null, team: careful.id });
    // Back from being away: in turn again.
    await call('patch', 'auth/me', { awayUntil: null }, awayBySelf.token).expect(200);
    expect((await newTicket({ assigneeTeamId: careful.id })).assignee?.id).toBe(awayBySelf.id);
  });

  it('assigns in the team when an agent gives the ticket to the team, unless they name the agent', async () => {
    const desk2 = await team('Second line', 2, { assignment: 'round_robin' });
    const ticket = await newTicket();
    const assigned = (await call('post', ticketPath(ticket.reference, 'assign'), { teamId: desk2.id }).expect(200)).body;
    expect(desk2.agents.map((a) => a.id)).toContain(assigned.assignee.id);
    const [event] = await assignedEvents(ticket.reference);
    expect(event.data).toMatchObject({ automatic: true, teamAssignment: 'round_robin', from: { staff: null, team: null }, to: { team: { id: desk2.id } } });
    const outbox = await api.sql<{ payload: object }>("select payload from outbox where topic = 'ticket.assigned' and payload->>'ticketId' = $1", [ticket.id]);
    expect(outbox.map((row) => row.payload)).toEqual([{ ticketId: ticket.id, staffId: assigned.assignee.id, teamId: desk2.id, byStaffId: desk.manager.id, fromStaffId: null, fromTeamId: null }]);

    const named = await newTicket();
    const chosen = desk2.agents[1].id;
    expect((await call('post', ticketPath(named.reference, 'assign'), { teamId: desk2.id, staffId: chosen }).expect(200)).body.assignee.id).toBe(chosen);
    expect((await assignedEvents(named.reference))[0].data.teamAssignment).toBeUndefined();
  });

  it('leaves the agent to people in a team whose mode is none', async () => {
    const manual = await team('Manual', 1, { assignment: 'none' });
    expect((await newTicket({ assigneeTeamId: manual.id })).assignee).toBeNull();
    const ticket = await newTicket();
    expect((await call('post', ticketPath(ticket.reference, 'assign'), { teamId: manual.id }).expect(200)).body.assignee).toBeNull();
  });

  it('assigns in the team a help topic routes new tickets to', async () => {
    const routed = await team('Routed', 2, { assignment: 'round_robin' });
    const topic = (await admin.post('help-topics', { name: 'Routed topic', departmentId, autoAssignTeamId: routed.id }).expect(201)).body;
    const ticket = await newTicket({ helpTopicId: topic.id });
    expect(ticket.team?.id).toBe(routed.id);
    expect(routed.agents.map((a) => a.id)).toContain(ticket.assignee?.id);
    expect((await assignedEvents(ticket.reference))[0].data).toMatchObject({ automatic: true, teamAssignment: 'round_robin' });
  });

  it('offers the assignment and tagging to automation, on the transaction’s manager', async () => {
    const automated = await team('Automated', 1, { assignment: 'least_loaded' });
    const ticket = await newTicket();
    const chosen = await withTicket(api, desk, ticket.reference, async (row, _tickets, manager) => {
      const staffId = await api.app.get(TeamAssignmentService).autoAssign(manager, row, { kind: 'system' }, automated.id);
      await api.app.get(TicketTagService).add(manager, row, { kind: 'system' }, ['Automated']);
      return staffId;
    });
    expect(chosen).toBe(automated.agents[0].id);
    const current = (await call('get', ticketPath(ticket.reference)).expect(200)).body;
    expect(current).toMatchObject({ assignee: { id: chosen }, team: { id: automated.id }, tags: ['automated'] });
    expect((await assignedEvents(ticket.reference))[0].data).toMatchObject({ automatic: true, teamAssignment: 'least_loaded' });
    const outbox = await api.sql<{ payload: object }>("select payload from outbox where topic = 'ticket.assigned' and payload->>'ticketId' = $1", [ticket.id]);
    expect(outbox.map((row) => row.payload)).toEqual([{ ticketId: ticket.id, staffId: chosen, teamId: automated.id, byStaffId: null, fromStaffId: null, fromTeamId: null }]);
  });
});
