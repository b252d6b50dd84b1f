import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Config } from '@tessera/config';
import { TenantDatabase, TenantRef } from '@tessera/database';
import { DepartmentAdminService, DirectoryService, SettingsAdminService } from '@tessera/directory';
import { REPLY_ABOVE_TOKEN, loopToken, ownMail, parseMessage } from '@tessera/mail';
import { MailboxAdminService } from '@tessera/mailboxes';
import { ProvisioningService } from '@tessera/platform';
import { QueueName } from '@tessera/queue';
import {
  SinkMessage,
  TestDatabase,
  TestImapUser,
  TestSmtpSink,
  createTestDatabase,
  deliveryReport,
  testConfig,
  testImapServer,
  testSmtpSink,
  waitUntil,
} from '@tessera/testing';
import { AgentTicketService, TicketGate, TicketService, TicketWorkflowService } from '@tessera/tickets';
import { Queue } from 'bullmq';
import { ImapFlow } from 'imapflow';
import { Client } from 'pg';
import { WorkerModule } from '../src/worker.module';

// A requester who only uses e-mail, against real Dovecot, the SMTP sink, PostgreSQL and Redis,
// with the worker running on its own schedule: writing to the department's address opens a ticket
// and brings the auto-response; a reply to it lands in the same ticket with the quote cut; the
// agent's response reaches the requester threaded; out-of-office mail and bounces get no answer;
// the requester is told of the resolution.
describe('mail both ways, end to end', () => {
  const requester = 'marta@roundtrip-uni.example';
  let database: TestDatabase;
  let config: Config;
  let worker: INestApplicationContext;
  let owner: Client;
  let sink: TestSmtpSink;
  let account: TestImapUser;
  let tenant: TenantRef;
  let managerId: string;
  let address: string;
  let reference: string;
  let autoResponse: SinkMessage;
  let agentResponse: SinkMessage;

  const run = <T>(work: () => Promise<T>) => worker.get(TenantDatabase).run(tenant, work);
  const sql = async <T = Record<string, unknown>>(query: string, params: unknown[] = []) => (await owner.query(query, params)).rows as T[];

  beforeAll(async () => {
    database = await createTestDatabase();
    sink = testSmtpSink();
    account = await testImapServer().addUser('roundtrip');
    config = testConfig(database, {
      TESSERA_SMTP_URL: `smtp://${sink.host}:${sink.port}`,
      TESSERA_MAIL_FROM: 'Helpdesk <noreply@roundtrip.example>',
      TESSERA_PUBLIC_URL: 'https://help.roundtrip.example',
      WORKER_OUTBOX_INTERVAL_MS: '200',
      WORKER_MAIL_SWEEP_INTERVAL_MS: '500',
    });
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
    owner = new Client({ connectionString: database.ownerUrl });
    await owner.connect();
    const created = await worker.get(ProvisioningService).provision({
      slug: 'roundtrip',
      name: 'Student office',
      manager: { email: 'manager@roundtrip.example', name: 'Jordi Vidal', password: 'a long enough password' },
    });
    tenant = { id: created.tenant.id, slug: created.tenant.slug };
    managerId = created.manager.id;
    address = `${account.user}@roundtrip.example`;
    await run(async () => {
      await worker.get(SettingsAdminService).update({ referenceFormat: 'suport#{n}' });
      await worker.get(DepartmentAdminService).update(created.department.id, { outgoingEmail: address });
      // Fetched every 10 seconds (the shortest interval) by the worker's own sweep.
      await worker.get(MailboxAdminService).create({
        name: 'Support',
        address,
        departmentId: created.department.id,
        imapHost: testImapServer().host,
        imapPort: testImapServer().port,
        imapSecurity: 'none',
        imapUser: account.user,
        imapPassword: account.password,
        fetchIntervalSeconds: 10,
      });
    });
  });

  afterAll(async () => {
    await owner.end();
    await worker.close();
    await database.drop();
  });

  // Delivers a message into the mailbox, as the requester's mail server would.
  async function deliver(raw: Buffer): Promise<void> {
    const imap = new ImapFlow({ host: testImapServer().host, port: testImapServer().port, secure: false, auth: { user: account.user, pass: account.password }, logger: false });
    imap.on('error', () => undefined);
    await imap.connect();
    try {
      await imap.append('INBOX', raw);
    } finally {
      await imap.logout();
    }
  }

  function mail(headers: Record<string, string>, body: string): Buffer {
    const lines = Object.entries({ 'MIME-Version': '1.0', 'Content-Type': 'text/plain; charset=utf-8', Date: new Date().toUTCString(), ...headers });
    return Buffer.from(`${lines.map(([name, value]) => `${name}: ${value}`).join('\r\n')}\r\n\r\n${body.replace(/\r?\n/g, '\r\n')}\r\n`);
  }

  const received = (messageId: string) =>
    waitUntil(async () => (await sql('select 1 from mail_messages where direction = $1 and message_id = $2', ['in', messageId])).length > 0, 60_000, `the intake of ${messageId}`);

  const mailTo = (to: string, subject: string) =>
    sink.waitFor((m) => m.envelope.rcptTo.includes(to) && (m.parsed.subject ?? '').includes(subject), 60_000);

  // Nothing left to send: the outbox is relayed and every delivery job has run.
  async function drained(): Promise<void> {
    const queue = worker.get<Queue>(getQueueToken(QueueName.Outbox), { strict: false });
    await waitUntil(
      async () => {
        const [{ pending }] = await sql<{ pending: number }>('select count(*)::int as pending from outbox where dispatched_at is null');
        // The relay's own next run always waits as a delayed job: count deliveries only.
        const jobs = await queue.getJobs(['waiting', 'active', 'delayed', 'prioritized']);
        return pending === 0 && jobs.every((job) => job.name !== 'deliver');
      },
      30_000,
      'the outbox to drain',
    );
  }

  it('opens a ticket from a mail to the department and answers with the reference', async () => {
    await deliver(mail({ From: `Marta Soler <${requester}>`, To: `Support <${address}>`, Subject: 'Projector broken', 'Message-ID': '<first@roundtrip-uni.example>' }, 'The projector in room 12 is dead.'));
    autoResponse = await mailTo(requester, 'Projector broken');
    const [ticket] = await sql<{ reference: string; source: string; subject: string }>('select reference, source, subject from tickets');
    reference = ticket.reference;
    expect(ticket).toEqual({ reference: 'suport#1', source: 'email', subject: 'Projector broken' });
    expect(autoResponse.parsed.subject).toContain('[suport#1]');
    expect(autoResponse.parsed.headers.get('auto-submitted')).toBe('auto-replied');
    expect(autoResponse.parsed.from?.value[0].address).toBe(address);
    expect(autoResponse.parsed.inReplyTo).toBe('<first@roundtrip-uni.example>');
    expect(autoResponse.parsed.text).toContain(REPLY_ABOVE_TOKEN);
    // The link opens the ticket without an account: it carries the requester's guest token.
    expect(autoResponse.parsed.text).toMatch(/https:\/\/help\.roundtrip\.example\/roundtrip\/tickets\/suport%231\?email=[^&\s]+&token=tsg_/);
  }, 90_000);

  it("threads the requester's reply to the auto-response into the ticket, with the quoted history cut", async () => {
    const quoted = (autoResponse.parsed.text ?? '').split('\n').map((line) => `> ${line}`).join('\n');
    await deliver(
      mail(
        {
          From: `Marta Soler <${requester}>`,
          To: address,
          Subject: `Re: ${autoResponse.parsed.subject}`,
          'Message-ID': '<second@roundtrip-uni.example>',
          'In-Reply-To': autoResponse.parsed.messageId!,
          References: `<first@roundtrip-uni.example> ${autoResponse.parsed.messageId}`,
        },
        `It is the ceiling one, thanks.\n\nOn ${new Date().toUTCString()}, Student office <${address}> wrote:\n${quoted}`,
      ),
    );
    await received('second@roundtrip-uni.example');
    const messages = await sql<{ body: string }>(
      `select e.body from ticket_entries e join tickets t on t.tenant_id = e.tenant_id and t.id = e.ticket_id where t.reference = $1 and e.kind = 'message' order by e.id`,
      [reference],
    );
    expect(messages.map((m) => m.body)).toEqual(['The projector in room 12 is dead.', 'It is the ceiling one, thanks.']);
    expect(await sql('select reference from tickets')).toEqual([{ reference }]);
  }, 90_000);

  it("mails the agent's response to the requester with our headers, threaded to their mail", async () => {
    await run(async () => {
      const agent = await worker.get(TicketGate).forAgent(managerId);
      await worker.get(AgentTicketService).reply(agent, await agent.open(reference), 'A technician will replace the lamp this afternoon.');
    });
    agentResponse = await sink.waitFor((m) => m.envelope.rcptTo.includes(requester) && (m.parsed.text ?? '').includes('replace the lamp'), 60_000);
    expect(agentResponse.parsed.subject).toContain(`[${reference}]`);
    expect(agentResponse.parsed.headers.get('auto-submitted')).toBeUndefined();
    expect(agentResponse.parsed.inReplyTo).toBe('<second@roundtrip-uni.example>');
    expect(agentResponse.parsed.references).toEqual(expect.arrayContaining(['<first@roundtrip-uni.example>', '<second@roundtrip-uni.example>']));
    expect(agentResponse.parsed.replyTo?.value[0].address).toBe(address);
    expect(agentResponse.parsed.text).toContain(REPLY_ABOVE_TOKEN);
    const parsed = await parseMessage(agentResponse.raw);
    expect(parsed.unparseable ? null : ownMail(parsed, loopToken(tenant.id, config.secretKey))).toBe('loop-header');
  }, 90_000);

  it('gives an out-of-office reply and a bounce no answer', async () => {
    await drained();
    const before = (await sink.messages({ to: requester })).length;
    await deliver(
      mail(
        {
          From: requester,
          To: address,
          Subject: `Out of office: ${agentResponse.parsed.subject}`,
          'Message-ID': '<away@roundtrip-uni.example>',
          'In-Reply-To': agentResponse.parsed.messageId!,
          'Auto-Submitted': 'auto-replied',
        },
        'I am away until Monday.',
      ),
    );
    await deliver(deliveryReport({ to: address, recipient: requester, messageId: 'dsn@mx.roundtrip-uni.example', originalMessageId: agentResponse.parsed.messageId!.replace(/[<>]/g, '') }));
    await received('away@roundtrip-uni.example');
    await received('dsn@mx.roundtrip-uni.example');
    const intake = await sql<{ kind: string; status: string; reference: string }>(
      `select m.kind, m.status, t.reference from mail_messages m join tickets t on t.tenant_id = m.tenant_id and t.id = m.ticket_id
        where m.message_id in ('away@roundtrip-uni.example', 'dsn@mx.roundtrip-uni.example') order by m.kind`,
    );
    expect(intake).toEqual([
      { kind: 'auto-reply', status: 'accepted', reference },
      { kind: 'bounce', status: 'accepted', reference },
    ]);
    await drained();
    expect((await sink.messages({ to: requester })).length).toBe(before);
    expect(await sink.messages({ to: 'MAILER-DAEMON@mx.uni.example' })).toEqual([]);
    // The response that bounced shows as failed; the address is flagged.
    expect(await sql(`select status from mail_messages where direction = 'out' and message_id = $1`, [agentResponse.parsed.messageId!.replace(/[<>]/g, '')])).toEqual([
      { status: 'failed' },
    ]);
    expect(await sql('select bounced_at is not null as bounced from requester_emails where email = $1', [requester])).toEqual([{ bounced: true }]);
  }, 90_000);

  it('tells the requester the ticket is resolved', async () => {
    await run(async () => {
      const agent = await worker.get(TicketGate).forAgent(managerId);
      const resolved = await worker.get(DirectoryService).firstStatusIn('resolved');
      await worker.get(TicketWorkflowService).setStatus(agent, await agent.open(reference), resolved.id);
    });
    const notice = await sink.waitFor((m) => m.envelope.rcptTo.includes(requester) && /resolved/i.test(m.parsed.subject ?? ''), 60_000);
    expect(notice.parsed.subject).toContain(`[${reference}]`);
    expect(await run(async () => (await worker.get(TicketService).byReference(reference)).resolvedAt)).not.toBeNull();
  }, 90_000);
});
