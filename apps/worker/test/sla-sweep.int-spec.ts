import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { Config } from '@tessera/config';
import { NestFactory } from '@nestjs/core';
import { TenantDatabase, createDataSource } from '@tessera/database';
import { AgentAdminService, DepartmentAdminService, DirectoryService, EscalationAdminService, MatrixLevel, ScheduleAdminService, SettingsAdminService, SlaPlanAdminService } from '@tessera/directory';
import { ProvisioningService } from '@tessera/platform';
import { QueueName } from '@tessera/queue';
import { minutesOf } from '@tessera/sla';
import { TestDatabase, TestSmtpSink, createTestDatabase, testConfig, testSmtpSink } from '@tessera/testing';
import { SlaClockRepository, SlaSweepService, Ticket, TicketService } from '@tessera/tickets';
import { DateTime } from 'luxon';
import { Queue, QueueEvents } from 'bullmq';
import { Client, Client as PgClient } from 'pg';
import { WorkerModule } from '../src/worker.module';

// The SLA sweep on real PostgreSQL, Redis and SMTP. The clock is the sweep's `now`: tickets are
// dated in the future (after every real change of their clocks), and each sweep is told the
// instant it runs at.
describe('worker: SLA sweep', () => {
  const domain = 'slasweep.example';
  const zone = 'Europe/Madrid';
  const at = (text: string) => DateTime.fromISO(text, { zone }).toJSDate();
  let database: TestDatabase;
  let worker: INestApplicationContext;
  let owner: Client;
  let sink: TestSmtpSink;
  let tenant: { id: string; slug: string };
  let department: string;
  let secondLine: string;
  let manager: string;
  let nils: string;
  let plan: string;
  let schedule: string;
  let config: Config;

  const run = <T>(work: () => Promise<T>): Promise<T> => worker.get(TenantDatabase).run(tenant, work);
  const sweep = (now: Date) => run(() => worker.get(SlaSweepService).sweep(now));
  const office = () => {
    const day = [{ start: minutesOf('09:00'), end: minutesOf('17:00') }];
    return [day, day, day, day, day, [], []];
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    sink = testSmtpSink();
    config = testConfig(database, {
      TESSERA_SMTP_URL: `smtp://${sink.host}:${sink.port}`,
      TESSERA_MAIL_FROM: `Desk <noreply@${domain}>`,
      WORKER_OUTBOX_INTERVAL_MS: '200',
      // The periodic sweep stays out of the way: each test sweeps at the instant it chooses.
      WORKER_SLA_SWEEP_INTERVAL_MS: '3600000',
    });
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
    owner = new Client({ connectionString: database.ownerUrl });
    await owner.connect();
    const created = await worker.get(ProvisioningService).provision({
      slug: 'slasweep',
      name: 'SLA sweep',
      manager: { email: `manager@${domain}`, name: 'Marta Manager', password: 'a long enough password' },
    });
    tenant = { id: created.tenant.id, slug: created.tenant.slug };
    department = created.department.id;
    manager = created.manager.id;
    await run(async () => {
      await worker.get(DepartmentAdminService).update(department, { managerStaffId: manager });
      secondLine = (await worker.get(DepartmentAdminService).create({ name: 'Second line' })).id;
      nils = (
        await worker.get(AgentAdminService).create({
          email: `nils@${domain}`,
          name: 'Nils',
          password: 'a long enough password',
          primaryDepartmentId: department,
          roleId: created.roleIds.all,
          language: 'nl',
        })
      ).staff.id;
      schedule = (await worker.get(ScheduleAdminService).create({ name: 'Office', timeZone: zone, week: office() })).id;
      plan = (await worker.get(DirectoryService).slaPlans()).find((p) => p.isDefault)!.id;
      await worker.get(SlaPlanAdminService).update(plan, { firstResponseMinutes: 120, resolutionMinutes: 480, graceMinutes: 0, scheduleId: schedule, warnPercent: 75 });
    });
  });

  afterAll(async () => {
    await owner.end();
    await worker.close();
    await database.drop();
  });

  // A ticket opened at `createdAt` (the clock starts there).
  async function openAt(subject: string, createdAt: Date, matrix: { impact?: MatrixLevel; urgency?: MatrixLevel } = {}): Promise<Ticket> {
    const ticket = await run(() =>
      worker.get(TicketService).open({ requester: { email: `r@${domain}`, name: 'R' }, subject, body: 'b', source: 'web', departmentId: department, ...matrix }, { kind: 'system' }),
    );
    await owner.query('update tickets set created_at = $2 where id = $1', [ticket.id, createdAt]);
    return ticket;
  }

  async function clockOf(ticketId: string) {
    const { rows } = await owner.query(
      `select response_due_at, resolution_due_at, response_warned_at, response_breached_at, resolution_breached_at, paused_minutes, next_deadline_at
         from ticket_sla_clock where ticket_id = $1`,
      [ticketId],
    );
    return rows[0];
  }

  async function eventsOf(ticketId: string): Promise<string[]> {
    const { rows } = await owner.query(
      `select event, data->>'target' as target from ticket_entries where ticket_id = $1 and event in ('sla_warning', 'overdue', 'escalated') order by id`,
      [ticketId],
    );
    return rows.map((row) => (row.target ? `${row.event}:${row.target}` : row.event));
  }

  it('is due Monday 17:00 for a ticket opened Friday 17:00 with 8 business hours, and Tuesday when Monday is a holiday', async () => {
    const ticket = await openAt('Friday evening', at('2027-01-08T17:00'));
    await sweep(at('2027-01-08T17:00'));
    expect((await clockOf(ticket.id)).resolution_due_at).toEqual(at('2027-01-11T17:00'));
    expect((await owner.query('select due_at from tickets where id = $1', [ticket.id])).rows[0].due_at).toEqual(at('2027-01-11T17:00'));
    // A changed schedule moves the open clocks on it.
    await run(() => worker.get(ScheduleAdminService).update(schedule, { holidays: ['2027-01-11'] }));
    await sweep(at('2027-01-08T17:05'));
    expect((await clockOf(ticket.id)).resolution_due_at).toEqual(at('2027-01-12T17:00'));
    await run(() => worker.get(ScheduleAdminService).update(schedule, { holidays: [] }));
    await sweep(at('2027-01-08T17:06'));
    await owner.query(`update tickets set status_id = (select id from ticket_statuses where tenant_id = $1 and state = 'closed' limit 1), closed_at = now() where id = $2`, [tenant.id, ticket.id]);
  });

  it('does not count the time a ticket was pending', async () => {
    const ticket = await openAt('Waiting on the requester', at('2027-01-18T09:00'));
    const pending = await run(() => worker.get(DirectoryService).firstStatusIn('pending'));
    const open = await run(() => worker.get(DirectoryService).firstStatusIn('open'));
    // The database records the pending interval whichever path moves the ticket.
    await owner.query('update tickets set status_id = $2 where id = $1', [ticket.id, pending.id]);
    expect((await owner.query('select pending_since from ticket_sla_clock where ticket_id = $1', [ticket.id])).rows[0].pending_since).not.toBeNull();
    await owner.query('update tickets set status_id = $2 where id = $1', [ticket.id, open.id]);
    const { rows } = await owner.query('select pending, pending_since from ticket_sla_clock where ticket_id = $1', [ticket.id]);
    expect(rows[0]).toMatchObject({ pending_since: null, pending: [expect.objectContaining({ from: expect.any(String), to: expect.any(String) })] });
    // Three business hours pending on the Monday, dated where this test's clock is.
    await owner.query(`update ticket_sla_clock set pending = $2, next_deadline_at = now() where ticket_id = $1`, [
      ticket.id,
      JSON.stringify([{ from: at('2027-01-18T10:00'), to: at('2027-01-18T13:00') }]),
    ]);
    await sweep(at('2027-01-18T14:00'));
    expect(await clockOf(ticket.id)).toMatchObject({ resolution_due_at: at('2027-01-19T12:00'), response_due_at: at('2027-01-18T14:00'), paused_minutes: 180 });
    await owner.query(`update tickets set status_id = (select id from ticket_statuses where tenant_id = $1 and state = 'closed' limit 1), closed_at = now() where id = $2`, [tenant.id, ticket.id]);
  });

  it('warns, breaches, mails the overdue alert and walks the escalation line, each once, whatever the number of sweepers', async () => {
    const steps = await run(() => worker.get(EscalationAdminService).replace(plan, [{ after: 'breach', minutes: 60, transferDepartmentId: secondLine, raisePriority: true }]));
    const ticket = await openAt('Printer on fire', at('2027-01-25T09:00'));
    const priorityBefore = ticket.priorityId;

    // Nothing is due before the warning at 75 % of the response target.
    expect(await sweep(at('2027-01-25T10:00'))).toMatchObject({ warnings: 0, breaches: 0, steps: 0 });
    expect((await clockOf(ticket.id)).next_deadline_at).toEqual(at('2027-01-25T10:30'));

    expect(await sweep(at('2027-01-25T10:30'))).toMatchObject({ warnings: 1, breaches: 0 });
    expect(await sweep(at('2027-01-25T10:31'))).toMatchObject({ clocks: 0 });
    expect(await sweep(at('2027-01-25T11:00'))).toMatchObject({ warnings: 0, breaches: 1, steps: 0 });
    expect(await clockOf(ticket.id)).toMatchObject({ response_breached_at: at('2027-01-25T11:00'), next_deadline_at: at('2027-01-25T12:00') });

    // The overdue alert reaches the department's manager, by the existing alert path.
    const alert = await sink.waitFor((m) => m.envelope.rcptTo.includes(`manager@${domain}`) && (m.parsed.text ?? '').includes(`Ticket ${ticket.reference} in Support is overdue`), 20_000);
    expect(alert.parsed.text).toContain('it was due');

    // Two sweepers at once when the step falls due: one runs it.
    const both = await Promise.all([sweep(at('2027-01-25T12:00')), sweep(at('2027-01-25T12:00'))]);
    expect(both.map((r) => r.steps).sort()).toEqual([0, 1]);
    expect(await sweep(at('2027-01-25T12:30'))).toMatchObject({ steps: 0, warnings: 0, breaches: 0 });

    const { rows } = await owner.query(
      `select t.department_id, p.urgency, t.priority_id from tickets t join priorities p on p.tenant_id = t.tenant_id and p.id = t.priority_id where t.id = $1`,
      [ticket.id],
    );
    expect(rows[0].department_id).toBe(secondLine);
    expect(rows[0].priority_id).not.toBe(priorityBefore);
    expect((await owner.query('select count(*)::int as n from ticket_sla_escalations where ticket_id = $1 and step_id = $2', [ticket.id, steps[0].id])).rows[0].n).toBe(1);

    // Later: the resolution target's warning and breach, on the recomputed (higher) priority's plan.
    await sweep(at('2027-01-25T15:00'));
    await sweep(at('2027-01-25T17:00'));
    expect(await eventsOf(ticket.id)).toEqual(['sla_warning:response', 'overdue:response', 'escalated', 'sla_warning:resolution', 'overdue:resolution']);
    const outbox = await owner.query(`select topic, count(*)::int as n from outbox where tenant_id = $1 and payload->>'ticketId' = $2 and topic in ('ticket.sla-warning', 'ticket.overdue', 'ticket.escalated') group by topic order by topic`, [
      tenant.id,
      ticket.id,
    ]);
    expect(outbox.rows).toEqual([
      { topic: 'ticket.escalated', n: 1 },
      { topic: 'ticket.overdue', n: 2 },
      { topic: 'ticket.sla-warning', n: 2 },
    ]);
    await run(() => worker.get(EscalationAdminService).replace(plan, []));
  });

  it('notifies the named agents and the department manager by mail when a notify-only step runs, once however often it sweeps', async () => {
    const [step] = await run(() => worker.get(EscalationAdminService).replace(plan, [{ after: 'breach', minutes: 0, notifyStaffIds: [nils], notifyDepartmentManager: true }]));
    const ticket = await openAt('Nobody picks this up', at('2027-03-01T09:00'));
    await sweep(at('2027-03-01T09:00'));
    expect(await sweep(at('2027-03-01T11:00'))).toMatchObject({ breaches: 1, steps: 1 });
    expect(await sweep(at('2027-03-01T11:00'))).toMatchObject({ steps: 0 });
    expect(await sweep(at('2027-03-01T11:05'))).toMatchObject({ steps: 0 });

    const toNils = await sink.waitFor((m) => m.envelope.rcptTo.includes(`nils@${domain}`) && (m.parsed.subject ?? '').includes(`[${ticket.reference}] Geëscaleerd: `), 20_000);
    expect(toNils.parsed.text).toContain(`Ticket ${ticket.reference} bij Support is geëscaleerd`);
    const toManager = await sink.waitFor((m) => m.envelope.rcptTo.includes(`manager@${domain}`) && (m.parsed.subject ?? '').includes(`[${ticket.reference}] Escalated: `), 20_000);
    expect(toManager.parsed.text).toContain(`Ticket ${ticket.reference} in Support was escalated`);

    const outbox = await owner.query(`select count(*)::int as n from outbox where tenant_id = $1 and topic = 'ticket.escalated' and payload->>'ticketId' = $2`, [tenant.id, ticket.id]);
    expect(outbox.rows[0].n).toBe(1);
    const mails = await owner.query(`select content->>'to' as "to" from mail_messages where ticket_id = $1 and template = 'alert.ticket.escalated' order by 1`, [ticket.id]);
    expect(mails.rows.map((row) => row.to)).toEqual([`manager@${domain}`, `nils@${domain}`]);
    const { rows } = await owner.query(`select data from ticket_entries where ticket_id = $1 and event = 'escalated'`, [ticket.id]);
    expect(rows).toEqual([{ data: expect.objectContaining({ stepId: step.id, to: {}, notify: { staffIds: [nils], departmentManager: true } }) }]);
    await run(() => worker.get(EscalationAdminService).replace(plan, []));
    await owner.query(`update tickets set status_id = (select id from ticket_statuses where tenant_id = $1 and state = 'closed' limit 1), closed_at = now() where id = $2`, [tenant.id, ticket.id]);
  });

  it('walks a matrix band’s own line where the band has one, and the plan’s line where it has none', async () => {
    const settings = worker.get(SettingsAdminService);
    const escalation = worker.get(EscalationAdminService);
    const priorities = (await run(() => worker.get(DirectoryService).priorities())).sort((a, b) => a.urgency - b.urgency).map((p) => p.id);
    await run(async () => {
      await settings.setPriorityMatrix([
        { minProduct: 1, maxProduct: 8, priorityId: priorities[0], respondMinutes: 60, resolveMinutes: 480, escalateMinutes: 90 },
        { minProduct: 9, maxProduct: 64, priorityId: priorities[priorities.length - 1], respondMinutes: 30, resolveMinutes: 480, escalateMinutes: 45 },
      ]);
      await settings.update({ priorityMode: 'matrix' });
    });
    const [planStep] = await run(() => escalation.replace(plan, [{ after: 'breach', minutes: 0, transferDepartmentId: secondLine }]));
    const [bandStep] = await run(() => escalation.replaceBand(9, [{ after: 'breach', minutes: 0, assignStaffId: nils }]));
    const low = await openAt('One workplace, by tomorrow', at('2027-03-08T09:00'), { impact: 1, urgency: 2 });
    const high = await openAt('Every site, now', at('2027-03-08T09:00'), { impact: 8, urgency: 8 });
    await sweep(at('2027-03-08T09:00'));
    // The band's targets: the high ticket breaches its first response at 9:30, the low one at 10:00.
    expect(await sweep(at('2027-03-08T09:30'))).toMatchObject({ breaches: 1, steps: 1 });
    expect(await sweep(at('2027-03-08T10:00'))).toMatchObject({ breaches: 1, steps: 1 });

    const { rows } = await owner.query(
      `select t.id, t.department_id, t.assignee_staff_id, array(select step_id from ticket_sla_escalations e where e.ticket_id = t.id) as steps
         from tickets t where t.id = any($1) order by t.created_at, t.subject`,
      [[low.id, high.id]],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(high.id)).toMatchObject({ department_id: department, assignee_staff_id: nils, steps: [bandStep.id] });
    expect(byId.get(low.id)).toMatchObject({ department_id: secondLine, assignee_staff_id: null, steps: [planStep.id] });

    await run(async () => {
      await escalation.replace(plan, []);
      await escalation.replaceBand(9, []);
      await settings.update({ priorityMode: 'list' });
    });
    await owner.query(`update tickets set status_id = (select id from ticket_statuses where tenant_id = $1 and state = 'closed' limit 1), closed_at = now() where id = any($2)`, [
      tenant.id,
      [low.id, high.id],
    ]);
  });

  it('wakes the warned and breached open clocks of a plan when its line gains or changes a step, and only those', async () => {
    const escalation = worker.get(EscalationAdminService);
    const late = await openAt('Breached before the line existed', at('2027-03-15T09:00'));
    await sweep(at('2027-03-15T09:00'));
    await sweep(at('2027-03-15T11:00'));
    expect((await clockOf(late.id)).response_breached_at).toEqual(at('2027-03-15T11:00'));
    // Without a line the next thing due is the resolution warning, at 75 % of 8 business hours.
    expect((await clockOf(late.id)).next_deadline_at).toEqual(at('2027-03-15T15:00'));
    const fresh = await openAt('Not warned yet', at('2027-03-15T10:55'));
    await sweep(at('2027-03-15T11:00'));
    const freshNext = (await clockOf(fresh.id)).next_deadline_at;

    const [step] = await run(() => escalation.replace(plan, [{ after: 'breach', minutes: 30, notifyDepartmentManager: true }]));
    const woken = (await clockOf(late.id)).next_deadline_at;
    expect(woken.getTime()).toBeLessThan(at('2027-03-15T11:00').getTime());
    expect((await owner.query('select next_at from sla_deadlines where deadline_tenant_id = $1', [tenant.id])).rows[0].next_at.getTime()).toBeLessThanOrEqual(woken.getTime());
    expect((await clockOf(fresh.id)).next_deadline_at).toEqual(freshNext);

    // The sweep recomputes the woken clock: the new step falls due 30 business minutes after the breach.
    const ran = async () => (await owner.query('select step_id from ticket_sla_escalations where ticket_id = $1', [late.id])).rows;
    await sweep(at('2027-03-15T11:10'));
    expect(await ran()).toEqual([]);
    expect((await clockOf(late.id)).next_deadline_at).toEqual(at('2027-03-15T11:30'));
    // A changed step (same position, same id) wakes it again, and moves it.
    await run(() => escalation.replace(plan, [{ after: 'breach', minutes: 45, notifyDepartmentManager: true }]));
    expect((await clockOf(late.id)).next_deadline_at.getTime()).toBeLessThan(at('2027-03-15T11:00').getTime());
    await sweep(at('2027-03-15T11:20'));
    expect(await ran()).toEqual([]);
    expect((await clockOf(late.id)).next_deadline_at).toEqual(at('2027-03-15T11:45'));
    await sweep(at('2027-03-15T11:45'));
    expect(await ran()).toEqual([{ step_id: step.id }]);

    await run(() => escalation.replace(plan, []));
    await owner.query(`update tickets set status_id = (select id from ticket_statuses where tenant_id = $1 and state = 'closed' limit 1), closed_at = now() where id = any($2)`, [
      tenant.id,
      [late.id, fresh.id],
    ]);
  });

  it('redoes a sweep that died before committing, and alerts once', async () => {
    const ticket = await openAt('Crash in the middle', at('2027-02-01T09:00'));
    await sweep(at('2027-02-01T09:00'));
    // The sweep dies after raising the warning, before its transaction commits.
    await expect(
      run(async () => {
        await worker.get(SlaSweepService).sweep(at('2027-02-01T10:30'));
        throw new Error('worker killed');
      }),
    ).rejects.toThrow('worker killed');
    expect(await eventsOf(ticket.id)).toEqual([]);
    expect(await sweep(at('2027-02-01T10:30'))).toMatchObject({ warnings: 1 });
    expect(await sweep(at('2027-02-01T10:30'))).toMatchObject({ clocks: 0 });
    expect(await eventsOf(ticket.id)).toEqual(['sla_warning:response']);
  });

  it('sweeps only the instances with a deadline due, through the queue', async () => {
    const queue = worker.get<Queue>(getQueueToken(QueueName.Sla), { strict: false });
    const events = new QueueEvents(QueueName.Sla, { connection: queue.opts.connection, prefix: queue.opts.prefix });
    await events.waitUntilReady();
    try {
      // This instance's next deadline is in 2027: nothing is due now.
      const idle = await queue.add('sweep', {});
      expect(await idle.waitUntilFinished(events, 20_000)).toEqual({ tenants: 0 });
      await owner.query('update sla_deadlines set next_at = now() - interval $$1 minute$$ where deadline_tenant_id = $1', [tenant.id]);
      const due = await queue.add('sweep', {});
      expect(await due.waitUntilFinished(events, 20_000)).toEqual({ tenants: 1 });
    } finally {
      await events.close();
    }
  });

  it('costs one query to find nothing due among thousands of instances', async () => {
    await owner.query(
      `with made as (
         insert into tenants (id, slug, name) select gen_random_uuid(), 'idle-' || n, 'Idle ' || n from generate_series(1, 3000) n returning id)
       insert into sla_deadlines (deadline_tenant_id, next_at) select id, now() + interval '1 day' from made`,
    );
    await owner.query("update sla_deadlines set next_at = now() + interval '1 day' where deadline_tenant_id = $1", [tenant.id]);
    // The sweep's repository on a connection pool of its own, whose queries are counted (the
    // worker's other schedulers keep querying meanwhile on theirs).
    const counted = createDataSource(config, [], 'sla-idle-sweep');
    await counted.initialize();
    const query = PgClient.prototype.query;
    let count = 0;
    PgClient.prototype.query = function countedQuery(this: { connectionParameters?: { application_name?: string } }, ...args: unknown[]) {
      if (this.connectionParameters?.application_name === 'sla-idle-sweep') count++;
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query;
    try {
      await counted.query('select 1');
      count = 0;
      expect(await new SlaClockRepository(worker.get(TenantDatabase), counted).dueInstances(new Date())).toEqual([]);
    } finally {
      PgClient.prototype.query = query;
      await counted.destroy();
    }
    expect(count).toBe(1);
  });
});
