import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { FilterMessage } from '@tessera/automation';
import { Staff } from '@tessera/auth';
import { CONFIG, Config } from '@tessera/config';
import { JsonObject, Outbox, TenantDatabase, isUniqueViolation, newId } from '@tessera/database';
import { DirectoryService, InstanceSettings, normalizeEmail } from '@tessera/directory';
import {
  InboundMessage,
  MailAddress,
  MailClassification,
  ParsedMessage,
  classifyMail,
  contentDigest,
  findReference,
  headerValue,
  loopToken,
  ownMail,
  parseMessage,
  stripQuotes,
} from '@tessera/mail';
import { InboundKind, InboundStatus, MailMessage, Mailbox, MailboxError, MailboxErrorCode, OVER_LIMIT_TOPIC } from '@tessera/mailboxes';
import { RequesterService } from '@tessera/requesters';
import { AgentTicketService, AttachmentService, OpenTicket, attachmentLimitsOf, BlobStore, Ticket, TicketEntry, TicketError, TicketErrorCode, TicketGate, TicketService } from '@tessera/tickets';
import { applyAttachmentLimits, droppedNote } from './attachment-limits';
import { IntakeResult, IntakeSource } from './intake-result';

// What processing one message came to; stored on its mail_messages row.
interface Outcome {
  status: InboundStatus;
  ticket?: Ticket | null;
  entryId?: string | null;
  created?: boolean;
  problems?: string[];
}

const NO_SUBJECT = '(no subject)';
// How much of a delivery report goes into the note on the ticket (the whole report stays raw).
const BOUNCE_EXCERPT = 4000;
const MAX_SUBJECT = 500;
const MAX_ATTEMPTS = 3;
// Mail may come from any address SMTP delivers, one-label domains included.
const MAIL_ADDRESS = { singleLabel: true };

function concurrent(error: unknown): boolean {
  return isUniqueViolation(error) || (error instanceof TicketError && error.code === TicketErrorCode.Stale);
}

// The inbound pipeline, shared by the IMAP fetcher and the MTA pipe: one message in, at most once
// per instance (by Message-ID), into a ticket or kept raw and flagged for an agent. Never loses a
// message: the raw bytes are stored before anything else, and a failure while processing rolls
// back to a savepoint and flags the message instead. Runs in the tenant transaction; parse the
// message before opening it.
@Injectable()
export class MailIntakeService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly directory: DirectoryService,
    private readonly requesters: RequesterService,
    private readonly tickets: TicketService,
    private readonly attachments: AttachmentService,
    private readonly gate: TicketGate,
    private readonly agentTickets: AgentTicketService,
    private readonly blobs: BlobStore,
    private readonly outbox: Outbox,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async ingest(parsed: ParsedMessage, source: IntakeSource): Promise<IntakeResult> {
    const manager = this.db.manager;
    const mailbox = await manager.findOneBy(Mailbox, { id: source.mailboxId });
    if (!mailbox) throw new MailboxError(MailboxErrorCode.NotFound, `No mailbox with id ${source.mailboxId}`);

    const own = parsed.unparseable ? null : ownMail(parsed, loopToken(this.db.tenant.id, this.config.secretKey));
    const classification = parsed.unparseable || own ? null : classifyMail(parsed);
    const kind: InboundKind = parsed.unparseable ? 'unparseable' : own ? 'own' : classification!.kind;
    const problems = [...parsed.problems, ...(own ? [`own-mail: our own mail came back (${own})`] : []), ...(classification?.reasons ?? [])];

    let row = await this.claim(parsed, mailbox, kind, problems);
    if (!row) {
      const earlier = await this.earlierWithOtherContent(parsed);
      if (!earlier) return this.duplicate(parsed.messageId);
      // Another message under a Message-ID we have: taken in as a message of its own (under the
      // id with its digest appended), never dropped as a duplicate.
      const note = `duplicate-message-id: another message with Message-ID <${parsed.messageId}> was taken in before; this one differs from it and is kept as its own message`;
      const messageId = `${parsed.messageId}#${contentDigest(parsed).slice(0, 16)}`;
      row = await this.claim({ ...parsed, messageId }, mailbox, kind, [...problems, note]);
      if (!row) return this.duplicate(messageId);
    }

    let outcome: Outcome | null = null;
    for (let attempt = 1; !outcome; attempt++) {
      try {
        outcome = await this.db.savepoint(() => this.process(parsed, mailbox, classification, row));
      } catch (error) {
        // Another message being taken in at the same moment created the same requester or changed
        // the same ticket; it has committed by now, so a second pass sees its work.
        if (attempt < MAX_ATTEMPTS && concurrent(error)) continue;
        // A ticket filter refused it: kept raw and flagged for an agent, like mail that cannot be
        // read, with nothing of the attempt (its sender's new requester record) left behind.
        // A bug or a broken row must not lose the message nor block the mailbox: kept flagged too.
        outcome = rejectedBy(error) ?? { status: 'flagged', problems: [`intake-error: ${error instanceof Error ? error.message : String(error)}`] };
      }
    }
    row.status = outcome.status;
    row.ticketId = outcome.ticket?.id ?? null;
    row.entryId = outcome.entryId ?? null;
    row.problems = [...row.problems, ...(outcome.problems ?? [])];
    await manager.update(MailMessage, { id: row.id }, { status: row.status, ticketId: row.ticketId, entryId: row.entryId, problems: row.problems });
    return {
      status: row.status as InboundStatus,
      kind,
      duplicate: false,
      mailMessageId: row.id,
      messageId: row.messageId,
      ticketId: row.ticketId,
      reference: outcome.ticket?.reference ?? null,
      entryId: row.entryId,
      created: outcome.created ?? false,
    };
  }

  // Stores the raw message and takes its Message-ID; null when the instance has it already. A
  // concurrent delivery of the same message waits here for the first one's transaction.
  private async claim(parsed: ParsedMessage, mailbox: Mailbox, kind: InboundKind, problems: string[]): Promise<MailMessage | null> {
    const sha256 = await this.blobs.store(parsed.raw);
    const row = Object.assign(new MailMessage(), {
      tenantId: this.db.tenant.id,
      id: newId(),
      direction: 'in',
      messageId: parsed.messageId,
      mailboxId: mailbox.id,
      ticketId: null,
      entryId: null,
      address: parsed.unparseable ? null : (parsed.from?.address ?? null),
      subject: parsed.unparseable ? '' : parsed.subject,
      kind,
      status: 'flagged',
      problems,
      rawSha256: sha256,
      receivedAt: parsed.receivedAt,
    });
    const inserted = await this.db.manager.query(
      `insert into mail_messages (tenant_id, id, direction, message_id, mailbox_id, address, subject, kind, status, problems, raw_sha256, received_at)
       values ($1, $2, 'in', $3, $4, $5, $6, $7, $8, $9, $10, $11)
       on conflict (tenant_id, message_id) where direction = 'in' do nothing
       returning created_at`,
      [row.tenantId, row.id, row.messageId, row.mailboxId, row.address, row.subject, kind, row.status, problems, sha256, row.receivedAt],
    );
    return inserted.length ? row : null;
  }

  // The earlier message under this Message-ID when it says something else than this one; null for
  // another delivery of the same message (trace headers differ, the content does not).
  private async earlierWithOtherContent(parsed: ParsedMessage): Promise<MailMessage | null> {
    const earlier = await this.db.manager.findOneByOrFail(MailMessage, { direction: 'in', messageId: parsed.messageId });
    if (earlier.rawSha256?.equals(createHash('sha256').update(parsed.raw).digest())) return null;
    const raw = earlier.rawSha256 ? await this.blobs.get(earlier.rawSha256) : null;
    if (!raw) return null;
    return contentDigest(await parseMessage(raw, { receivedAt: earlier.receivedAt ?? undefined })) === contentDigest(parsed) ? null : earlier;
  }

  private async duplicate(messageId: string): Promise<IntakeResult> {
    const row = await this.db.manager.findOneByOrFail(MailMessage, { direction: 'in', messageId });
    const ticket = row.ticketId ? await this.db.manager.findOneBy(Ticket, { id: row.ticketId }) : null;
    return {
      status: row.status as InboundStatus,
      kind: row.kind!,
      duplicate: true,
      mailMessageId: row.id,
      messageId,
      ticketId: row.ticketId,
      reference: ticket?.reference ?? null,
      entryId: row.entryId,
      created: false,
    };
  }

  private async process(parsed: ParsedMessage, mailbox: Mailbox, classification: MailClassification | null, row: MailMessage): Promise<Outcome> {
    if (parsed.unparseable) return { status: 'flagged' };
    if (!classification) return { status: 'dropped' };
    if (classification.kind === 'bounce') return this.bounce(parsed, classification, row);

    const message = parsed;
    const settings = await this.directory.settings();
    const address = senderOf(message);
    if (!address) return { status: 'flagged', problems: ['no-sender: the message names no usable sender address'] };
    const reply = stripQuotes(message.text);
    const data = entryData(message, row, classification, reply.quoted);
    const body = reply.text;

    const automatic = classification.kind !== 'human';
    let ticket = await this.thread(message, settings);

    // An agent answering an alert by mail: an internal note on the ticket, never a message to the
    // requester (an agent's "ok" must not reach them) and never a requester record for the agent.
    const agent =
      ticket && !automatic
        ? await this.db.manager
            .createQueryBuilder(Staff, 's')
            .where('s.email_lower = lower(:email) and s.is_active and not s.is_locked', { email: address.address })
            .getOne()
        : null;
    if (ticket && agent) return this.agentNote(agent, ticket, message, body, data, settings);

    const { requester } = await this.requesters.findOrCreate({ email: address.address, name: address.name, fromMail: true });
    if (!requester.isActive) return { status: 'flagged', problems: [`sender-inactive: ${address.address} belongs to a deactivated requester`] };

    if (ticket) {
      // Mail for one ticket is taken in one at a time: a burst of replies must not trip over
      // each other's version checks.
      ticket = await this.locked(ticket);
      const known = (await this.tickets.participants(ticket.id)).some((p) => p.requesterId === requester.id);
      if (known || settings.unknownSenderPolicy === 'collaborator') {
        if (!known) await this.tickets.addCollaborators(ticket, { kind: 'requester', requesterId: requester.id }, [requester]);
        let entry: TicketEntry;
        let created = false;
        if (automatic) {
          // An out-of-office or list mail answering a ticket stays on it for agents, but
          // reopens nothing and gets no answer.
          entry = await this.tickets.appendEntry(ticket, { kind: 'requester', requesterId: requester.id }, { kind: 'message', visibility: 'internal', body, data });
        } else {
          const result = await this.tickets.requesterReply(ticket, requester.id, body, { source: 'email', data });
          ({ ticket, entry } = result);
          created = result.followUp;
        }
        return { status: 'accepted', ticket, entryId: entry.id, created, problems: await this.keepAttachments(ticket, entry, message, settings) };
      }
    }

    if (settings.maxOpenTickets > 0 && (await this.openTickets(requester.id)) >= settings.maxOpenTickets) {
      if (!automatic) {
        await this.outbox.add(OVER_LIMIT_TOPIC, {
          mailMessageId: row.id,
          requesterId: requester.id,
          email: address.address,
          subject: message.subject,
          departmentId: mailbox.departmentId,
          limit: settings.maxOpenTickets,
        });
      }
      return { status: 'refused', problems: [`over-limit: ${address.address} has ${settings.maxOpenTickets} or more open tickets`] };
    }

    const topic = mailbox.helpTopicId ? await this.directory.helpTopic(mailbox.helpTopicId) : null;
    // People the requester wrote to besides us follow the ticket (not for automatic mail).
    const collaborators = automatic ? [] : await this.copiedPeople(message, address.address);
    const input: OpenTicket = {
      requester: { id: requester.id },
      subject: message.subject.slice(0, MAX_SUBJECT).trim() || NO_SUBJECT,
      body,
      source: 'email',
      departmentId: mailbox.departmentId,
      helpTopicId: topic?.isActive ? topic.id : null,
      priorityId: mailbox.priorityId,
      collaborators,
      entryData: data,
      filterMessage: { ...filterMessageOf(message, address, mailbox, topic?.isActive ? topic.id : null), organizations: await this.requesters.organizationsOf({ id: requester.id }) },
    };
    const opened = await this.tickets.open(input, { kind: 'requester', requesterId: requester.id });
    const entry = (await this.tickets.entries(opened.id, ['public'])).find((e) => e.kind === 'message')!;
    return { status: 'accepted', ticket: opened, entryId: entry.id, created: true, problems: await this.keepAttachments(opened, entry, message, settings) };
  }

  // Only agents who may see the ticket add to it by mail; anyone else's mail waits flagged.
  private async agentNote(staff: Staff, ticket: Ticket, message: InboundMessage, body: string, data: JsonObject, settings: InstanceSettings): Promise<Outcome> {
    const agent = await this.gate.forAgent(staff.id);
    const visible = await this.existing(() => agent.open(ticket.reference));
    if (!visible) return { status: 'flagged', problems: [`staff-not-allowed: ${staff.email} answered ${ticket.reference}, which they may not see`] };
    const locked = await this.locked(visible);
    const entry = await this.agentTickets.note(agent, locked, body, false, undefined, data);
    return { status: 'accepted', ticket: locked, entryId: entry.id, problems: await this.keepAttachments(locked, entry, message, settings) };
  }

  // The ticket a message answers: the reference in its subject (in the instance's format or a
  // help topic's), then In-Reply-To and References against the mail we sent and received.
  private async thread(message: InboundMessage, settings: InstanceSettings): Promise<Ticket | null> {
    const formats = new Set([settings.referenceFormat, ...(await this.directory.helpTopics()).map((t) => t.referenceFormat).filter((f) => f !== null)]);
    for (const format of formats) {
      const reference = findReference(message.subject, format);
      const ticket = reference ? await this.existing(() => this.tickets.byReference(reference)) : null;
      if (ticket) return ticket;
    }
    return this.byMessageIds([message.inReplyTo, ...[...message.references].reverse()]);
  }

  private async byMessageIds(ids: (string | null)[]): Promise<Ticket | null> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    if (wanted.length === 0) return null;
    const [row] = await this.db.manager.query(
      `select ticket_id from mail_messages where message_id = any($1) and ticket_id is not null
        order by array_position($1, message_id), created_at desc limit 1`,
      [wanted],
    );
    if (!row) return null;
    // A merged ticket's mail belongs to the ticket it was merged into.
    const ticket = await this.tickets.byId(row.ticket_id);
    return ticket.mergedIntoId ? this.tickets.byReference(ticket.reference) : ticket;
  }

  // The ticket, locked until the transaction ends, as it is now.
  private async locked(ticket: Ticket): Promise<Ticket> {
    await this.db.manager.query('select 1 from tickets where id = $1 for update', [ticket.id]);
    return this.tickets.byId(ticket.id);
  }

  private async existing(find: () => Promise<Ticket>): Promise<Ticket | null> {
    try {
      return await find();
    } catch (error) {
      if (error instanceof TicketError && error.code === TicketErrorCode.NotFound) return null;
      throw error;
    }
  }

  // A delivery report: the failed addresses are flagged, and the report goes on the ticket whose
  // mail bounced as an internal note; with no such ticket it waits flagged for an agent.
  private async bounce(message: InboundMessage, classification: MailClassification, row: MailMessage): Promise<Outcome> {
    const details = classification.bounce ?? { recipients: [], failures: [], originalMessageId: null };
    const reason = message.subject.slice(0, 200) || 'delivery failed';
    // Only a permanent failure marks an address as bouncing; a soft one (4.x.x) may still pass.
    for (const failed of details.failures.filter((f) => f.permanent)) {
      // The remote server's words carry their codes; without them, the status and the subject.
      const why = (failed.diagnostic ?? (failed.status ? `${failed.status}: ${reason}` : reason)).slice(0, 500);
      await this.db.manager.query('update requester_emails set bounced_at = now(), bounce_reason = $2 where email_lower = lower($1)', [failed.address, why]);
    }
    let ticket: Ticket | null = null;
    if (details.originalMessageId) {
      await this.db.manager.query(
        `update mail_messages set status = 'failed', last_error = $2 where direction = 'out' and message_id = $1`,
        [details.originalMessageId, `bounced: ${reason}`],
      );
      ticket = await this.byMessageIds([details.originalMessageId]);
    }
    ticket ??= await this.thread(message, await this.directory.settings());
    const failed = details.failures.length
      ? details.failures.map((f) => `${f.address} (${[f.status, f.remoteCode].filter(Boolean).join(', ') || 'no status'}; ${f.permanent ? 'permanent' : 'temporary'})`).join(', ')
      : 'an address';
    if (!ticket) return { status: 'flagged', problems: [`bounce-unmatched: a delivery report for ${failed} that concerns no known ticket`] };
    const excerpt = message.text.length > BOUNCE_EXCERPT ? `${message.text.slice(0, BOUNCE_EXCERPT)}\n[...]` : message.text;
    const entry = await this.tickets.appendEntry(ticket, { kind: 'system' }, {
      kind: 'note',
      visibility: 'internal',
      body: `Mail to ${failed} could not be delivered.\n\n${excerpt.trim()}`,
      data: { mail: { id: row.id, messageId: message.messageId, subject: message.subject, kind: 'bounce' }, bounce: { recipients: details.recipients, failures: details.failures.map((f) => ({ ...f })) } },
    });
    return { status: 'accepted', ticket, entryId: entry.id };
  }

  // Stores the attachments within the instance's limits on the entry; a note lists the others.
  private async keepAttachments(ticket: Ticket, entry: TicketEntry, message: InboundMessage, settings: InstanceSettings): Promise<string[]> {
    const limits = attachmentLimitsOf(settings);
    const { kept, dropped } = applyAttachmentLimits(message.attachments, limits);
    await this.attachments.attach(
      entry,
      kept.map((part) => ({ filename: part.filename, contentType: part.contentType, content: part.content, contentId: part.contentId, isInline: part.inline })),
    );
    if (dropped.length === 0) return [];
    await this.tickets.appendEntry(ticket, { kind: 'system' }, { kind: 'note', visibility: 'internal', body: droppedNote(dropped, limits), data: { dropped: [...dropped] } });
    return dropped.map((part) => `attachment-dropped: ${part.filename} (${part.reason})`);
  }

  private async openTickets(requesterId: string): Promise<number> {
    const [{ count }] = await this.db.manager.query(
      `select count(*)::int as count from tickets t join ticket_statuses s on s.tenant_id = t.tenant_id and s.id = t.status_id
        where t.requester_id = $1 and t.merged_into_id is null and s.state not in ('resolved', 'closed')`,
      [requesterId],
    );
    return count;
  }

  // The To and Cc addresses that are requesters: not our mailboxes, department addresses or
  // agents, not the sender, and well-formed.
  private async copiedPeople(message: InboundMessage, sender: string): Promise<{ email: string; name: string | null }[]> {
    const ours: { address: string }[] = await this.db.manager.query(
      `select address::text as address from mailboxes union select outgoing_email::text from departments where outgoing_email is not null
       union select email::text from staff`,
    );
    const skip = new Set([sender, ...ours.map((o) => o.address), ...(this.config.mail.from ? [this.config.mail.from] : [])].map((a) => a.toLowerCase()));
    const people = new Map<string, { email: string; name: string | null }>();
    for (const person of [...message.to, ...message.cc]) {
      // Collaborators get our mail: only addresses of a full domain.
      const email = normalizeEmail(person.address);
      if (email && !skip.has(email) && !people.has(email)) people.set(email, { email, name: person.name });
    }
    return [...people.values()];
  }
}

// From, or Reply-To, Sender or Return-Path when From is missing or unusable.
function senderOf(message: InboundMessage): MailAddress | null {
  const [sender, returnPath] = ['sender', 'return-path'].map((header) => headerAddress(headerValue(message.headers, header)));
  for (const candidate of [message.from, ...message.replyTo, sender, returnPath]) {
    const email = candidate ? normalizeEmail(candidate.address, MAIL_ADDRESS) : null;
    if (email) return { address: email, name: candidate!.name };
  }
  return null;
}

function rejectedBy(error: unknown): Outcome | null {
  if (!(error instanceof TicketError && error.code === TicketErrorCode.Rejected)) return null;
  const filter = error.details.filter as { name: string };
  return { status: 'flagged', problems: [`filter-rejected: the ticket filter "${filter.name}" refused this message`] };
}

// What ticket filters read of a mail that opens a ticket.
function filterMessageOf(message: InboundMessage, sender: MailAddress, mailbox: Mailbox, helpTopicId: string | null): FilterMessage {
  return {
    channel: 'mail',
    from: { address: sender.address, name: sender.name },
    to: message.to.map((a) => a.address.toLowerCase()),
    cc: message.cc.map((a) => a.address.toLowerCase()),
    subject: message.subject,
    body: message.text,
    headers: Object.fromEntries(message.headers),
    mailboxId: mailbox.id,
    helpTopicId,
    priorityId: mailbox.priorityId,
    departmentId: mailbox.departmentId,
  };
}

// Sender and Return-Path name one address, in angle brackets or bare; `<>` is no address.
function headerAddress(value: string | null): MailAddress | null {
  const address = (/<([^<>]*)>/.exec(value ?? '')?.[1] ?? value ?? '').trim();
  return address ? { address, name: null } : null;
}

// What a thread entry keeps about the mail it came from; the raw message stays available too.
function entryData(message: InboundMessage, row: MailMessage, classification: MailClassification, quoted: string): JsonObject {
  const mail: JsonObject = {
    id: row.id,
    messageId: message.messageId,
    from: message.from ? { ...message.from } : null,
    to: message.to.map((a) => ({ ...a })),
    cc: message.cc.map((a) => ({ ...a })),
    subject: message.subject,
    kind: classification.kind,
  };
  if (quoted) mail.quoted = quoted;
  if (message.html) mail.html = message.html;
  if (message.problems.length) mail.problems = [...message.problems];
  return { mail };
}
