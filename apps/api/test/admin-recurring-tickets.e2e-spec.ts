import { AdminClient, expectProblem, recurringTicket, startAdminApi } from './admin-harness';
import { Instance, TestApi } from './api-harness';

describe('instance admin: recurring tickets', () => {
  let api: TestApi;
  let desk: Instance;
  let admin: AdminClient;
  let support: string;
  const fields = () => ({ ...recurringTicket('Backups', 'it@uni.example'), departmentId: support });

  beforeAll(async () => {
    ({ api, instance: desk, admin } = await startAdminApi('recurring-desk'));
    support = (await admin.get('departments').expect(200)).body[0].id;
  });

  afterAll(() => api.close());

  it('keeps a recurring ticket with its next occurrence, and starts it again when it is switched on', async () => {
    const created = (await admin.post('recurring-tickets', { ...fields(), requesterEmail: 'IT@Uni.Example', requesterName: ' IT ' }).expect(201)).body;
    expect(created).toEqual({
      id: expect.any(String),
      name: 'Backups',
      rrule: 'FREQ=WEEKLY;BYDAY=MO',
      startsAt: '2026-01-05T09:00',
      timezone: 'Europe/Madrid',
      subject: 'Backups: due',
      body: 'Check it.',
      requesterEmail: 'it@uni.example',
      requesterName: 'IT',
      departmentId: support,
      helpTopicId: null,
      priorityId: null,
      assignStaffId: null,
      assignTeamId: null,
      tags: [],
      isActive: true,
      nextRunAt: expect.any(String),
      lastRunAt: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    // The next Monday at 09:00 in Madrid, after now.
    const next = new Date(created.nextRunAt);
    expect(next.getTime()).toBeGreaterThan(Date.now());
    expect(next.getTime() - Date.now()).toBeLessThanOrEqual(7 * 24 * 3600_000);
    expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Madrid', weekday: 'short', hour: '2-digit', minute: '2-digit' }).format(next)).toBe('Mon 09:00');
    expect((await admin.get(`recurring-tickets/${created.id}`).expect(200)).body).toEqual(created);
    expect((await admin.get('recurring-tickets').expect(200)).body).toEqual([created]);
    expect((await admin.get(`recurring-tickets/${created.id}/runs`).expect(200)).body).toEqual([]);

    expect((await admin.patch(`recurring-tickets/${created.id}`, { tags: ['Backups', 'monthly', 'backups'] }).expect(200)).body.tags).toEqual(['backups', 'monthly']);
    const paused = (await admin.patch(`recurring-tickets/${created.id}`, { isActive: false }).expect(200)).body;
    expect(paused).toMatchObject({ isActive: false, nextRunAt: null });
    const daily = (await admin.patch(`recurring-tickets/${created.id}`, { isActive: true, rrule: 'FREQ=DAILY' }).expect(200)).body;
    expect(daily.nextRunAt).not.toBeNull();
    expect(new Date(daily.nextRunAt).getTime() - Date.now()).toBeLessThanOrEqual(24 * 3600_000);

    expectProblem(await admin.post('recurring-tickets', fields()), 409, 'recurring.name-taken');
    // The department it opens tickets in cannot go.
    const other = (await admin.post('departments', { name: 'Operations' }).expect(201)).body.id;
    await admin.patch(`recurring-tickets/${created.id}`, { departmentId: other }).expect(200);
    expectProblem(await admin.delete(`departments/${other}`), 409, 'directory.in-use');

    await admin.delete(`recurring-tickets/${created.id}`).expect(204);
    expectProblem(await admin.get(`recurring-tickets/${created.id}`), 404, 'recurring.not-found');
    await admin.delete(`departments/${other}`).expect(204);
  });

  it('names what is wrong and keeps nothing', async () => {
    const refused = async (body: object, field: string, code = 'recurring.invalid') => {
      const response = await admin.post('recurring-tickets', { ...fields(), name: 'Refused', ...body });
      expectProblem(response, 400, code);
      expect(JSON.stringify(response.body)).toContain(field);
    };
    await refused({ rrule: 'every monday' }, 'rrule');
    await refused({ rrule: 'FREQ=MINUTELY' }, 'rrule');
    await refused({ rrule: 'FREQ=DAILY;BYMINUTE=5' }, 'rrule');
    await refused({ rrule: 'FREQ=DAILY;UNTIL=20200101T000000Z' }, 'rrule');
    await refused({ timezone: 'Mars/Olympus' }, 'timezone');
    await refused({ startsAt: '2026-02-30T09:00' }, 'startsAt');
    await refused({ startsAt: 'tomorrow' }, 'startsAt', 'request.invalid');
    await refused({ requesterEmail: 'nobody' }, 'requesterEmail', 'request.invalid');
    await refused({ departmentId: '0190a5b4-6c1e-7d2f-9a3b-4c5d6e7f8091' }, 'departmentId');
    await refused({ assignStaffId: '0190a5b4-6c1e-7d2f-9a3b-4c5d6e7f8091' }, 'assignStaffId');
    await refused({ assignTeamId: '0190a5b4-6c1e-7d2f-9a3b-4c5d6e7f8091' }, 'assignTeamId');
    await refused({ subject: '   ' }, 'subject', 'request.invalid');
    await refused({ tags: ['backups', 'two words'] }, 'tags');
    expect(await api.sql('select name from recurring_tickets where tenant_id = $1', [desk.id])).toEqual([]);
  });

  it('is for managers only', async () => {
    const agent = await api.addAgent(desk, { name: 'Pau Agent', role: 'All access' });
    const response = await api.http().get(`/api/v1/t/${desk.slug}/admin/recurring-tickets`).set({ Authorization: `Bearer ${agent.token}` });
    expectProblem(response, 403, 'auth.forbidden');
  });
});
