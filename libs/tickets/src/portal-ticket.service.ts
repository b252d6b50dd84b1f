import { Injectable } from '@nestjs/common';
import { AuthError, AuthErrorCode, LoginRateLimiter } from '@tessera/auth';
import { JsonObject, Outbox, TenantDatabase, decodeCursor, encodeCursor } from '@tessera/database';
import { CustomFormService, DirectoryService, FieldValue, FormFieldView, TicketState, TicketStatus, guestTicketsAllowed, nameFromEmail, normalizeEmail, requesterSees } from '@tessera/directory';
import { RequesterAuthService, RequesterPrincipal, RequesterService, assertSignedIn } from '@tessera/requesters';
import { AttachmentService, AttachmentSummary, NewAttachment } from './attachment.service';
import { TopicNode, publicTopicTree, publicTopics } from './public-topic-tree';
import { isDone } from './ticket-state';
import { Ticket, TicketEvent } from './ticket.entities';
import { TicketError, TicketErrorCode } from './ticket.errors';
import { Actor, TicketService, invalid } from './ticket.service';

// How the caller is related to a ticket: its requester, a participant (collaborator, or on a
// ticket merged into this one), or a member of an organization whose members see each other's
// tickets. Only the requester closes, reopens and rates.
export type PortalRole = 'requester' | 'collaborator' | 'organization';

export interface PortalStatus {
  label: string;
  state: TicketState;
}

export interface PortalTicketSummary {
  reference: string;
  subject: string;
  status: PortalStatus;
  helpTopic: string | null;
  requester: { name: string };
  createdAt: Date;
  updatedAt: Date;
}

export interface PortalEventDetails {
  from?: string | null;
  to?: string | null;
  names?: string[];
  rating?: number;
}

export interface PortalThreadEntry {
  id: string;
  kind: 'message' | 'response' | 'event';
  event: TicketEvent | null;
  body: string;
  author: { name: string; kind: 'requester' | 'agent' } | null;
  details: PortalEventDetails | null;
  attachments: AttachmentSummary[];
  createdAt: Date;
}

export interface PortalTicket extends PortalTicketSummary {
  role: PortalRole;
  collaborators: { name: string }[];
  rating: { value: number; comment: string | null; ratedAt: Date } | null;
  actions: { close: boolean; reopen: boolean; rate: boolean };
  // The values of the fields a requester may see.
  fields: FieldValue[];
  thread: PortalThreadEntry[];
}

export interface PortalTicketPage {
  items: PortalTicketSummary[];
  nextCursor: string | null;
}

export interface PortalTicketQuery {
  state?: 'open' | 'closed';
  cursor?: string;
  limit: number;
}

export interface PortalNewTicket {
  helpTopicId: string;
  subject: string;
  message: string;
  collaborators?: string[];
  // Values of the topic's form fields the requester may fill in, by key.
  customData?: JsonObject;
  // Without a session: who is asking (the name defaults to the address's local part).
  guest?: { name?: string; email?: string };
}

export interface PortalReply {
  reference: string;
  // The ticket was closed and the instance opens a new, linked ticket for replies to closed ones.
  followUp: boolean;
  entry: PortalThreadEntry;
  // For a guest session, which does not reach the follow-up: that ticket's guest link.
  guestToken: string | null;
}

// Events a requester sees in the thread, each with the details they may see; every other
// event, and every note, stays with the agents.
const PUBLIC_EVENTS: TicketEvent[] = ['created', 'status', 'reopened', 'collaborator_added', 'collaborator_removed', 'rated'];

const STATES: Record<NonNullable<PortalTicketQuery['state']>, TicketState[]> = {
  open: ['new', 'open', 'pending'],
  closed: ['resolved', 'closed'],
};

// The tickets requester $1 may read, with the role by which they may. The one definition of
// portal visibility: the list and every single-ticket route use it. Confidential tickets are
// for their participants only, never for the rest of an organization.
const VISIBLE = `
  with visible (id, role, rank) as (
    select t.id, 'requester', 1 from tickets t where t.requester_id = $1
    union all
    select p.ticket_id, 'collaborator', 2 from ticket_participants p where p.requester_id = $1
    union all
    select m.merged_into_id, 'collaborator', 2 from tickets m
      join ticket_participants p on p.tenant_id = m.tenant_id and p.ticket_id = m.id
     where p.requester_id = $1 and m.merged_into_id is not null
    union all
    select t.id, 'organization', 3 from requester_organizations mine
      join organizations o on o.tenant_id = mine.tenant_id and o.id = mine.organization_id and o.members_see_all
      join requester_organizations theirs on theirs.tenant_id = mine.tenant_id and theirs.organization_id = mine.organization_id
      join tickets t on t.tenant_id = theirs.tenant_id and t.requester_id = theirs.requester_id
     where mine.requester_id = $1 and not t.is_confidential
  )`;

interface SummaryRow {
  id: string;
  reference: string;
  subject: string;
  created_at: Date;
  updated_at: Date;
  status_label: string;
  state: TicketState;
  help_topic: string | null;
  requester_name: string;
}

interface EntryRow {
  id: string;
  kind: PortalThreadEntry['kind'];
  event: TicketEvent | null;
  body: string;
  data: Record<string, unknown>;
  created_at: Date;
  staff_name: string | null;
  requester_name: string | null;
}

// The requester's view of tickets: what the portal shows and what a requester may do. Reads
// go through visibility checks and return requester-facing fields only (no internal entries,
// assignees, SLA, confidentiality or custom data); writes go through TicketService.
@Injectable()
export class PortalTicketService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tickets: TicketService,
    private readonly directory: DirectoryService,
    private readonly requesters: RequesterService,
    private readonly auth: RequesterAuthService,
    private readonly limiter: LoginRateLimiter,
    private readonly attachments: AttachmentService,
    private readonly outbox: Outbox,
    private readonly forms: CustomFormService,
  ) {}

  // A file of a message or response the caller may read; anything else answers 404.
  async attachment(principal: RequesterPrincipal, reference: string, attachmentId: string) {
    const { ticket } = await this.visible(principal, reference);
    const file = await this.attachments.open(ticket.id, attachmentId);
    if (file.entry.visibility !== 'public' || (file.entry.kind !== 'message' && file.entry.kind !== 'response')) {
      throw new TicketError(TicketErrorCode.NotFound, `No attachment ${attachmentId} on this ticket`);
    }
    return file;
  }

  async helpTopics(): Promise<TopicNode[]> {
    return publicTopicTree(await this.directory.helpTopics());
  }

  // The fields a requester sees on a new ticket of the topic (their own and its ancestors' forms).
  async topicFields(helpTopicId: string): Promise<FormFieldView[]> {
    if (!publicTopics(await this.directory.helpTopics()).some((topic) => topic.id === helpTopicId)) {
      throw new TicketError(TicketErrorCode.NotFound, `No help topic ${helpTopicId} on this portal`);
    }
    return (await this.forms.ticketFields(helpTopicId)).filter(requesterSees);
  }

  // A signed-in requester, or (without a session) anyone giving a name and an address, except
  // on instances where accounts are by invitation only. A guest's link goes only to the address
  // (in the auto-response, or asked for with mailGuestLink): whoever typed an address they do not
  // own learns nothing of the person or the ticket, and gets no session on it.
  async create(principal: RequesterPrincipal | null, input: PortalNewTicket): Promise<{ ticket: PortalTicket }> {
    if (!(await this.directory.settings()).portalOnline) throw new TicketError(TicketErrorCode.PortalOffline, 'The portal is offline: it takes no new tickets');
    let requesterId: string;
    if (principal) {
      assertSignedIn(principal);
      if (input.guest) throw invalid('Signed in: leave out the name and e-mail address', 'email');
      requesterId = principal.requesterId;
    } else {
      requesterId = await this.guestRequester(input.guest);
    }
    if (!publicTopics(await this.directory.helpTopics()).some((topic) => topic.id === input.helpTopicId)) {
      throw invalid('Choose one of the help topics this helpdesk offers', 'helpTopicId');
    }
    const ticket = await this.tickets.open(
      {
        requester: { id: requesterId },
        subject: input.subject,
        body: input.message,
        source: 'web',
        helpTopicId: input.helpTopicId,
        customData: input.customData ?? {},
        formFilledBy: 'requester',
        collaborators: (input.collaborators ?? []).map((email) => ({ email })),
      },
      { kind: 'requester', requesterId },
    );
    const view = await this.view(ticket, 'requester');
    return { ticket: principal ? view : toGuest(view, input) };
  }

  // Newest activity first. Merged tickets are listed as the ticket they were merged into.
  async list(principal: RequesterPrincipal, query: PortalTicketQuery): Promise<PortalTicketPage> {
    const params: unknown[] = [principal.requesterId];
    const where = ['t.merged_into_id is null', 't.id in (select id from visible)'];
    const param = (value: unknown) => `$${params.push(value)}`;
    if (principal.ticketId) where.push(`t.id = ${param(principal.ticketId)}`);
    if (query.state) where.push(`s.state = any(${param(STATES[query.state])})`);
    if (query.cursor) {
      where.push(`(t.last_activity_at, t.id) < (select c.last_activity_at, c.id from tickets c where c.id = ${param(decodeCursor(query.cursor))})`);
    }
    const rows: SummaryRow[] = await this.db.manager.query(
      `${VISIBLE}
       select t.id, t.reference, t.subject, t.created_at, t.updated_at, s.requester_label as status_label, s.state,
              h.name as help_topic, r.name as requester_name
         from tickets t
         join ticket_statuses s on s.tenant_id = t.tenant_id and s.id = t.status_id
         join requesters r on r.tenant_id = t.tenant_id and r.id = t.requester_id
         left join help_topics h on h.tenant_id = t.tenant_id and h.id = t.help_topic_id
        where ${where.join(' and ')}
        order by t.last_activity_at desc, t.id desc
        limit ${param(query.limit + 1)}`,
      params,
    );
    const items = rows.slice(0, query.limit);
    return {
      items: items.map(summaryOf),
      nextCursor: rows.length > query.limit ? encodeCursor(items[items.length - 1].id) : null,
    };
  }

  // The ticket whose live updates the caller may follow: the same visibility (and 404) as reading it.
  async watch(principal: RequesterPrincipal, reference: string): Promise<{ ticketId: string; reference: string }> {
    const { ticket } = await this.visible(principal, reference);
    return { ticketId: ticket.id, reference: ticket.reference };
  }

  async detail(principal: RequesterPrincipal, reference: string): Promise<PortalTicket> {
    const { ticket, role } = await this.visible(principal, reference);
    return this.view(ticket, role);
  }

  // Any reader may reply. TicketService decides what a reply to a resolved or closed ticket does.
  async reply(principal: RequesterPrincipal, reference: string, message: string, files: NewAttachment[] = []): Promise<PortalReply> {
    const { ticket } = await this.visible(principal, reference, true);
    const result = await this.tickets.requesterReply(ticket, principal.requesterId, message);
    const attachments = await this.attachments.attachUploads(result.entry, files);
    const followUp = result.ticket.id !== ticket.id;
    const author = await this.requesters.get(principal.requesterId);
    return {
      reference: result.ticket.reference,
      followUp,
      entry: {
        id: result.entry.id,
        kind: 'message',
        event: null,
        body: result.entry.body,
        author: { name: author.name, kind: 'requester' },
        details: null,
        attachments,
        createdAt: result.entry.createdAt,
      },
      guestToken: followUp && principal.ticketId ? await this.tickets.guestToken(result.ticket, principal.requesterId) : null,
    };
  }

  async close(principal: RequesterPrincipal, reference: string): Promise<PortalTicket> {
    const ticket = await this.asRequester(principal, reference, 'close');
    const current = await this.directory.status(ticket.statusId);
    if (current.state !== 'closed') await this.tickets.moveTo(ticket, await this.directory.firstStatusIn('closed'), actorOf(principal));
    return this.view(ticket, 'requester');
  }

  // From resolved, or from closed where replies to closed tickets reopen them; where they open
  // a follow-up instead, a closed ticket stays closed.
  async reopen(principal: RequesterPrincipal, reference: string): Promise<PortalTicket> {
    const ticket = await this.asRequester(principal, reference, 'reopen');
    const current = await this.directory.status(ticket.statusId);
    if (!(await this.canReopen(current))) {
      throw new TicketError(TicketErrorCode.Transition, `A ${current.state} ticket cannot be reopened here`, { from: current.state, to: 'open' });
    }
    await this.tickets.moveTo(ticket, await this.directory.firstStatusIn('open'), actorOf(principal));
    return this.view(ticket, 'requester');
  }

  async rate(principal: RequesterPrincipal, reference: string, rating: number, comment: string | null): Promise<PortalTicket> {
    const ticket = await this.asRequester(principal, reference, 'rate');
    if (ticket.rating !== null) throw new TicketError(TicketErrorCode.AlreadyRated, `${ticket.reference} was already rated`);
    if (!isDone((await this.directory.status(ticket.statusId)).state)) {
      throw new TicketError(TicketErrorCode.NotRateable, `${ticket.reference} can be rated once it is resolved`);
    }
    await this.tickets.update(ticket, { rating, ratingComment: comment, ratedAt: new Date() });
    await this.tickets.appendEntry(ticket, actorOf(principal), { kind: 'event', visibility: 'public', event: 'rated', data: { rating, comment } });
    return this.view(ticket, 'requester');
  }

  // Reference + address + guest link -> a short session for that ticket only. Every mismatch
  // answers the same 404, and mismatches are rate-limited per reference and per client.
  async openGuestSession(reference: string, email: string, token: string, address: string): Promise<{ token: string; expiresAt: Date; reference: string }> {
    const tenantId = this.db.tenant.id;
    const account = reference.trim();
    await this.limiter.assertAllowed('guest-link', tenantId, account, address);
    try {
      const { ticket, requesterId } = await this.tickets.openAsGuest(reference, email, token);
      if (!(await this.requesters.get(requesterId)).isActive) throw guestNotFound(reference);
      return { ...(await this.auth.guestSession(requesterId, ticket.id)), reference: ticket.reference };
    } catch (error) {
      if (error instanceof TicketError && error.code === TicketErrorCode.NotFound) {
        await this.limiter.recordFailure('guest-link', tenantId, account, address);
      }
      throw error;
    }
  }

  // Reference + address -> the guest link, mailed to that address when it belongs to an active
  // participant of the ticket. Always answered alike; mails per address and client are limited
  // like password resets.
  async mailGuestLink(reference: string, email: string, address: string): Promise<void> {
    const tenantId = this.db.tenant.id;
    const normalized = normalizeEmail(email);
    if (!normalized || !(await this.limiter.isAllowed('requester-mail', tenantId, normalized, address))) return;
    await this.limiter.recordFailure('requester-mail', tenantId, normalized, address);
    const link = await this.tickets.guestLinkOf(reference.trim(), normalized);
    if (!link || !(await this.requesters.get(link.requesterId)).isActive) return;
    const { requesterId, token, ticket } = link;
    await this.outbox.add('requester.ticket-link', { requesterId, email: normalized, token, reference: ticket.reference, subject: ticket.subject });
  }

  private async guestRequester(guest: PortalNewTicket['guest']): Promise<string> {
    if (!guestTicketsAllowed((await this.directory.settings()).registration)) {
      throw new AuthError(AuthErrorCode.Unauthenticated, 'Sign in to open a ticket on this helpdesk');
    }
    if (!guest?.email) throw invalid('Sign in, or give your name and e-mail address', 'email');
    const { requester } = await this.requesters.findOrCreate({ email: guest.email, name: guest.name });
    if (!requester.isActive) throw new TicketError(TicketErrorCode.Forbidden, 'This address cannot open tickets here');
    return requester.id;
  }

  // The ticket and the caller's role, or the same 404 as an unknown reference.
  // `forWrite`: the ticket locked until the transaction ends (TicketService.forWrite).
  private async visible(principal: RequesterPrincipal, reference: string, forWrite = false): Promise<{ ticket: Ticket; role: PortalRole }> {
    const ticket = forWrite ? await this.tickets.forWrite(reference) : await this.tickets.byReference(reference);
    const [row] = principal.ticketId && principal.ticketId !== ticket.id
      ? []
      : await this.db.manager.query(`${VISIBLE} select role from visible where id = $2 order by rank limit 1`, [principal.requesterId, ticket.id]);
    if (!row) throw new TicketError(TicketErrorCode.NotFound, `No ticket ${reference}`);
    return { ticket, role: row.role as PortalRole };
  }

  private async asRequester(principal: RequesterPrincipal, reference: string, action: string): Promise<Ticket> {
    const { ticket, role } = await this.visible(principal, reference, true);
    if (role !== 'requester') throw new TicketError(TicketErrorCode.Forbidden, `Only the requester of ${ticket.reference} may ${action} it`);
    return ticket;
  }

  private async canReopen(status: TicketStatus): Promise<boolean> {
    if (status.state === 'resolved') return true;
    return status.state === 'closed' && (await this.directory.settings()).closedReplyPolicy === 'reopen';
  }

  private async view(ticket: Ticket, role: PortalRole): Promise<PortalTicket> {
    const statuses = await this.directory.statuses();
    const labels = new Map(statuses.map((s) => [s.id, s.requesterLabel]));
    const status = statuses.find((s) => s.id === ticket.statusId) as TicketStatus;
    const [summary]: SummaryRow[] = await this.db.manager.query(
      `select r.name as requester_name, h.name as help_topic from tickets t
         join requesters r on r.tenant_id = t.tenant_id and r.id = t.requester_id
         left join help_topics h on h.tenant_id = t.tenant_id and h.id = t.help_topic_id
        where t.id = $1`,
      [ticket.id],
    );
    const collaborators: { name: string }[] = await this.db.manager.query(
      `select r.name from ticket_participants p join requesters r on r.tenant_id = p.tenant_id and r.id = p.requester_id
        where p.ticket_id = $1 and p.role = 'collaborator' order by p.added_at, r.name`,
      [ticket.id],
    );
    const entries: EntryRow[] = await this.db.manager.query(
      `select e.id, e.kind, e.event, e.body, e.data, e.created_at, s.name as staff_name, r.name as requester_name
         from ticket_entries e
         left join staff s on s.tenant_id = e.tenant_id and s.id = e.author_staff_id
         left join requesters r on r.tenant_id = e.tenant_id and r.id = e.author_requester_id
        where e.ticket_id = $1 and e.visibility = 'public'
          and (e.kind in ('message', 'response') or (e.kind = 'event' and e.event = any($2)))
        order by e.id`,
      [ticket.id, PUBLIC_EVENTS],
    );
    const isRequester = role === 'requester';
    const files = await this.attachments.ofEntries(entries.filter((row) => row.kind !== 'event').map((row) => row.id));
    return {
      ...summaryOf({
        ...summary,
        id: ticket.id,
        reference: ticket.reference,
        subject: ticket.subject,
        created_at: ticket.createdAt,
        updated_at: ticket.updatedAt,
        status_label: status.requesterLabel,
        state: status.state,
      }),
      role,
      collaborators: collaborators.map((c) => ({ name: c.name })),
      rating: ticket.rating !== null && ticket.ratedAt ? { value: ticket.rating, comment: ticket.ratingComment, ratedAt: ticket.ratedAt } : null,
      actions: {
        close: isRequester && status.state !== 'closed',
        reopen: isRequester && (await this.canReopen(status)),
        rate: isRequester && isDone(status.state) && ticket.rating === null,
      },
      fields: await this.forms.valuesOf((await this.forms.ticketFields(ticket.helpTopicId)).filter(requesterSees), ticket.customData),
      thread: entries.map((row) => ({
        id: row.id,
        kind: row.kind,
        event: row.event,
        body: row.body,
        author: authorOf(row),
        details: detailsOf(row, labels),
        attachments: files.get(row.id) ?? [],
        createdAt: row.created_at,
      })),
    };
  }
}

function actorOf(principal: RequesterPrincipal): Actor {
  return { kind: 'requester', requesterId: principal.requesterId };
}

function guestNotFound(reference: string): TicketError {
  return new TicketError(TicketErrorCode.NotFound, `No ticket ${reference} for that address and link`);
}

// The new ticket as answered to a caller without a session: only what they sent. Whoever knows an
// address must not learn the name stored for it, nor who else the instance copies on its tickets.
function toGuest(view: PortalTicket, input: PortalNewTicket): PortalTicket {
  const name = input.guest?.name?.trim() || nameFromEmail(input.guest?.email ?? '');
  return {
    ...view,
    requester: { name },
    collaborators: (input.collaborators ?? []).map((email) => ({ name: email })),
    thread: view.thread
      .filter((entry) => entry.kind !== 'event' || entry.event === 'created')
      .map((entry) => (entry.author?.kind === 'requester' ? { ...entry, author: { name, kind: 'requester' } } : entry)),
  };
}

function summaryOf(row: SummaryRow): PortalTicketSummary {
  return {
    reference: row.reference,
    subject: row.subject,
    status: { label: row.status_label, state: row.state },
    helpTopic: row.help_topic,
    requester: { name: row.requester_name },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function authorOf(row: EntryRow): PortalThreadEntry['author'] {
  if (row.staff_name !== null) return { name: row.staff_name, kind: 'agent' };
  if (row.requester_name !== null) return { name: row.requester_name, kind: 'requester' };
  return null;
}

// Only what the requester may know of each event: status names as requesters see them, people
// by name, the rating.
function detailsOf(row: EntryRow, labels: Map<string, string>): PortalEventDetails | null {
  const data = row.data as { from?: { id?: string; state?: string }; to?: { id?: string; state?: string }; collaborators?: { name?: string }[]; rating?: number };
  const label = (side?: { id?: string; state?: string }) => (side?.id && labels.get(side.id)) || side?.state || null;
  switch (row.event) {
    case 'status':
    case 'reopened':
      return { from: label(data.from), to: label(data.to) };
    case 'collaborator_added':
    case 'collaborator_removed':
      return { names: (data.collaborators ?? []).map((c) => String(c.name ?? '')) };
    case 'rated':
      return { rating: Number(data.rating) };
    default:
      return null;
  }
}
