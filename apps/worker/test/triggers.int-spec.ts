import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MAX_CHAIN_RUNS } from '@tessera/automation';
import { TenantDatabase } from '@tessera/database';
import { DirectoryService } from '@tessera/directory';
import { ProvisioningService } from '@tessera/platform';
import { QueueName } from '@tessera/queue';
import { TestDatabase, TestSmtpSink, createTestDatabase, testConfig, testSmtpSink, waitUntil } from '@tessera/testing';
import { AgentTicketService, TicketGate, TicketService, TicketWorkflowService, TriggerAdminService } from '@tessera/tickets';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { WorkerModule } from '../src/worker.module';

// Triggers on real PostgreSQL, Redis, the SMTP sink and a web receiver on 127.0.0.1, with the
// worker relaying: a requester's reply reopens a pending ticket and tags it; a priority raised to
// High mails the assignee from a template; a note calls an address; two triggers that would
// answer each other forever stop at the chain's bound; a trigger is not fired by its own change.
// Each case matches on its own subject word, so the triggers of one leave the others alone.
describe('worker: triggers', () => {
  const domain = 'triggers-desk.example';
  let database: TestDatabase;
  let worker: INestApplicationContext;
  let owner: Client;
  let sink: TestSmtpSink;
  let receiver: Server;
  let base: string;
  const received: { path: string; body: string }[] = [];
  let tenant: { id: string; slug: string };
  let managerId: string;
  let departmentId: string;
  const status: Record<string, string> = {};
  let highId: string;
  let lowId: string;

  const run = <T>(work: () => Promise<T>): Promise<T> => worker.get(TenantDatabase).run(tenant, work);
  const sql = async <T = Record<string, unknown>>(query: string, params: unknown[] = []) => (await owner.query(query, params)).rows as T[];

  beforeAll(async () => {
    receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push({ path: request.url ?? '', body });
        response.writeHead(200).end();
      });
    });
    await new Promise<void>((done) => receiver.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    database = await createTestDatabase();
    sink = testSmtpSink();
    const config = testConfig(database, {
      TESSERA_SMTP_URL: `smtp://${sink.host}:${sink.port}`,
      TESSERA_MAIL_FROM: `Deployment <noreply@${domain}>`,
      TESSERA_PUBLIC_URL: 'https://help.triggers-desk.example',
      WORKER_OUTBOX_INTERVAL_MS: '200',
    });
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
    owner = new Client({ connectionString: database.ownerUrl });
    await owner.connect();
    const created = await worker.get(ProvisioningService).provision({
      slug: 'triggers',
      name: 'Triggered desk',
      manager: { email: `manager@${domain}`, name: 'Marc Manager', password: 'a long enough password' },
    });
    tenant = { id: created.tenant.id, slug: created.tenant.slug };
    managerId = created.manager.id;
    departmentId = created.department.id;
    await run(async () => {
      const directory = worker.get(DirectoryService);
      for (const s of await directory.statuses()) status[s.state] ??= s.id;
      const priorities = await directory.priorities();
      highId = priorities.find((p) => p.name.toLowerCase() === 'high')!.id;
      lowId = priorities.find((p) => p.name.toLowerCase() === 'low')!.id;
      const triggers = worker.get(TriggerAdminService);
      const about = (word: string) => ({ field: 'subject' as const, operator: 'contains' as const, value: word });
      await triggers.create({
        name: 'Reply reopens',
        events: ['requester-reply'],
        match: 'all',
        conditions: [about('reopen'), { field: 'status', operator: 'equals', value: status.pending }],
        actions: [
          { kind: 'set-status', value: status.open },
          { kind: 'add-tags', value: 'replied' },
        ],
      });
      await triggers.create({
        name: 'High priority alert',
        events: ['priority'],
        match: 'all',
        conditions: [about('notify'), { field: 'priority', operator: 'changed-to', value: highId }],
        actions: [{ kind: 'send-notification', value: 'alert.ticket.assigned', to: 'assignee' }],
      });
      await triggers.create({ name: 'Notes call out', events: ['note'], match: 'all', conditions: [about('hooked')], actions: [{ kind: 'call-webhook', value: `${base}/notes` }] });
      await triggers.create({
        name: 'Ping',
        events: ['status'],
        match: 'all',
        conditions: [about('pingpong'), { field: 'status', operator: 'changed-to', value: status.open }],
        actions: [{ kind: 'set-status', value: status.pending }],
      });
      await triggers.create({
        name: 'Pong',
        events: ['status'],
        match: 'all',
        conditions: [about('pingpong'), { field: 'status', operator: 'changed-to', value: status.pending }],
        actions: [{ kind: 'set-status', value: status.open }],
      });
      // Its own change is a priority change too: only the loop guard keeps it from firing again.
      await triggers.create({
        name: 'Selfish',
        events: ['priority'],
        match: 'all',
        conditions: [about('selfish')],
        actions: [
          { kind: 'set-priority', value: lowId },
          { kind: 'call-webhook', value: `${base}/selfish` },
        ],
      });
    });
  });

  afterAll(async () => {
    await owner.end();
    await worker.close();
    await database.drop();
    await new Promise((done) => receiver.close(done));
  });

  const open = (subject: string, extra: { assigneeStaffId?: string } = {}) =>
    run(() => worker.get(TicketService).open({ requester: { email: `lea@${domain}`, name: 'Lea' }, subject, body: 'Hello', source: 'web', departmentId, ...extra }, { kind: 'system' }));

  // Nothing left to do: the outbox is relayed and every job has run.
  async function drained(): Promise<void> {
    const queue = worker.get<Queue>(getQueueToken(QueueName.Outbox), { strict: false });
    await waitUntil(
      async () => {
        const [{ pending }] = await sql<{ pending: number }>('select count(*)::int as pending from outbox where dispatched_at is null');
        const jobs = await queue.getJobs(['waiting', 'active', 'delayed', 'prioritized']);
        const [{ unsent }] = await sql<{ unsent: number }>(`select count(*)::int as unsent from mail_messages where direction = 'out' and status = 'pending'`);
        return pending === 0 && unsent === 0 && jobs.every((job) => job.name !== 'deliver');
      },
      60_000,
      'the outbox to drain',
    );
  }

  const triggered = (ticketId: string) =>
    sql<{ data: { name: string; actions: { kind: string; target: string | null; skipped: boolean }[] } }>(
      `select data from ticket_entries where ticket_id = $1 and event = 'triggered' order by id`,
      [ticketId],
    );

  it('reopens a pending ticket on the requester’s reply and tags it', async () => {
    const ticket = await open('Please reopen me');
    await run(async () => worker.get(TicketService).moveTo(await worker.get(TicketService).byId(ticket.id), await worker.get(DirectoryService).status(status.pending), { kind: 'system' }));
    await drained();
    await run(async () => worker.get(TicketService).requesterReply(await worker.get(TicketService).byId(ticket.id), ticket.requesterId, 'Still broken'));
    await drained();
    const [row] = await sql<{ status_id: string }>('select status_id from tickets where id = $1', [ticket.id]);
    expect(row.status_id).toBe(status.open);
    expect(await sql(`select t.name from ticket_tags tt join tags t on t.id = tt.tag_id where tt.ticket_id = $1`, [ticket.id])).toEqual([{ name: 'replied' }]);
    const events = await triggered(ticket.id);
    expect(events.map((e) => [e.data.name, e.data.actions.map((a) => [a.kind, a.target, a.skipped])])).toEqual([
      ['Reply reopens', [['set-status', 'Open', false], ['add-tags', null, false]]],
    ]);
  });

  it('mails the assignee from a template when the priority is raised to High', async () => {
    const ticket = await open('Please notify', { assigneeStaffId: managerId });
    await run(async () => {
      const agent = await worker.get(TicketGate).forAgent(managerId);
      await worker.get(TicketWorkflowService).setPriority(agent, await worker.get(TicketService).byId(ticket.id), { priorityId: highId });
    });
    await drained();
    const mails = await sql<{ status: string }>(
      `select status from mail_messages where direction = 'out' and ticket_id = $1 and address = $2 and template = 'alert.ticket.assigned'`,
      [ticket.id, `manager@${domain}`],
    );
    expect(mails).toEqual([{ status: 'sent' }]);
    await sink.waitFor((m) => m.envelope.rcptTo.includes(`manager@${domain}`) && (m.parsed.text ?? '').includes(ticket.reference), 60_000);
  });

  it('calls the address a trigger names with the event that fired it', async () => {
    const ticket = await open('Get hooked');
    await run(async () => {
      const agent = await worker.get(TicketGate).forAgent(managerId);
      await worker.get(AgentTicketService).note(agent, await worker.get(TicketService).byId(ticket.id), 'Internal thoughts', false);
    });
    await drained();
    const calls = received.filter((r) => r.path === '/notes');
    expect(calls).toHaveLength(1);
    expect(JSON.parse(calls[0].body)).toMatchObject({ kind: 'ticket.note', instance: 'triggers', data: { ticketId: ticket.id } });
  });

  it('stops two triggers that answer each other at the chain’s bound', async () => {
    const ticket = await open('pingpong forever');
    await run(async () => {
      const tickets = worker.get(TicketService);
      await tickets.moveTo(await tickets.byId(ticket.id), await worker.get(DirectoryService).status(status.open), { kind: 'system' });
    });
    await drained();
    const events = await triggered(ticket.id);
    expect(events).toHaveLength(MAX_CHAIN_RUNS);
    expect(events.map((e) => e.data.name)).toEqual(Array.from({ length: MAX_CHAIN_RUNS }, (_, i) => (i % 2 === 0 ? 'Ping' : 'Pong')));
  });

  it('does not fire a trigger on its own change', async () => {
    const ticket = await open('selfish ticket');
    await run(async () => {
      const agent = await worker.get(TicketGate).forAgent(managerId);
      await worker.get(TicketWorkflowService).setPriority(agent, await worker.get(TicketService).byId(ticket.id), { priorityId: highId });
    });
    await drained();
    const [row] = await sql<{ priority_id: string }>('select priority_id from tickets where id = $1', [ticket.id]);
    expect(row.priority_id).toBe(lowId);
    expect((await triggered(ticket.id)).map((e) => e.data.name)).toEqual(['Selfish']);
    expect(received.filter((r) => r.path === '/selfish')).toHaveLength(1);
  });
});
