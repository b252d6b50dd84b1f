import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Config } from '@tessera/config';
import { Outbox, TenantDatabase, newId } from '@tessera/database';
import { AgentAdminService, DepartmentAdminService, DirectoryService, SettingsAdminService } from '@tessera/directory';
import { loopToken, ownMail, parseMessage, replyAboveLine } from '@tessera/mail';
import { MailboxAdminService } from '@tessera/mailboxes';
import { NotificationSettingsService } from '@tessera/notifications';
import { TicketMailSender } from '@tessera/outbound';
import { WebhookAdminService } from '@tessera/webhooks';
import { ProvisioningService } from '@tessera/platform';
import { QueueName } from '@tessera/queue';
import { RequesterService } from '@tessera/requesters';
import { SinkMessage, TestDatabase, TestSmtpSink, createTestDatabase, testConfig, testSmtpSink, waitUntil } from '@tessera/testing';
import {
  AgentTicketService,
  BlobStore,
  PortalTicketService,
  Ticket,
  TicketGate,
  TicketQueryService,
  TicketService,
  TicketWorkflowService,
} from '@tessera/tickets';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { WorkerModule } from '../src/worker.module';
import { deliveryJobId } from '../src/processors/outbox/outbox.jobs';

// Notices and alerts about tickets, from the outbox to the SMTP sink, against real PostgreSQL,
// Redis and SMTP. Addresses are unique to this file: other files share the sink.
describe('worker: ticket mail', () => {
  const domain = 'ticketmail.example';
  let database: TestDatabase;
  let worker: INestApplicationContext;
  let owner: Client;
  let sink: TestSmtpSink;
  let config: Config;
  let tenant: { id: string; slug: string };
  let queue: Queue;
  let department: string;
  let quiet: string;
  const staff: Record<'manager' | 'anna' | 'ben' | 'cai', string> = { manager: '', anna: '', ben: '', cai: '' };

  const run = <T>(work: () => Promise<T>): Promise<T> => worker.get(TenantDatabase).run(tenant, work);

  beforeAll(async () => {
    database = await createTestDatabase();
    sink = testSmtpSink();
    config = testConfig(database, {
      TESSERA_SMTP_URL: `smtp://${sink.host}:${sink.port}`,
      TESSERA_MAIL_FROM: `Deployment <noreply@${domain}>`,
      TESSERA_PUBLIC_URL: 'https://help.ticketmail.example',
      WORKER_OUTBOX_INTERVAL_MS: '200',
    });
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
    queue = worker.get<Queue>(getQueueToken(QueueName.Outbox), { strict: false });
    owner = new Client({ connectionString: database.ownerUrl });
    await owner.connect();
    const created = await worker.get(ProvisioningService).provision({
      slug: 'escola',
      name: 'Student office, North',
      manager: { email: `manager@${domain}`, name: 'Marc Manager', password: 'a long enough password' },
    });
    tenant = { id: created.tenant.id, slug: created.tenant.slug };
    department = created.department.id;
    staff.manager = created.manager.id;
    await run(async () => {
      await worker.get(DepartmentAdminService).update(department, { outgoingEmail: `suport@${domain}` });
      quiet = (await worker.get(DepartmentAdminService).create({ name: 'Quiet', autoResponse: false })).id;
      await worker.get(MailboxAdminService).create({ name: 'Quiet desk', address: `quiet-desk@${domain}`, departmentId: quiet });
      const agents = worker.get(AgentAdminService);
      const agent = async (name: string, departmentId: string, extra: { language?: string; signature?: string } = {}) =>
        (await agents.create({ email: `${name}@${domain}`, name, password: 'a long enough password', primaryDepartmentId: departmentId, roleId: created.roleIds.all, ...extra }))
          .staff.id;
      staff.anna = await agent('anna', department, { signature: 'Anna Puig\nStudent office' });
      staff.ben = await agent('ben', department, { language: 'ca' });
      staff.cai = await agent('cai', quiet);
    });
  });

  afterAll(async () => {
    await owner.end();
    await worker.close();
    await database.drop();
  });

  // A ticket opened in the portal without an account, as the portal route opens it.
  async function openInPortal(requester: string, subject: string, collaborators: string[] = []): Promise<{ ticket: Ticket; guestToken: string }> {
    return run(async () => {
      const [topic] = await worker.get(DirectoryService).helpTopics();
      const portal = worker.get(PortalTicketService);
      const opened = await portal.create(null, { helpTopicId: topic.id, subject, message: 'The printer is smoking.', collaborators, guest: { name: requester.split('@')[0], email: requester } });
      const tickets = worker.get(TicketService);
      return { ticket: await tickets.byReference(opened.ticket.reference), guestToken: (await tickets.guestLinkOf(opened.ticket.reference, requester))!.token };
    });
  }

  // A message as the intake pipeline adds it: the entry and the record of the mail it came as,
  // in one transaction.
  async function mailIn(ticket: Ticket, from: string, kind: string): Promise<{ entryId: string; messageId: string }> {
    return run(async () => {
      const tickets = worker.get(TicketService);
      const requester = await owner.query('select requester_id from requester_emails where tenant_id = $1 and email = $2', [tenant.id, from]);
      const { entry } = await tickets.requesterReply(await tickets.byId(ticket.id), requester.rows[0].requester_id, `A reply (${kind}).`);
      const messageId = `${newId()}@client.example`;
      const raw = Buffer.from(`Message-ID: <${messageId}>\r\n\r\nA reply.\r\n`);
      const sha256 = await worker.get(BlobStore).store(raw);
      await worker.get(TenantDatabase).manager.query(
        `insert into mail_messages (tenant_id, id, direction, message_id, ticket_id, entry_id, address, subject, kind, status, raw_sha256, received_at)
         values (tessera_current_tenant(), $1, 'in', $2, $3, $4, $5, $6, $7, 'accepted', $8, now())`,
        [newId(), messageId, ticket.id, entry.id, from, `Re: [${ticket.reference}]`, kind, sha256],
      );
      return { entryId: entry.id, messageId };
    });
  }

  async function reply(staffId: string, ticket: Ticket, message: string) {
    return run(async () => {
      const agent = await worker.get(TicketGate).forAgent(staffId);
      return worker.get(AgentTicketService).reply(agent, await agent.open(ticket.reference), message);
    });
  }

  // The newest outbox message of a topic about a ticket.
  async function outboxOf(topic: string, ticket: Ticket): Promise<string> {
    const { rows } = await owner.query(
      `select id from outbox where tenant_id = $1 and topic = $2 and payload ->> 'ticketId' = $3 order by id desc limit 1`,
      [tenant.id, topic, ticket.id],
    );
    if (!rows[0]) throw new Error(`no ${topic} for ${ticket.reference}`);
    return rows[0].id;
  }

  // Waits until the outbox message's delivery job has finished, and answers its mail rows.
  async function delivered(topic: string, ticket: Ticket) {
    const outboxId = await outboxOf(topic, ticket);
    await waitUntil(async () => {
      const state = await queue.getJobState(deliveryJobId(outboxId, 'ticket-mail'));
      if (state === 'failed') throw new Error(`delivery of ${topic} failed`);
      return state === 'completed';
    }, 20_000);
    const { rows } = await owner.query(
      `select id, address, template, status, attempts, last_error, message_id, entry_id, sent_at from mail_messages
        where tenant_id = $1 and outbox_id = $2 order by created_at, id`,
      [tenant.id, outboxId],
    );
    return rows;
  }

  const mailTo = (address: string, subject: string): Promise<SinkMessage> =>
    sink.waitFor((m) => m.envelope.rcptTo.includes(address) && (m.parsed.subject ?? '').includes(subject), 20_000);
  const header = (mail: SinkMessage, name: string) => mail.parsed.headers.get(name);

  it('confirms a new ticket to its requester with a guest link and alerts the department', async () => {
    const requester = `marta@${domain}`;
    const { ticket, guestToken } = await openInPortal(requester, 'Printer on fire');
    const mail = await mailTo(requester, ticket.reference);
    const rows = await delivered('ticket.created', ticket);

    expect(mail.parsed.subject).toBe(`[${ticket.reference}] We have received your request: Printer on fire`);
    expect(mail.parsed.from?.value).toEqual([{ name: 'Student office, North', address: `suport@${domain}` }]);
    expect(mail.parsed.replyTo?.value).toEqual([{ name: '', address: `suport@${domain}` }]);
    expect(header(mail, 'auto-submitted')).toBe('auto-replied');
    expect(header(mail, 'x-auto-response-suppress')).toBe('All');
    expect(mail.parsed.text!.startsWith(replyAboveLine('en'))).toBe(true);
    // Our own, should it come back: the loop header and the Message-ID say so.
    const notice = rows.find((row) => row.template === 'ticket.new.autoresponse');
    const token = loopToken(tenant.id, config.secretKey);
    expect(mail.parsed.messageId).toBe(`<${notice.id}.${token}@help.ticketmail.example>`);
    expect(notice).toMatchObject({ address: requester, status: 'sent', attempts: 1, message_id: `${notice.id}.${token}@help.ticketmail.example` });
    const parsed = await parseMessage(mail.raw);
    expect(parsed.unparseable ? null : ownMail(parsed, token)).toBe('loop-header');
    expect(parsed.unparseable ? null : ownMail({ ...parsed, headers: new Map() }, token)).toBe('message-id');

    // The link carries the requester's guest link, which opens the ticket as the portal's guest route does.
    const link = new URL(/https:\/\/help\.ticketmail\.example\/escola\/tickets\/\S+/.exec(mail.parsed.text!)![0]);
    expect(decodeURIComponent(link.pathname)).toBe(`/escola/tickets/${ticket.reference}`);
    expect(link.searchParams.get('email')).toBe(requester);
    expect(link.searchParams.get('token')).toBe(guestToken);
    const session = await run(() =>
      worker.get(PortalTicketService).openGuestSession(ticket.reference, link.searchParams.get('email')!, link.searchParams.get('token')!, '192.0.2.1'),
    );
    expect(session.reference).toBe(ticket.reference);

    // The department's agents are alerted, each in their language, with the agent panel's link.
    const [message] = (await run(() => worker.get(TicketService).entries(ticket.id, ['public']))).filter((e) => e.kind === 'message');
    const alerts = rows.filter((row) => row.template === 'alert.ticket.new');
    expect(alerts.map((row) => row.address).sort()).toEqual([`anna@${domain}`, `ben@${domain}`, `manager@${domain}`]);
    expect(rows.every((row) => row.status === 'sent' && row.entry_id === message.id)).toBe(true);
    const catalan = await mailTo(`ben@${domain}`, ticket.reference);
    expect(catalan.parsed.subject).toBe(`[${ticket.reference}] Tiquet nou: Printer on fire`);
    expect(catalan.parsed.text).toContain(replyAboveLine('ca'));
    expect(catalan.parsed.text).toContain(`https://help.ticketmail.example/escola/scp/tickets/${encodeURIComponent(ticket.reference)}`);
    expect(header(catalan, 'auto-submitted')).toBe('auto-generated');
  });

  it('mails a ticket’s guest link to a participant who asks for it, in their language, and to nobody else', async () => {
    const requester = `anaid@${domain}`;
    const collaborator = `gerard@${domain}`;
    const { ticket, guestToken } = await openInPortal(requester, 'Lost my link', [collaborator]);
    await owner.query(`update requesters set language = 'de' where tenant_id = $1 and id = (select requester_id from requester_emails where email = $2)`, [
      tenant.id,
      collaborator,
    ]);
    const ask = (email: string) => run(() => worker.get(PortalTicketService).mailGuestLink(ticket.reference, email, '192.0.2.7'));
    await ask(requester.toUpperCase());
    await ask(collaborator);
    await ask(`stranger@${domain}`);
    const own = await mailTo(requester, 'The link to your request');
    expect(own.parsed.subject).toBe(`[${ticket.reference}] The link to your request: Lost my link`);
    expect(header(own, 'auto-submitted')).toBe('auto-generated');
    const link = new URL(/https:\/\/help\.ticketmail\.example\/escola\/tickets\/\S+/.exec(own.parsed.text!)![0]);
    expect(link.searchParams.get('email')).toBe(requester);
    expect(link.searchParams.get('token')).toBe(guestToken);
    // The collaborator's link is their own, in German.
    const german = await mailTo(collaborator, 'Der Link zu Ihrer Anfrage');
    const theirs = new URL(/https:\/\/help\.ticketmail\.example\/escola\/tickets\/\S+/.exec(german.parsed.text!)![0]);
    expect(theirs.searchParams.get('token')).not.toBe(guestToken);
    const session = await run(() => worker.get(PortalTicketService).openGuestSession(ticket.reference, collaborator, theirs.searchParams.get('token')!, '192.0.2.7'));
    expect(session.reference).toBe(ticket.reference);
    // Sent: the link leaves the outbox; the stranger got nothing.
    const { rows } = await owner.query("select payload from outbox where tenant_id = $1 and topic = 'requester.ticket-link' order by id", [tenant.id]);
    expect(rows.map((row) => row.payload.email)).toEqual([requester, collaborator]);
    await waitUntil(async () => (await owner.query("select 1 from outbox where tenant_id = $1 and topic = 'requester.ticket-link' and payload ? 'token'", [tenant.id])).rowCount === 0);
    expect(await sink.messages({ to: `stranger@${domain}` })).toEqual([]);
  });

  it('mails an agent’s response to the requester and the collaborators, threaded, and shows its delivery on the thread', async () => {
    const requester = `joan@${domain}`;
    const collaborator = `lucia@${domain}`;
    const { ticket } = await openInPortal(requester, 'Wi-Fi down', [collaborator]);
    const confirmation = await mailTo(requester, ticket.reference);
    await owner.query(`update requesters set language = 'es' where tenant_id = $1 and id = (select requester_id from requester_emails where email = $2)`, [
      tenant.id,
      collaborator,
    ]);
    // The requester writes again by mail: answered automatically, in the thread of their mail.
    const incoming = await mailIn(ticket, requester, 'human');
    const answered = await mailTo(requester, 'We have received your message');
    expect(answered.parsed.inReplyTo).toBe(`<${incoming.messageId}>`);
    expect(answered.parsed.references).toEqual([confirmation.parsed.messageId, `<${incoming.messageId}>`]);
    expect(header(answered, 'auto-submitted')).toBe('auto-replied');
    const messageMails = await delivered('ticket.message', ticket);
    expect(messageMails.filter((row) => row.template === 'alert.ticket.message').map((row) => row.address).sort()).toEqual([
      `anna@${domain}`,
      `ben@${domain}`,
      `manager@${domain}`,
    ]);

    const response = await reply(staff.anna, ticket, 'We restarted the access point.');
    const [toRequester, toCollaborator] = await Promise.all([mailTo(requester, `[${ticket.reference}] Wi-Fi down`), mailTo(collaborator, ticket.reference)]);
    for (const mail of [toRequester, toCollaborator]) {
      expect(mail.parsed.subject).toBe(`[${ticket.reference}] Wi-Fi down`);
      expect(mail.parsed.inReplyTo).toBe(`<${incoming.messageId}>`);
      expect(mail.parsed.references).toEqual([confirmation.parsed.messageId, `<${incoming.messageId}>`]);
      // Written by a person: no automatic marks, but still recognisably ours.
      expect(header(mail, 'auto-submitted')).toBeUndefined();
      expect(header(mail, 'x-auto-response-suppress')).toBeUndefined();
      expect(header(mail, 'x-tessera-loop')).toBe(loopToken(tenant.id, config.secretKey));
      expect(mail.parsed.text).toContain('We restarted the access point.');
      expect(mail.parsed.text).toContain('anna');
    }
    expect(toRequester.parsed.text).toContain('Dear joan,');
    expect(toCollaborator.parsed.text).toContain('Hola, lucia:');
    expect(toCollaborator.parsed.text).toContain(replyAboveLine('es'));

    const rows = await delivered('ticket.response', ticket);
    expect(rows.map((row) => [row.address, row.template, row.status])).toEqual([
      [requester, 'ticket.response', 'sent'],
      [collaborator, 'ticket.response', 'sent'],
    ]);
    const thread = await run(async () => worker.get(TicketQueryService).thread(await worker.get(TicketService).byId(ticket.id), ['public', 'internal', 'restricted']));
    const entry = thread.find((e) => e.id === response.id)!;
    expect(entry.deliveries).toEqual([
      { address: requester, template: 'ticket.response', status: 'sent', messageId: toRequester.parsed.messageId!.slice(1, -1), sentAt: expect.any(Date), lastError: null },
      { address: collaborator, template: 'ticket.response', status: 'sent', messageId: toCollaborator.parsed.messageId!.slice(1, -1), sentAt: expect.any(Date), lastError: null },
    ]);
    expect(thread.find((e) => e.id === incoming.entryId)!.deliveries.map((d) => d.template)).toContain('ticket.message.autoresponse');
  });

  it('never answers an automatic sender, but still alerts the agents', async () => {
    const requester = `pere@${domain}`;
    const { ticket } = await openInPortal(requester, 'Projector');
    await delivered('ticket.created', ticket);
    await mailIn(ticket, requester, 'auto-reply');
    const rows = await delivered('ticket.message', ticket);
    expect(rows.map((row) => row.template)).not.toContain('ticket.message.autoresponse');
    expect(rows.filter((row) => row.template === 'alert.ticket.message')).toHaveLength(3);
  });

  it('sends nothing a manager switched off for the instance, nor auto-responses of a department without them', async () => {
    const requester = `nuria@${domain}`;
    const { ticket } = await openInPortal(requester, 'Locker key');
    await delivered('ticket.created', ticket);
    await run(() => worker.get(NotificationSettingsService).update({ notices: [{ key: 'ticket.response', enabled: false }] }));
    try {
      await reply(staff.anna, ticket, 'Nobody gets this by mail.');
      expect(await delivered('ticket.response', ticket)).toEqual([]);
    } finally {
      await run(() => worker.get(NotificationSettingsService).update({ notices: [{ key: 'ticket.response', enabled: true }] }));
    }

    // The Quiet department answers nobody automatically; its agent is alerted, from its mailbox.
    const quietTicket = await run(() =>
      worker.get(TicketService).open({ requester: { email: requester, name: 'nuria' }, subject: 'Quiet please', body: 'Hello.', source: 'web', departmentId: quiet }, { kind: 'system' }),
    );
    const rows = await delivered('ticket.created', quietTicket);
    expect(rows.map((row) => [row.address, row.template])).toEqual([[`cai@${domain}`, 'alert.ticket.new']]);
    const alert = await mailTo(`cai@${domain}`, quietTicket.reference);
    expect(alert.parsed.from?.value).toEqual([{ name: 'Student office, North', address: `quiet-desk@${domain}` }]);
    expect((await sink.messages({ to: requester })).filter((m) => m.parsed.subject?.includes(quietTicket.reference))).toEqual([]);
  });

  it('keeps auto-responses over the hourly cap unsent', async () => {
    const requester = `xavi@${domain}`;
    await run(() => worker.get(SettingsAdminService).update({ autoresponseHourlyLimit: 1 }));
    try {
      const first = (await openInPortal(requester, 'First')).ticket;
      expect((await delivered('ticket.created', first)).find((row) => row.template === 'ticket.new.autoresponse')?.status).toBe('sent');
      const second = (await openInPortal(requester, 'Second')).ticket;
      const rows = await delivered('ticket.created', second);
      expect(rows.find((row) => row.template === 'ticket.new.autoresponse')).toMatchObject({ address: requester, status: 'suppressed', attempts: 0, sent_at: null });
      // The agents are alerted all the same.
      expect(rows.filter((row) => row.template === 'alert.ticket.new' && row.status === 'sent')).toHaveLength(3);
      expect((await sink.messages({ to: requester })).map((m) => m.parsed.subject)).toEqual([`[${first.reference}] We have received your request: First`]);
      const thread = await run(async () => worker.get(TicketQueryService).thread(await worker.get(TicketService).byId(second.id), ['public']));
      const suppressed = thread.flatMap((e) => e.deliveries).find((d) => d.template === 'ticket.new.autoresponse');
      expect(suppressed).toEqual({ address: requester, template: 'ticket.new.autoresponse', status: 'suppressed', messageId: null, sentAt: null, lastError: null });
    } finally {
      await run(() => worker.get(SettingsAdminService).update({ autoresponseHourlyLimit: 5 }));
    }
  });

  it('retries a recipient the relay defers without mailing the others twice', async () => {
    const requester = `rosa@${domain}`;
    const collaborator = `oriol@${domain}`;
    const { ticket } = await openInPortal(requester, 'Badge reader', [collaborator]);
    await delivered('ticket.created', ticket);
    const deferral = await sink.failRecipients({ recipient: collaborator, code: 451, times: 1 });
    try {
      await reply(staff.anna, ticket, 'Try again now.');
      const rows = await delivered('ticket.response', ticket);
      expect(rows.map((row) => [row.address, row.status, row.attempts])).toEqual([
        [requester, 'sent', 1],
        [collaborator, 'sent', 2],
      ]);
    } finally {
      await deferral.remove();
    }
    const responses = (address: string) => sink.messages({ to: address }).then((all) => all.filter((m) => m.parsed.subject === `[${ticket.reference}] Badge reader`));
    expect(await responses(requester)).toHaveLength(1);
    expect(await responses(collaborator)).toHaveLength(1);
  });

  it('gives up at once on a recipient the relay refuses, and sends the others', async () => {
    const requester = `teo@${domain}`;
    const collaborator = `gone@${domain}`;
    const { ticket } = await openInPortal(requester, 'Old address', [collaborator]);
    await delivered('ticket.created', ticket);
    const refusal = await sink.failRecipients({ recipient: collaborator, code: 550, message: 'No such user' });
    try {
      await reply(staff.anna, ticket, 'Done.');
      const rows = await delivered('ticket.response', ticket);
      expect(rows.map((row) => [row.address, row.status, row.attempts])).toEqual([
        [requester, 'sent', 1],
        [collaborator, 'failed', 1],
      ]);
      expect(rows[1].last_error).toContain('550');
    } finally {
      await refusal.remove();
    }
  });

  it('gives up the mails still pending when the last try fails', async () => {
    const requester = `ines@${domain}`;
    const collaborator = `marc@${domain}`;
    const { ticket } = await openInPortal(requester, 'Last try', [collaborator]);
    await delivered('ticket.created', ticket);
    const response = await reply(staff.anna, ticket, 'Here you are.');
    await delivered('ticket.response', ticket);
    // A message the relay already took (dispatched), so only this test delivers it: as the queue's last try.
    const outboxId = newId();
    await owner.query(`insert into outbox (tenant_id, id, topic, payload, dispatched_at) values ($1, $2, 'ticket.response', $3, now())`, [
      tenant.id,
      outboxId,
      { ticketId: ticket.id, entryId: response.id },
    ]);
    const deferral = await sink.failRecipients({ recipient: requester, code: 451 });
    try {
      await expect(worker.get(TicketMailSender).deliver(tenant, outboxId, true)).rejects.toThrow(/451/);
    } finally {
      await deferral.remove();
    }
    const { rows } = await owner.query('select address, status, attempts, last_error from mail_messages where tenant_id = $1 and outbox_id = $2 order by created_at, id', [
      tenant.id,
      outboxId,
    ]);
    expect(rows.map((row) => [row.address, row.status, row.attempts])).toEqual([
      [requester, 'failed', 1],
      [collaborator, 'failed', 0],
    ]);
    expect(rows.every((row) => row.last_error.includes('451'))).toBe(true);
    // Given up means given up: delivering again sends nothing.
    expect(await worker.get(TicketMailSender).deliver(tenant, outboxId, false)).toEqual({ sent: 0, failed: 0 });
  });

  it('tells everyone on the ticket it is resolved, and alerts agents of assignments and overdue tickets', async () => {
    const requester = `berta@${domain}`;
    const collaborator = `dani@${domain}`;
    const { ticket } = await openInPortal(requester, 'Desk lamp', [collaborator]);
    await delivered('ticket.created', ticket);
    await run(async () => {
      const agent = await worker.get(TicketGate).forAgent(staff.anna);
      const workflow = worker.get(TicketWorkflowService);
      await workflow.assign(agent, await agent.open(ticket.reference), { staffId: staff.ben });
      const resolved = await worker.get(DirectoryService).firstStatusIn('resolved');
      await workflow.setStatus(agent, await agent.open(ticket.reference), resolved.id);
    });
    const resolvedMails = await delivered('ticket.resolved', ticket);
    expect(resolvedMails.map((row) => [row.address, row.template, row.status])).toEqual([
      [requester, 'ticket.resolved', 'sent'],
      [collaborator, 'ticket.resolved', 'sent'],
    ]);
    const notice = await mailTo(collaborator, `Resolved: Desk lamp`);
    expect(header(notice, 'auto-submitted')).toBe('auto-generated');
    const assigned = await delivered('ticket.assigned', ticket);
    expect(assigned.map((row) => [row.address, row.template])).toEqual([[`ben@${domain}`, 'alert.ticket.assigned']]);
    expect((await mailTo(`ben@${domain}`, 'Assignat a ben')).parsed.text).toContain(`El tiquet ${ticket.reference} ara està assignat a ben.`);

    // The SLA sweep only writes the topic; the alert goes to the assignee.
    await run(() => worker.get(Outbox).add('ticket.overdue', { ticketId: ticket.id, target: 'resolution' }));
    const overdue = await delivered('ticket.overdue', ticket);
    expect(overdue.map((row) => [row.address, row.template, row.status, row.entry_id])).toEqual([[`ben@${domain}`, 'alert.ticket.overdue', 'sent', null]]);
  });

  it('answers a message refused over the open-ticket limit with the over-limit notice, threaded to it', async () => {
    const requester = `busy@${domain}`;
    const refusedId = `${newId()}@client.example`;
    const outboxId = await run(async () => {
      const { requester: person } = await worker.get(RequesterService).findOrCreate({ email: requester, name: 'Busy Bee' });
      const raw = Buffer.from(`Message-ID: <${refusedId}>\r\n\r\nOne more.\r\n`);
      const sha256 = await worker.get(BlobStore).store(raw);
      const mailMessageId = newId();
      await worker.get(TenantDatabase).manager.query(
        `insert into mail_messages (tenant_id, id, direction, message_id, address, subject, kind, status, raw_sha256, received_at)
         values (tessera_current_tenant(), $1, 'in', $2, $3, 'One more thing', 'human', 'refused', $4, now())`,
        [mailMessageId, refusedId, requester, sha256],
      );
      // As the intake writes it.
      return worker.get(Outbox).add('ticket.overlimit', { mailMessageId, requesterId: person.id, email: requester, subject: 'One more thing', departmentId: department, limit: 2 });
    });
    const mail = await sink.waitFor((m) => m.envelope.rcptTo.includes(requester), 20_000);
    expect(mail.parsed.text).toContain('You already have 2 open requests');
    expect(mail.parsed.text).toContain('One more thing');
    expect(mail.parsed.inReplyTo).toBe(`<${refusedId}>`);
    expect(header(mail, 'auto-submitted')).toBe('auto-replied');
    expect(mail.parsed.from?.value[0].address).toBe(`suport@${domain}`);
    const parsed = await parseMessage(mail.raw);
    expect(parsed.unparseable ? null : ownMail(parsed, loopToken(tenant.id, config.secretKey))).toBe('loop-header');
    await waitUntil(async () => (await owner.query(`select status from mail_messages where outbox_id = $1`, [outboxId])).rows[0]?.status === 'sent', 20_000);
    expect((await owner.query(`select template, ticket_id from mail_messages where outbox_id = $1`, [outboxId])).rows).toEqual([{ template: 'ticket.overlimit', ticket_id: null }]);
  });

  it("alerts the department's manager, else the instance's managers, of a mailbox that keeps failing", async () => {
    const deliveredFor = async (outboxId: string) => {
      await waitUntil(async () => (await queue.getJobState(deliveryJobId(outboxId, 'ticket-mail'))) === 'completed', 20_000, 'the mailbox alert');
      return (await owner.query(`select address::text, template, status from mail_messages where outbox_id = $1 order by address`, [outboxId])).rows;
    };
    const failing = async (departmentId: string, name: string) =>
      run(async () => {
        const box = await worker.get(MailboxAdminService).create({ name, address: `${name}@${domain}`, departmentId });
        return worker.get(Outbox).add('mailbox.failing', { mailboxId: box.mailbox.id, error: 'Login refused for user "suport"', failures: 3 });
      });

    // The quiet department has no manager: the instance's managers hear of it.
    expect(await deliveredFor(await failing(quiet, 'broken-quiet'))).toEqual([{ address: `manager@${domain}`, template: 'alert.mailbox.failing', status: 'sent' }]);
    const mail = await mailTo(`manager@${domain}`, 'Mailbox not fetched: broken-quiet');
    expect(mail.parsed.text).toContain('Login refused for user "suport"');
    expect(mail.parsed.text).toContain(`https://help.ticketmail.example/escola/scp/admin/mailboxes/`);
    expect(header(mail, 'auto-submitted')).toBe('auto-generated');

    // With a manager, the department's manager alone.
    await run(() => worker.get(DepartmentAdminService).update(quiet, { managerStaffId: staff.cai }));
    expect(await deliveredFor(await failing(quiet, 'broken-again'))).toEqual([{ address: `cai@${domain}`, template: 'alert.mailbox.failing', status: 'sent' }]);
  });

  it("alerts the instance's managers of a webhook switched off for failing", async () => {
    const outboxId = await run(async () => {
      const { webhook } = await worker.get(WebhookAdminService).create({ name: 'Chat', url: 'https://hooks.example.org/chat', kinds: ['ticket.created'] });
      return worker.get(Outbox).add('webhook.disabled', { webhookId: webhook.id, failures: 20, error: 'answered 503' });
    });
    await waitUntil(async () => (await queue.getJobState(deliveryJobId(outboxId, 'ticket-mail'))) === 'completed', 20_000, 'the webhook alert');
    expect((await owner.query(`select address::text, template, status, ticket_id from mail_messages where outbox_id = $1`, [outboxId])).rows).toEqual([
      { address: `manager@${domain}`, template: 'alert.webhook.disabled', status: 'sent', ticket_id: null },
    ]);
    const mail = await mailTo(`manager@${domain}`, 'Webhook switched off: Chat');
    expect(mail.parsed.text).toContain('failed to take 20 events in a row');
    expect(mail.parsed.text).toContain('answered 503');
    expect(mail.parsed.text).toContain('https://help.ticketmail.example/escola/scp/admin/webhooks/');
    expect(header(mail, 'auto-submitted')).toBe('auto-generated');
  });
});
