import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TenantDatabase } from '@tessera/database';
import { DepartmentAdminService, DirectoryService } from '@tessera/directory';
import { ProvisioningService } from '@tessera/platform';
import { QueueName } from '@tessera/queue';
import { TestDatabase, TestSmtpSink, createTestDatabase, testConfig, testSmtpSink } from '@tessera/testing';
import { CannedResponseService, Ticket, TicketService, TimeRuleAdminService, TimeRuleInput, TimeRuleSweepService } from '@tessera/tickets';
import { Queue, QueueEvents } from 'bullmq';
import { Client } from 'pg';
import { WorkerModule } from '../src/worker.module';

// Time rules on real PostgreSQL, Redis and SMTP. The database stamps when a ticket enters a
// condition (at the real time); the clock is the sweep's `now`, an instant after that stamp.
describe('worker: time rules', () => {
  const domain = 'timerules.example';
  const minutes = (n: number) => n * 60_000;
  let database: TestDatabase;
  let worker: INestApplicationContext;
  let owner: Client;
  let sink: TestSmtpSink;
  let tenant: { id: string; slug: string };
  let manager: string;
  let support: string;
  let field: string;
  let reminder: string;
  let pending: string;
  let resolved: string;
  let open: string;

  const run = <T>(work: () => Promise<T>): Promise<T> => worker.get(TenantDatabase).run(tenant, work);
  const sweep = (now: Date) => run(() => worker.get(TimeRuleSweepService).sweep(now));
  const rule = (input: Partial<TimeRuleInput> & Pick<TimeRuleInput, 'name' | 'condition' | 'waitAmount' | 'waitUnit' | 'actions'>) => run(() => worker.get(TimeRuleAdminService).create(input));
  const dropRule = (id: string) => run(() => worker.get(TimeRuleAdminService).delete(id));
  const openTicket = (subject: string, departmentId = support) =>
    run(() => worker.get(TicketService).open({ requester: { email: `requester@${domain}`, name: 'Rita Requester' }, subject, body: 'Help.', source: 'web', departmentId }, { kind: 'system' }));
  const moveTo = (ticket: Ticket, statusId: string) =>
    run(async () => worker.get(TicketService).moveTo(await worker.get(TicketService).byId(ticket.id), await worker.get(DirectoryService).status(statusId), { kind: 'system' }));
  const marksOf = async (ticketId: string) =>
    (await owner.query('select state_since, unassigned_since from ticket_time_marks where ticket_id = $1', [ticketId])).rows[0] as { state_since: Date; unassigned_since: Date | null };
  const statusOf = async (ticketId: string) => (await owner.query('select s.state from tickets t join ticket_statuses s on s.id = t.status_id where t.id = $1', [ticketId])).rows[0].state;
  const reminders = async (ticketId: string) =>
    (await owner.query("select body from ticket_entries where ticket_id = $1 and kind = 'response' and data->>'cannedResponseId' = $2", [ticketId, reminder])).rows;
  const ruleEvents = async (ticketId: string) =>
    (await owner.query("select data from ticket_entries where ticket_id = $1 and event = 'time_rule' order by created_at, id", [ticketId])).rows.map((row) => row.data);
  // The marks keep microseconds, a Date milliseconds: one more millisecond reaches the mark's instant.
  const later = (from: Date, ms: number) => new Date(from.getTime() + ms + 1);

  beforeAll(async () => {
    database = await createTestDatabase();
    sink = testSmtpSink();
    const config = testConfig(database, {
      TESSERA_SMTP_URL: `smtp://${sink.host}:${sink.port}`,
      TESSERA_MAIL_FROM: `Desk <noreply@${domain}>`,
      WORKER_OUTBOX_INTERVAL_MS: '200',
      // The periodic sweep stays out of the way: each test sweeps at the instant it chooses.
      WORKER_TIME_RULE_SWEEP_INTERVAL_MS: '3600000',
    });
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
    owner = new Client({ connectionString: database.ownerUrl });
    await owner.connect();
    const created = await worker.get(ProvisioningService).provision({
      slug: 'timerules',
      name: 'Time rules',
      manager: { email: `manager@${domain}`, name: 'Marta Manager', password: 'a long enough password' },
    });
    tenant = { id: created.tenant.id, slug: created.tenant.slug };
    support = created.department.id;
    manager = created.manager.id;
    await run(async () => {
      field = (await worker.get(DepartmentAdminService).create({ name: 'Field', managerStaffId: manager })).id;
      const directory = worker.get(DirectoryService);
      pending = (await directory.firstStatusIn('pending')).id;
      resolved = (await directory.firstStatusIn('resolved')).id;
      open = (await directory.firstStatusIn('open')).id;
      reminder = (await worker.get(CannedResponseService).create(manager, { title: 'Still waiting', body: 'We are still waiting for your answer on {{ticket.reference}}.' })).id;
    });
  });

  afterAll(async () => {
    await owner.end();
    await worker.close();
    await database.drop();
  });

  it('mails the reminder once after 7 days pending, and resolves after 14', async () => {
    const remind = await rule({ name: 'Pending a week: remind', condition: 'state', state: 'pending', waitAmount: 7, waitUnit: 'days', actions: [{ kind: 'send-canned-response', value: reminder }] });
    const resolve = await rule({ name: 'Pending two weeks: resolve', condition: 'state', state: 'pending', waitAmount: 14, waitUnit: 'days', actions: [{ kind: 'set-status', value: resolved }] });
    const ticket = await openTicket('Waiting for the serial number');
    await moveTo(ticket, pending);
    const since = (await marksOf(ticket.id)).state_since;

    expect(await sweep(later(since, minutes(7 * 1440 - 1)))).toMatchObject({ acted: 0 });
    expect(await sweep(later(since, minutes(7 * 1440)))).toMatchObject({ acted: 1 });
    expect(await sweep(later(since, minutes(7 * 1440 + 60)))).toMatchObject({ acted: 0 });
    expect(await reminders(ticket.id)).toEqual([{ body: `We are still waiting for your answer on ${ticket.reference}.` }]);
    const mail = await sink.waitFor((m) => m.envelope.rcptTo.includes(`requester@${domain}`) && (m.parsed.text ?? '').includes('We are still waiting for your answer'), 20_000);
    expect(mail.parsed.subject).toContain(ticket.reference);
    // The reminder answers for the instance: the ticket stays pending, its 14 days still count.
    expect(await statusOf(ticket.id)).toBe('pending');

    expect(await sweep(later(since, minutes(14 * 1440)))).toMatchObject({ acted: 1 });
    expect(await statusOf(ticket.id)).toBe('resolved');
    expect(await ruleEvents(ticket.id)).toEqual([
      { ruleId: remind.id, name: 'Pending a week: remind', actions: [{ kind: 'send-canned-response', value: reminder, target: 'Still waiting', skipped: false }] },
      { ruleId: resolve.id, name: 'Pending two weeks: resolve', actions: [{ kind: 'set-status', value: resolved, target: expect.any(String), skipped: false }] },
    ]);
    const moved = await owner.query("select data->'to'->>'state' as state from ticket_entries where ticket_id = $1 and event = 'status' order by created_at desc limit 1", [ticket.id]);
    expect(moved.rows[0].state).toBe('resolved');
    expect(await sweep(later(since, minutes(30 * 1440)))).toMatchObject({ acted: 0 });
    const mails = await owner.query("select count(*)::int as n from mail_messages where ticket_id = $1 and template = 'ticket.response'", [ticket.id]);
    expect(mails.rows[0].n).toBe(1);
    await dropRule(remind.id);
    await dropRule(resolve.id);
  });

  it('notifies the department manager of a ticket unassigned for 2 hours', async () => {
    const unassigned = await rule({ name: 'Nobody on it', condition: 'unassigned', waitAmount: 2, waitUnit: 'hours', departmentId: field, actions: [{ kind: 'notify-department-manager' }, { kind: 'add-tags', value: 'unattended' }] });
    const ticket = await openTicket('The van does not start', field);
    const since = (await marksOf(ticket.id)).unassigned_since!;
    expect(since).not.toBeNull();
    expect(await sweep(later(since, minutes(119)))).toMatchObject({ acted: 0 });
    expect(await sweep(later(since, minutes(120)))).toMatchObject({ acted: 1 });
    expect(await sweep(later(since, minutes(240)))).toMatchObject({ acted: 0 });

    const toManager = await sink.waitFor((m) => m.envelope.rcptTo.includes(`manager@${domain}`) && (m.parsed.subject ?? '').includes(`[${ticket.reference}] Time rule Nobody on it: `), 20_000);
    expect(toManager.parsed.text).toContain(`The time rule "Nobody on it" acted on ticket ${ticket.reference} in Field.`);
    const outbox = await owner.query(`select payload from outbox where tenant_id = $1 and topic = 'ticket.time-rule' and payload->>'ticketId' = $2`, [tenant.id, ticket.id]);
    expect(outbox.rows).toEqual([{ payload: { ticketId: ticket.id, ruleId: unassigned.id, name: 'Nobody on it', notifyAssignee: false, notifyDepartmentManager: true } }]);
    const tags = await owner.query('select g.name from ticket_tags tt join tags g on g.id = tt.tag_id where tt.ticket_id = $1', [ticket.id]);
    expect(tags.rows).toEqual([{ name: 'unattended' }]);

    // A ticket of another department is not the rule's: its row is dropped when the time comes.
    const other = await openTicket('Printer jam');
    const otherSince = (await marksOf(other.id)).unassigned_since!;
    expect(await sweep(later(otherSince, minutes(121)))).toMatchObject({ acted: 0, passed: 1 });
    expect(await ruleEvents(other.id)).toEqual([]);
    await dropRule(unassigned.id);
  });

  it('starts a new episode when the ticket enters the condition again, and resets the wait when it left early', async () => {
    const remind = await rule({ name: 'Pending again', condition: 'state', state: 'pending', waitAmount: 7, waitUnit: 'days', actions: [{ kind: 'send-canned-response', value: reminder }] });
    const ticket = await openTicket('Which model is it?');
    await moveTo(ticket, pending);
    const first = (await marksOf(ticket.id)).state_since;
    expect(await sweep(later(first, minutes(7 * 1440)))).toMatchObject({ acted: 1 });

    // Saving the rule again does not bring back an episode it acted in.
    await run(() => worker.get(TimeRuleAdminService).update(remind.id, { name: 'Pending again, a week' }));
    expect(await sweep(later(first, minutes(8 * 1440)))).toMatchObject({ acted: 0 });

    await moveTo(ticket, open);
    await moveTo(ticket, pending);
    const second = (await marksOf(ticket.id)).state_since;
    expect(second.getTime()).toBeGreaterThan(first.getTime());
    expect(await sweep(later(second, minutes(7 * 1440 - 1)))).toMatchObject({ acted: 0 });
    expect(await sweep(later(second, minutes(7 * 1440)))).toMatchObject({ acted: 1 });
    expect(await reminders(ticket.id)).toHaveLength(2);
    const runs = await owner.query('select episode_at from time_rule_runs where rule_id = $1 and ticket_id = $2 order by episode_at', [remind.id, ticket.id]);
    expect(runs.rows.map((row) => row.episode_at)).toEqual([first, second]);

    // Pending for 3 days, open, pending again: the week counts from the last time it went pending.
    const early = await openTicket('Left early');
    await moveTo(early, pending);
    const left = (await marksOf(early.id)).state_since;
    await moveTo(early, open);
    await moveTo(early, pending);
    const back = (await marksOf(early.id)).state_since;
    const due = await owner.query('select episode_at, due_at from time_rule_due where rule_id = $1 and ticket_id = $2', [remind.id, early.id]);
    expect(due.rows).toEqual([{ episode_at: back, due_at: new Date(back.getTime() + minutes(7 * 1440)) }]);
    expect(back.getTime()).toBeGreaterThan(left.getTime());
    await moveTo(ticket, resolved);
    await moveTo(early, resolved);
    await dropRule(remind.id);
  });

  it('acts once when two workers sweep the instance at the same time, and once after a worker stopped', async () => {
    const remind = await rule({ name: 'Pending, twice swept', condition: 'state', state: 'pending', waitAmount: 7, waitUnit: 'days', actions: [{ kind: 'send-canned-response', value: reminder }] });
    const ticket = await openTicket('Two sweepers');
    await moveTo(ticket, pending);
    const since = (await marksOf(ticket.id)).state_since;
    const at = later(since, minutes(7 * 1440));
    const results = await Promise.all([sweep(at), sweep(at)]);
    expect(results.map((r) => r.acted).sort()).toEqual([0, 1]);
    expect(await reminders(ticket.id)).toHaveLength(1);
    expect((await owner.query('select 1 from time_rule_due where rule_id = $1 and ticket_id = $2', [remind.id, ticket.id])).rowCount).toBe(0);

    // A worker that stopped after acting but before the row was seen gone finds the episode taken.
    await owner.query(
      'insert into time_rule_due (tenant_id, rule_id, ticket_id, episode_at, due_at) select tenant_id, rule_id, ticket_id, episode_at, episode_at from time_rule_runs where rule_id = $1 and ticket_id = $2',
      [remind.id, ticket.id],
    );
    expect(await sweep(later(at, minutes(1)))).toMatchObject({ due: 1, acted: 0 });
    expect(await reminders(ticket.id)).toHaveLength(1);
    await moveTo(ticket, resolved);
    await dropRule(remind.id);
  });

  it('sweeps only the instances with a rule due, through the queue', async () => {
    const queue = worker.get<Queue>(getQueueToken(QueueName.TimeRules), { strict: false });
    const events = new QueueEvents(QueueName.TimeRules, { connection: queue.opts.connection, prefix: queue.opts.prefix });
    await events.waitUntilReady();
    try {
      // Every rule was deleted with its rows: nothing is due.
      expect((await owner.query('select 1 from time_rule_due where tenant_id = $1', [tenant.id])).rowCount).toBe(0);
      const idle = await queue.add('sweep', {});
      expect(await idle.waitUntilFinished(events, 20_000)).toEqual({ tenants: 0 });
      const tenantDone = new Promise<unknown>((resolve, reject) => {
        events.on('completed', ({ jobId, returnvalue }) => jobId === `time-rules-${tenant.id}` && resolve(returnvalue));
        events.on('failed', ({ jobId, failedReason }) => jobId === `time-rules-${tenant.id}` && reject(new Error(failedReason)));
      });
      const quick = await rule({ name: 'A minute pending', condition: 'state', state: 'pending', waitAmount: 1, waitUnit: 'minutes', actions: [{ kind: 'add-tags', value: 'nudged' }] });
      const ticket = await openTicket('Through the queue');
      await moveTo(ticket, pending);
      // The ticket went pending a minute ago.
      await owner.query("update ticket_time_marks set state_since = state_since - interval '1 minute' where ticket_id = $1", [ticket.id]);
      const due = await queue.add('sweep', {});
      expect(await due.waitUntilFinished(events, 20_000)).toEqual({ tenants: 1 });
      expect(await tenantDone).toMatchObject({ acted: 1 });
      await dropRule(quick.id);
    } finally {
      await events.close();
    }
  });
});
