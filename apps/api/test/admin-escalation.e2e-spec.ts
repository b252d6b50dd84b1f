import { randomUUID } from 'node:crypto';
import { AdminClient, expectProblem, openTicket, startAdminApi } from './admin-harness';
import { Instance, TestApi, at, bearer } from './api-harness';

describe('instance admin: escalation lines, and the SLA clock in the ticket answer', () => {
  let api: TestApi;
  let desk: Instance;
  let admin: AdminClient;
  let plan: string;
  let secondLine: string;
  let team: string;

  beforeAll(async () => {
    ({ api, instance: desk, admin } = await startAdminApi('escalation'));
    plan = (await admin.get('sla-plans').expect(200)).body.find((p: { isDefault: boolean }) => p.isDefault).id;
    secondLine = (await admin.post('departments', { name: 'Second line' }).expect(201)).body.id;
    team = (await admin.post('teams', { name: 'Third line' }).expect(201)).body.id;
  });

  afterAll(() => api.close());

  it('keeps a plan’s ordered line and replaces it as a whole', async () => {
    expect((await admin.get(`sla-plans/${plan}/escalation`).expect(200)).body).toEqual({ steps: [] });
    const steps = [
      { after: 'warning', minutes: 0, assignTeamId: team },
      { after: 'breach', minutes: 60, transferDepartmentId: secondLine, raisePriority: true },
      { after: 'breach', minutes: 240, assignStaffId: desk.manager.id },
    ];
    const saved = await admin.put(`sla-plans/${plan}/escalation`, { steps }).expect(200);
    const silent = { notifyStaffIds: [], notifyDepartmentManager: false };
    expect(saved.body.steps).toEqual([
      { id: expect.any(String), position: 1, after: 'warning', minutes: 0, transferDepartmentId: null, assignStaffId: null, assignTeamId: team, raisePriority: false, ...silent },
      { id: expect.any(String), position: 2, after: 'breach', minutes: 60, transferDepartmentId: secondLine, assignStaffId: null, assignTeamId: null, raisePriority: true, ...silent },
      { id: expect.any(String), position: 3, after: 'breach', minutes: 240, transferDepartmentId: null, assignStaffId: desk.manager.id, assignTeamId: null, raisePriority: false, ...silent },
    ]);
    expect((await admin.get(`sla-plans/${plan}/escalation`).expect(200)).body).toEqual(saved.body);
    // A step keeps its id while its position stays: the tickets it ran on do not run it again.
    const shorter = await admin.put(`sla-plans/${plan}/escalation`, { steps: [steps[1]] }).expect(200);
    expect(shorter.body.steps.map((s: { id: string; position: number; minutes: number }) => [s.id, s.position, s.minutes])).toEqual([[saved.body.steps[0].id, 1, 60]]);
  });

  it('keeps a step that only notifies named agents and the department’s manager', async () => {
    const steps = [{ after: 'breach', minutes: 30, notifyStaffIds: [desk.manager.id, desk.manager.id], notifyDepartmentManager: true }];
    const saved = await admin.put(`sla-plans/${plan}/escalation`, { steps }).expect(200);
    expect(saved.body.steps).toEqual([
      expect.objectContaining({ position: 1, transferDepartmentId: null, assignStaffId: null, assignTeamId: null, raisePriority: false, notifyStaffIds: [desk.manager.id], notifyDepartmentManager: true }),
    ]);
  });

  it('refuses a line that cannot run, naming the step, and keeps the old one', async () => {
    const before = (await admin.get(`sla-plans/${plan}/escalation`).expect(200)).body;
    const refusals: [object, number, string, string?][] = [
      [{ steps: [{ after: 'breach', minutes: 10 }] }, 400, 'directory.invalid', 'steps[0].transferDepartmentId'],
      [{ steps: [{ after: 'breach', minutes: 10, raisePriority: true }, { after: 'warning', minutes: 5, transferDepartmentId: randomUUID() }] }, 400, 'directory.invalid', 'steps[1].transferDepartmentId'],
      [{ steps: [{ after: 'breach', minutes: 10, assignTeamId: randomUUID() }] }, 400, 'directory.invalid', 'steps[0].assignTeamId'],
      [{ steps: [{ after: 'breach', minutes: 10, assignStaffId: randomUUID() }] }, 400, 'directory.invalid', 'steps[0].assignStaffId'],
      [{ steps: [{ after: 'breach', minutes: 10, notifyStaffIds: [desk.manager.id, randomUUID()] }] }, 400, 'directory.invalid', 'steps[0].notifyStaffIds[1]'],
      [{ steps: [{ after: 'breach', minutes: 10, notifyStaffIds: [] }] }, 400, 'directory.invalid', 'steps[0].transferDepartmentId'],
      [{ steps: [{ after: 'breach', minutes: 10, notifyStaffIds: ['someone'] }] }, 400, 'request.invalid'],
      [{ steps: [{ after: 'breach', minutes: 10, notifyDepartmentManager: null }] }, 400, 'request.invalid'],
      [{ steps: [{ after: 'later', minutes: 10, raisePriority: true }] }, 400, 'request.invalid'],
      [{ steps: [{ after: 'breach', minutes: -1, raisePriority: true }] }, 400, 'request.invalid'],
      [{ steps: [{ after: 'breach', minutes: 10, raisePriority: true, notify: 'everyone' }] }, 400, 'request.invalid'],
      [{ steps: Array.from({ length: 21 }, () => ({ after: 'breach', minutes: 10, raisePriority: true })) }, 400, 'request.invalid'],
      [{}, 400, 'request.invalid'],
    ];
    for (const [body, status, code, field] of refusals) {
      const response = await admin.put(`sla-plans/${plan}/escalation`, body);
      expectProblem(response, status, code);
      if (field) expect(`${JSON.stringify(body)} -> ${response.body.field}`).toBe(`${JSON.stringify(body)} -> ${field}`);
    }
    expectProblem(await admin.get(`sla-plans/${randomUUID()}/escalation`), 404, 'directory.not-found');
    expectProblem(await admin.put(`sla-plans/${randomUUID()}/escalation`, { steps: [] }), 404, 'directory.not-found');
    expect((await admin.get(`sla-plans/${plan}/escalation`).expect(200)).body).toEqual(before);
  });

  it('keeps a line per band of the priority matrix, and drops it with the band', async () => {
    expect((await admin.get('priority-matrix/bands/64/escalation').expect(200)).body).toEqual({ steps: [] });
    const steps = [{ after: 'breach', minutes: 0, notifyDepartmentManager: true }, { after: 'breach', minutes: 30, transferDepartmentId: secondLine }];
    const emergency = await admin.put('priority-matrix/bands/64/escalation', { steps }).expect(200);
    expect(emergency.body.steps.map((s: { position: number; notifyDepartmentManager: boolean }) => [s.position, s.notifyDepartmentManager])).toEqual([[1, true], [2, false]]);
    expect((await admin.get('priority-matrix/bands/64/escalation').expect(200)).body).toEqual(emergency.body);
    await admin.put('priority-matrix/bands/16/escalation', { steps: [{ after: 'warning', minutes: 0, assignTeamId: team }] }).expect(200);
    // The plan's line is a line of its own.
    expect((await admin.get(`sla-plans/${plan}/escalation`).expect(200)).body.steps.map((s: { id: string }) => s.id)).not.toContain(emergency.body.steps[0].id);

    expectProblem(await admin.get('priority-matrix/bands/3/escalation'), 404, 'directory.not-found');
    expectProblem(await admin.put('priority-matrix/bands/3/escalation', { steps: [] }), 404, 'directory.not-found');
    expectProblem(await admin.get('priority-matrix/bands/sixty-four/escalation'), 400, 'request.bad-request');
    const refused = await admin.put('priority-matrix/bands/64/escalation', { steps: [{ after: 'breach', minutes: 0, notifyStaffIds: [randomUUID()] }] });
    expectProblem(refused, 400, 'directory.invalid');
    expect(refused.body.field).toBe('steps[0].notifyStaffIds[0]');
    expect((await admin.get('priority-matrix/bands/64/escalation').expect(200)).body).toEqual(emergency.body);

    // A new matrix whose bands start at 1 and 16: the band of 64 and its line are gone, 16 keeps its own.
    const bands = (await admin.get('priority-matrix').expect(200)).body.bands;
    await admin.put('priority-matrix', { bands: [{ ...bands[0], maxProduct: 8 }, { ...bands[3], minProduct: 16 }] }).expect(200);
    expectProblem(await admin.get('priority-matrix/bands/64/escalation'), 404, 'directory.not-found');
    expect((await admin.get('priority-matrix/bands/16/escalation').expect(200)).body.steps).toEqual([expect.objectContaining({ after: 'warning', assignTeamId: team })]);
    await admin.put('priority-matrix', { bands }).expect(200);
    expect((await admin.get('priority-matrix/bands/64/escalation').expect(200)).body).toEqual({ steps: [] });
  });

  it('answers a ticket’s SLA clock, both targets, and its next due date in the queue', async () => {
    await admin.patch(`sla-plans/${plan}`, { firstResponseMinutes: 60, resolutionMinutes: 240 }).expect(200);
    const ticket = await openTicket(api, desk, { subject: 'Clock in the answer' });
    const answer = (await api.http().get(at(desk.slug, `tickets/${ticket.reference}`)).set(bearer(desk.token)).expect(200)).body;
    const created = new Date(answer.createdAt).getTime();
    expect(answer.sla).toEqual({
      firstResponse: { dueAt: new Date(created + 60 * 60_000).toISOString(), metAt: null, breachedAt: null, breached: false, pausedMinutes: 0 },
      resolution: { dueAt: new Date(created + 240 * 60_000).toISOString(), metAt: null, breachedAt: null, breached: false, pausedMinutes: 0 },
      paused: false,
    });
    // The queue row shows the earliest due date once the clock is stored; the answer meanwhile.
    await api.sql(`update ticket_sla_clock set response_due_at = $2, resolution_due_at = $3 where ticket_id = $1`, [ticket.id, answer.sla.firstResponse.dueAt, answer.sla.resolution.dueAt]);
    const queue = (await api.http().get(at(desk.slug, 'tickets?queue=all')).set(bearer(desk.token)).expect(200)).body;
    expect(queue.items.find((row: { id: string }) => row.id === ticket.id)).toMatchObject({ nextDueAt: answer.sla.firstResponse.dueAt, isOverdue: false });
    // A passed due date puts it in the overdue queue, by the same clock.
    await api.sql(`update ticket_sla_clock set response_due_at = now() - interval '1 minute' where ticket_id = $1`, [ticket.id]);
    const overdue = (await api.http().get(at(desk.slug, 'tickets?queue=overdue')).set(bearer(desk.token)).expect(200)).body;
    expect(overdue.items.map((row: { id: string; isOverdue: boolean }) => [row.id, row.isOverdue])).toEqual([[ticket.id, true]]);
  });
});
