import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TenantDatabase } from '@tessera/database';
import { ProvisioningService } from '@tessera/platform';
import { QueueName } from '@tessera/queue';
import { TestDatabase, createTestDatabase, testConfig } from '@tessera/testing';
import { RecurringTicketInput, RecurringTicketService } from '@tessera/tickets';
import { Queue, QueueEvents } from 'bullmq';
import { DateTime } from 'luxon';
import { Client } from 'pg';
import { WorkerModule } from '../src/worker.module';

// Recurring tickets on real PostgreSQL and Redis. The clock is the sweep's `now`: schedules are
// saved at the real time and swept at instants after it.
describe('worker: recurring tickets', () => {
  const zone = 'Europe/Madrid';
  const at = (text: string) => DateTime.fromISO(text, { zone }).toJSDate();
  let database: TestDatabase;
  let worker: INestApplicationContext;
  let owner: Client;
  let tenant: { id: string; slug: string };
  let department: string;

  const run = <T>(work: () => Promise<T>): Promise<T> => worker.get(TenantDatabase).run(tenant, work);
  const service = () => worker.get(RecurringTicketService);
  const sweep = (now: Date) => run(() => service().sweep(now));
  const create = (input: Partial<RecurringTicketInput> & Pick<RecurringTicketInput, 'name' | 'rrule' | 'startsAt'>) =>
    run(() => service().create({ timezone: zone, subject: `${input.name}: due`, body: 'Check it.', requesterEmail: 'it@recurring.example', departmentId: department, ...input }));
  const ticketsOf = async (subject: string) =>
    (
      await owner.query(
        `select t.source, t.department_id, e.kind, e.body from tickets t join ticket_entries e on e.ticket_id = t.id and e.kind in ('message', 'note')
          where t.tenant_id = $1 and t.subject = $2 order by t.created_at`,
        [tenant.id, subject],
      )
    ).rows;
  const nextRunOf = async (id: string) => (await owner.query('select next_run_at from recurring_tickets where id = $1', [id])).rows[0].next_run_at as Date | null;

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = testConfig(database, { WORKER_RECURRING_SWEEP_INTERVAL_MS: '3600000' });
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
    owner = new Client({ connectionString: database.ownerUrl });
    await owner.connect();
    const created = await worker.get(ProvisioningService).provision({
      slug: 'recurring',
      name: 'Recurring',
      manager: { email: 'manager@recurring.example', name: 'Marta Manager', password: 'a long enough password' },
    });
    tenant = { id: created.tenant.id, slug: created.tenant.slug };
    department = created.department.id;
  });

  afterAll(async () => {
    await owner.end();
    await worker.close();
    await database.drop();
  });

  it('opens each weekly occurrence once, as an internal note, and only the latest after an outage', async () => {
    const weekly = await create({ name: 'Weekly check', rrule: 'FREQ=WEEKLY;BYDAY=TU', startsAt: '2027-01-05T09:00', tags: ['Backups', 'weekly'] });
    expect(weekly.nextRunAt).toEqual(at('2027-01-05T09:00'));
    expect(await service().dueInstances(at('2027-01-05T08:59'))).not.toContainEqual(expect.objectContaining({ id: tenant.id }));
    expect(await sweep(at('2027-01-05T08:59'))).toEqual({ opened: 0 });

    expect(await service().dueInstances(at('2027-01-05T09:00'))).toContainEqual({ id: tenant.id, slug: tenant.slug });
    expect(await sweep(at('2027-01-05T09:00:30'))).toEqual({ opened: 1 });
    expect(await ticketsOf('Weekly check: due')).toEqual([{ source: 'internal', department_id: department, kind: 'note', body: 'Check it.' }]);
    const tags = await owner.query(
      `select g.name from tickets t join ticket_tags tt on tt.ticket_id = t.id join tags g on g.id = tt.tag_id where t.tenant_id = $1 and t.subject = 'Weekly check: due' order by g.name`,
      [tenant.id],
    );
    expect(tags.rows.map((row) => row.name)).toEqual(['backups', 'weekly']);
    expect(await nextRunOf(weekly.id)).toEqual(at('2027-01-12T09:00'));
    expect(await sweep(at('2027-01-05T09:01'))).toEqual({ opened: 0 });

    // A worker that stopped before it recorded the next occurrence finds this one taken.
    await owner.query('update recurring_tickets set next_run_at = $2 where id = $1', [weekly.id, at('2027-01-05T09:00')]);
    expect(await sweep(at('2027-01-05T09:05'))).toEqual({ opened: 0 });
    expect(await ticketsOf('Weekly check: due')).toHaveLength(1);

    // Down from the 11th to the 27th: the 12th, 19th and 26th fell due; the 26th alone opens.
    expect(await sweep(at('2027-01-27T10:00'))).toEqual({ opened: 1 });
    expect(await ticketsOf('Weekly check: due')).toHaveLength(2);
    expect(await nextRunOf(weekly.id)).toEqual(at('2027-02-02T09:00'));
    const runs = await run(() => service().runs(weekly.id));
    expect(runs.map((r) => r.occurrenceAt)).toEqual([at('2027-01-26T09:00'), at('2027-01-05T09:00')]);
    expect(runs.every((r) => /\S/.test(r.ticketReference ?? ''))).toBe(true);
    await run(() => service().delete(weekly.id));
  });

  it('keeps 09:00 local time across the spring change', async () => {
    const daily = await create({ name: 'Daily check', rrule: 'FREQ=DAILY', startsAt: '2027-03-27T09:00' });
    expect(daily.nextRunAt?.toISOString()).toBe('2027-03-27T08:00:00.000Z');
    expect(await sweep(at('2027-03-27T09:00'))).toEqual({ opened: 1 });
    expect((await nextRunOf(daily.id))?.toISOString()).toBe('2027-03-28T07:00:00.000Z');
    expect(await sweep(at('2027-03-28T09:00'))).toEqual({ opened: 1 });
    expect((await nextRunOf(daily.id))?.toISOString()).toBe('2027-03-29T07:00:00.000Z');
    await run(() => service().delete(daily.id));
  });

  it('opens an occurrence once when two workers sweep the instance at the same time', async () => {
    const monthly = await create({ name: 'Monthly check', rrule: 'FREQ=MONTHLY;BYMONTHDAY=1', startsAt: '2027-05-01T08:00' });
    const results = await Promise.all([sweep(at('2027-05-01T08:00:10')), sweep(at('2027-05-01T08:00:10'))]);
    expect(results.map((r) => r.opened).sort()).toEqual([0, 1]);
    expect(await ticketsOf('Monthly check: due')).toHaveLength(1);
    await run(() => service().delete(monthly.id));
  });

  it('stops when the rule ends or the schedule is switched off, and leaves the control plane', async () => {
    const twice = await create({ name: 'Twice', rrule: 'FREQ=DAILY;COUNT=2', startsAt: '2027-06-01T09:00' });
    expect(await sweep(at('2027-06-01T09:00'))).toEqual({ opened: 1 });
    expect(await sweep(at('2027-06-02T09:00'))).toEqual({ opened: 1 });
    expect(await nextRunOf(twice.id)).toBeNull();
    expect((await owner.query('select 1 from recurring_due where due_tenant_id = $1', [tenant.id])).rowCount).toBe(0);

    const paused = await create({ name: 'Paused', rrule: 'FREQ=DAILY', startsAt: '2027-06-01T09:00' });
    await run(() => service().update(paused.id, { isActive: false }));
    expect(await nextRunOf(paused.id)).toBeNull();
    expect(await sweep(at('2027-06-05T09:00'))).toEqual({ opened: 0 });
    expect(await ticketsOf('Paused: due')).toEqual([]);
  });

  it('sweeps only the instances with an occurrence due, through the queue', async () => {
    const hourly = await create({ name: 'Hourly', rrule: 'FREQ=HOURLY', startsAt: '2027-07-01T09:00' });
    const queue = worker.get<Queue>(getQueueToken(QueueName.Recurring), { strict: false });
    const events = new QueueEvents(QueueName.Recurring, { connection: queue.opts.connection, prefix: queue.opts.prefix });
    await events.waitUntilReady();
    try {
      // The next occurrence is in 2027: nothing is due now.
      const idle = await queue.add('sweep', {});
      expect(await idle.waitUntilFinished(events, 20_000)).toEqual({ tenants: 0 });
      const tenantDone = new Promise<unknown>((resolve, reject) => {
        events.on('completed', ({ jobId, returnvalue }) => jobId === `recurring-${tenant.id}` && resolve(returnvalue));
        events.on('failed', ({ jobId, failedReason }) => jobId === `recurring-${tenant.id}` && reject(new Error(failedReason)));
      });
      await owner.query("update recurring_tickets set starts_at = (now() at time zone 'Europe/Madrid') - interval '2 hours', next_run_at = now() - interval '1 hour' where id = $1", [hourly.id]);
      const due = await queue.add('sweep', {});
      expect(await due.waitUntilFinished(events, 20_000)).toEqual({ tenants: 1 });
      expect(await tenantDone).toEqual({ opened: 1 });
    } finally {
      await events.close();
    }
    expect(await ticketsOf('Hourly: due')).toHaveLength(1);
  });
});
