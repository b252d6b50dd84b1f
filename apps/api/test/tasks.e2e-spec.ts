import { randomUUID } from 'node:crypto';
import { expectProblem } from './admin-harness';
import { Agent, Instance, TestApi, adminClient, Method, instanceRequest, startTestApi } from './api-harness';

describe('tasks', () => {
  let api: TestApi;
  let desk: Instance;
  let support: string;
  let maintenance: string;
  // Support, limited access: may create tasks and write notes, nothing else.
  let sara: Agent;
  // Maintenance only, all access.
  let marc: Agent;
  // Support, view only.
  let victor: Agent;
  let statuses: Record<string, string>;

  const call = (method: Method, path: string, body?: object, token = desk.token) => instanceRequest(api, desk.slug, token, method, path, body);

  async function newTicket(subject: string): Promise<string> {
    const body = { requester: { email: 'joan.serra@example.org', name: 'Joan Serra' }, subject, message: 'Please look at it.', source: 'phone', departmentId: support };
    return (await call('post', 'tickets', body).expect(201)).body.reference;
  }

  beforeAll(async () => {
    api = await startTestApi();
    desk = await api.provision('task-desk');
    const admin = adminClient(api, desk.slug, desk.token);
    support = (await admin.get('departments').expect(200)).body[0].id;
    sara = await api.addAgent(desk, { name: 'Sara', role: 'Limited access' });
    victor = await api.addAgent(desk, { name: 'Victor', role: 'View only' });
    marc = await api.addAgent(desk, { name: 'Marc', role: 'All access', department: 'Maintenance' });
    maintenance = marc.departmentIds.Maintenance;
    statuses = Object.fromEntries((await call('get', 'statuses').expect(200)).body.map((s: { id: string; state: string }) => [s.state, s.id]));
  });

  afterAll(() => api.close());

  it("keeps a ticket open while its task is, and shows the task to the other department's agents but not the ticket", async () => {
    const reference = await newTicket('Broken radiator in room 12');
    const created = await call('post', 'tasks', { title: 'Repair the radiator', departmentId: maintenance, ticket: reference, dueAt: '2026-12-10T10:00:00Z', description: 'Room 12, second floor' }).expect(201);
    const task = created.body;
    expect(task).toMatchObject({ title: 'Repair the radiator', departmentId: maintenance, ticket: { reference }, inTicket: true, closedAt: null, overdue: false });
    expect(task.actions).toEqual(['edit', 'assign', 'transfer', 'note', 'close', 'delete']);

    // Maintenance sees the task and its notes, not the ticket: only its reference, as text.
    const seen = (await call('get', `tasks/${task.id}`, undefined, marc.token).expect(200)).body;
    expect(seen).toMatchObject({ id: task.id, ticket: null, inTicket: true, ticketReference: reference });
    expectProblem(await call('get', `tickets/${encodeURIComponent(reference)}`, undefined, marc.token), 404, 'ticket.not-found');
    await call('post', `tasks/${task.id}/notes`, { body: 'Valve ordered.' }, marc.token).expect(201);
    expect((await call('get', `tasks/${task.id}/notes`).expect(200)).body).toEqual([{ id: expect.any(String), authorStaffId: marc.id, body: 'Valve ordered.', createdAt: expect.any(String) }]);
    // The ticket's agents list its tasks.
    expect((await call('get', `tasks?ticket=${encodeURIComponent(reference)}`, undefined, sara.token).expect(200)).body.map((t: { id: string }) => t.id)).toEqual([task.id]);

    // Not resolved while the task is open; closing the task lets it go.
    expectProblem(await call('post', `tickets/${encodeURIComponent(reference)}/status`, { statusId: statuses.resolved }), 409, 'ticket.open-tasks');
    expect((await call('post', `tasks/${task.id}/close`, undefined, marc.token).expect(200)).body.closedAt).not.toBeNull();
    await call('post', `tickets/${encodeURIComponent(reference)}/status`, { statusId: statuses.resolved }).expect(200);
  });

  it('lists the queues: mine, my teams, my departments, overdue, and closed ones', async () => {
    const mine = (await call('post', 'tasks', { title: 'Check the boiler', departmentId: maintenance, assigneeStaffId: marc.id }, marc.token).expect(201)).body.id;
    const late = (await call('post', 'tasks', { title: 'Order chairs', departmentId: maintenance, dueAt: '2020-01-01T00:00:00Z' }, marc.token).expect(201)).body;
    expect(late.overdue).toBe(true);
    const standalone = (await call('post', 'tasks', { title: 'Label the cables', departmentId: support }, sara.token).expect(201)).body;
    expect(standalone).toMatchObject({ inTicket: false, ticket: null, ticketReference: null, actions: ['note'] });
    const ids = async (query: string, token: string) => (await call('get', `tasks${query}`, undefined, token).expect(200)).body.map((t: { id: string }) => t.id);
    expect(await ids('?queue=mine', marc.token)).toEqual([mine]);
    expect(await ids('?queue=overdue', marc.token)).toEqual([late.id]);
    const maintenanceQueue = await ids('?queue=department', marc.token);
    expect(maintenanceQueue).toEqual(expect.arrayContaining([mine, late.id]));
    expect(maintenanceQueue).not.toContain(standalone.id);
    // Support's agents do not see Maintenance's standalone tasks.
    expect(await ids('', sara.token)).toEqual([standalone.id]);
    expectProblem(await call('get', `tasks/${mine}`, undefined, sara.token), 404, 'task.not-found');
    // Closed ones on request; the dates sort, undated last.
    await call('post', `tasks/${late.id}/close`, undefined, marc.token).expect(200);
    expect(await ids('?queue=overdue', marc.token)).toEqual([]);
    expect(await ids('?state=closed&queue=department', marc.token)).toEqual(expect.arrayContaining([late.id]));
    await call('post', `tasks/${late.id}/reopen`, undefined, marc.token).expect(200);
    expect((await ids('?queue=department', marc.token))[0]).toBe(late.id);
  });

  it("does only what the role in the task's department allows", async () => {
    const task = (await call('post', 'tasks', { title: 'Replace the toner', departmentId: support }, sara.token).expect(201)).body;
    // Limited access: notes yes; editing, assigning, closing, deleting no.
    await call('post', `tasks/${task.id}/notes`, { body: 'Toner is in the store room.' }, sara.token).expect(201);
    for (const [method, path, body] of [
      ['patch', `tasks/${task.id}`, { title: 'Renamed' }],
      ['patch', `tasks/${task.id}`, { assigneeStaffId: sara.id }],
      ['patch', `tasks/${task.id}`, { departmentId: maintenance }],
      ['post', `tasks/${task.id}/close`, undefined],
      ['delete', `tasks/${task.id}`, undefined],
    ] as [Method, string, object | undefined][]) {
      expectProblem(await call(method, path, body, sara.token), 403, 'task.forbidden');
    }
    // View only: sees it, may not create or write.
    await call('get', `tasks/${task.id}`, undefined, victor.token).expect(200);
    expectProblem(await call('post', 'tasks', { title: 'Nope', departmentId: support }, victor.token), 403, 'task.forbidden');
    expectProblem(await call('post', `tasks/${task.id}/notes`, { body: 'Nope' }, victor.token), 403, 'task.forbidden');
    // The manager transfers it to Maintenance and assigns it there; Support keeps no sight of it.
    const moved = (await call('patch', `tasks/${task.id}`, { departmentId: maintenance, assigneeStaffId: marc.id, title: 'Replace the toner of B3' }).expect(200)).body;
    expect(moved).toMatchObject({ departmentId: maintenance, assigneeStaffId: marc.id, title: 'Replace the toner of B3' });
    expectProblem(await call('get', `tasks/${task.id}`, undefined, sara.token), 404, 'task.not-found');
    await call('get', `tasks/${task.id}`, undefined, marc.token).expect(200);
    await call('delete', `tasks/${task.id}`, undefined, marc.token).expect(204);
    expectProblem(await call('get', `tasks/${task.id}`), 404, 'task.not-found');
    expect(await api.sql('select 1 from task_notes where task_id = $1', [task.id])).toEqual([]);
  });

  it('refuses bad input with a 4xx and writes nothing', async () => {
    const before = await api.sql('select count(*)::int as n from tasks');
    const reference = await newTicket('Projector');
    const refusals: [object, number, string][] = [
      [{ title: '', departmentId: support }, 400, 'request.invalid'],
      [{ title: '   ', departmentId: support }, 400, 'task.invalid'],
      [{ title: 'x', departmentId: randomUUID() }, 400, 'task.invalid'],
      [{ title: 'x', departmentId: 'not-a-uuid' }, 400, 'request.invalid'],
      [{ title: 'x', departmentId: support, ticket: 'no-such-ticket' }, 404, 'ticket.not-found'],
      [{ title: 'x', departmentId: support, assigneeStaffId: randomUUID() }, 400, 'ticket.invalid'],
      [{ title: 'x', departmentId: support, dueAt: 'tomorrow' }, 400, 'request.invalid'],
      [{ title: 'Two\nlines', departmentId: support }, 400, 'request.invalid'],
    ];
    for (const [body, status, code] of refusals) expectProblem(await call('post', 'tasks', body), status, code);
    // A ticket Maintenance does not see cannot get its task from Maintenance.
    expectProblem(await call('post', 'tasks', { title: 'x', departmentId: maintenance, ticket: reference }, marc.token), 404, 'ticket.not-found');
    expect(await api.sql('select count(*)::int as n from tasks')).toEqual(before);
    expectProblem(await call('get', 'tasks/not-an-id'), 400, 'request.bad-request');
    expectProblem(await call('get', `tasks/${randomUUID()}`), 404, 'task.not-found');
    expectProblem(await call('get', 'tasks?queue=everything'), 400, 'request.invalid');
  });
});
