import { randomUUID } from 'node:crypto';
import { AdminClient, adminClient, expectProblem } from './admin-harness';
import { Instance, TestApi, bearer, startTestApi } from './api-harness';
import { dueAfter, minutesOf } from '@tessera/sla';
import { DateTime } from 'luxon';

const office = { monday: [{ from: '09:00', to: '14:00' }, { from: '15:00', to: '18:00' }], tuesday: [{ from: '09:00', to: '18:00' }], friday: [{ from: '08:00', to: '15:00' }] };
const closed = { monday: [], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: [] };

describe('instance admin: business schedules and the SLA plans that run on them', () => {
  let api: TestApi;
  let desk: Instance;
  let admin: AdminClient;

  beforeAll(async () => {
    api = await startTestApi();
    desk = await api.provision('hours');
    admin = adminClient(api, 'hours', desk.token);
  });

  afterAll(() => api.close());

  it('keeps a schedule with its opening hours, time zone and holidays, every day listed', async () => {
    const created = await admin.post('schedules', { name: 'Office hours', timeZone: 'Europe/Madrid', week: office, holidays: ['--12-25', '2026-12-08', '--12-25'] }).expect(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      name: 'Office hours',
      timeZone: 'Europe/Madrid',
      week: { ...closed, ...office },
      holidays: ['--12-25', '2026-12-08'],
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect((await admin.get(`schedules/${created.body.id}`).expect(200)).body).toEqual(created.body);
    expect((await admin.get('schedules').expect(200)).body.map((s: { name: string }) => s.name)).toEqual(['Office hours']);
    // A new week replaces the old one; the rest stays.
    const changed = await admin.patch(`schedules/${created.body.id}`, { week: { sunday: [{ from: '00:00', to: '24:00' }] } }).expect(200);
    expect(changed.body).toMatchObject({ timeZone: 'Europe/Madrid', week: { ...closed, sunday: [{ from: '00:00', to: '24:00' }] }, holidays: ['--12-25', '2026-12-08'] });
  });

  it('refuses schedules that cannot be used, naming the part, and changes nothing', async () => {
    const before = (await admin.get('schedules').expect(200)).body;
    const refusals: [object, number, string, string?][] = [
      [{ name: 'Atlantis', timeZone: 'Europe/Atlantis', week: office }, 400, 'directory.invalid', 'timeZone'],
      [{ name: 'Never', timeZone: 'UTC', week: {} }, 400, 'directory.invalid', 'week'],
      [{ name: 'Backwards', timeZone: 'UTC', week: { monday: [{ from: '17:00', to: '09:00' }] } }, 400, 'directory.invalid', 'week'],
      [{ name: 'Overlap', timeZone: 'UTC', week: { monday: [{ from: '09:00', to: '13:00' }, { from: '12:00', to: '17:00' }] } }, 400, 'directory.invalid', 'week'],
      [{ name: 'Feb 30', timeZone: 'UTC', week: office, holidays: ['2026-02-30'] }, 400, 'directory.invalid', 'holidays'],
      [{ name: 'Late', timeZone: 'UTC', week: { monday: [{ from: '09:00', to: '25:00' }] } }, 400, 'request.invalid'],
      [{ name: 'Odd day', timeZone: 'UTC', week: { someday: [{ from: '09:00', to: '10:00' }] } }, 400, 'request.invalid'],
      [{ name: 'No zone', week: office }, 400, 'request.invalid'],
      [{ name: 'Office hours', timeZone: 'UTC', week: office }, 409, 'directory.name-taken'],
    ];
    for (const [body, status, code, field] of refusals) {
      const response = await admin.post('schedules', body);
      expectProblem(response, status, code);
      if (field) expect(`${JSON.stringify(body)} -> ${response.body.field}`).toBe(`${JSON.stringify(body)} -> ${field}`);
    }
    expectProblem(await admin.patch(`schedules/${before[0].id}`, { timeZone: 'Mars/Olympus' }), 400, 'directory.invalid');
    expectProblem(await admin.patch(`schedules/${randomUUID()}`, { name: 'Ghost' }), 404, 'directory.not-found');
    expect((await admin.get('schedules').expect(200)).body).toEqual(before);
  });

  it('lets an SLA plan run on a schedule, warn and pause, and keeps a used schedule', async () => {
    const schedule = (await admin.post('schedules', { name: 'Weekdays', timeZone: 'Europe/Vienna', week: office }).expect(201)).body.id;
    const plan = await admin.post('sla-plans', { name: 'Office SLA', firstResponseMinutes: 60, resolutionMinutes: 480, scheduleId: schedule, warnPercent: 80, pauseWhenPending: false }).expect(201);
    expect(plan.body).toMatchObject({ scheduleId: schedule, warnPercent: 80, pauseWhenPending: false });
    // Defaults: around the clock, a warning at 75 %, paused while pending.
    const plain = await admin.post('sla-plans', { name: 'Round the clock', firstResponseMinutes: 60, resolutionMinutes: 480 }).expect(201);
    expect(plain.body).toMatchObject({ scheduleId: null, warnPercent: 75, pauseWhenPending: true });
    const unknown = await admin.post('sla-plans', { name: 'Nowhere', firstResponseMinutes: 60, resolutionMinutes: 480, scheduleId: randomUUID() });
    expectProblem(unknown, 400, 'directory.invalid');
    expect(unknown.body.field).toBe('scheduleId');
    expectProblem(await admin.patch(`sla-plans/${plain.body.id}`, { warnPercent: 100 }), 400, 'request.invalid');
    const inUse = await admin.delete(`schedules/${schedule}`);
    expectProblem(inUse, 409, 'directory.in-use');
    expect(inUse.body.usedBy).toEqual(['SLA plans']);
    // No warning, and back to around the clock: then the schedule can go.
    expect((await admin.patch(`sla-plans/${plan.body.id}`, { scheduleId: null, warnPercent: null }).expect(200)).body).toMatchObject({ scheduleId: null, warnPercent: null });
    await admin.delete(`schedules/${schedule}`).expect(204);
    expectProblem(await admin.get(`schedules/${schedule}`), 404, 'directory.not-found');
  });

  it("dates a new ticket on its plan's business hours, and again when it returns to the automatic date", async () => {
    const sundays = { sunday: [{ from: '10:00', to: '11:00' }] };
    const schedule = (await admin.post('schedules', { name: 'Sunday mornings', timeZone: 'Europe/Madrid', week: sundays }).expect(201)).body;
    const plan = (await admin.get('sla-plans').expect(200)).body.find((p: { isDefault: boolean }) => p.isDefault);
    await admin.patch(`sla-plans/${plan.id}`, { scheduleId: schedule.id, firstResponseMinutes: 30, resolutionMinutes: 90 }).expect(200);
    const departmentId = (await admin.get('departments').expect(200)).body[0].id;
    const body = { requester: { email: 'pau@example.org', name: 'Pau' }, subject: 'Heating', message: 'Cold', source: 'phone', departmentId };
    const ticket = (await api.http().post('/api/v1/t/hours/tickets').set(bearer(desk.token)).send(body).expect(201)).body;
    const week = [[], [], [], [], [], [], [{ start: minutesOf('10:00'), end: minutesOf('11:00') }]];
    const expected = dueAfter({ timeZone: 'Europe/Madrid', week, holidays: [] }, new Date(ticket.createdAt), 90)!;
    expect(ticket.dueAt).toBe(expected.toISOString());
    // An hour and a half of Sunday mornings: it ends on a Sunday, at 10:30 or 11:00 in Madrid.
    const local = DateTime.fromJSDate(expected, { zone: 'Europe/Madrid' });
    expect(local.weekday).toBe(7);
    expect(['10:30', '11:00']).toContain(local.toFormat('HH:mm'));
    // Set by hand, then back to the automatic date: the business-hours one again.
    const at = (action: string) => `/api/v1/t/hours/tickets/${encodeURIComponent(ticket.reference)}/${action}`;
    await api.http().post(at('due')).set(bearer(desk.token)).send({ dueAt: '2030-01-01T00:00:00Z' }).expect(200);
    const back = (await api.http().post(at('due')).set(bearer(desk.token)).send({ dueAt: null }).expect(200)).body;
    expect(back.dueAt).toBe(expected.toISOString());
    await admin.patch(`sla-plans/${plan.id}`, { scheduleId: null }).expect(200);
  });

  it("does not let one instance's plan run on another instance's schedule", async () => {
    const other = await api.provision('other-hours');
    const theirs = (await adminClient(api, 'other-hours', other.token).post('schedules', { name: 'Theirs', timeZone: 'UTC', week: office }).expect(201)).body.id;
    const response = await admin.post('sla-plans', { name: 'Borrowed', firstResponseMinutes: 60, resolutionMinutes: 480, scheduleId: theirs });
    expectProblem(response, 400, 'directory.invalid');
    expectProblem(await admin.get(`schedules/${theirs}`), 404, 'directory.not-found');
  });
});
