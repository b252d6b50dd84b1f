import { Injectable } from '@nestjs/common';
import { JsonObject, Outbox, TenantDatabase } from '@tessera/database';
import { DirectoryService } from '@tessera/directory';
import { RequesterContact } from '@tessera/requesters';
import { AttachmentService, NewAttachment } from './attachment.service';
import { AgentTickets } from './ticket-gate.service';
import { Ticket, TicketEntry, TicketSource } from './ticket.entities';
import { TicketError, TicketErrorCode } from './ticket.errors';
import { OpenTicket, OpenedTicket, TicketService, invalid } from './ticket.service';

// What an agent gives to open a ticket: the core's fields, with the message named as agents
// see it and the requester optional for internal tickets.
export interface AgentNewTicket extends Omit<OpenTicket, 'requester' | 'body' | 'source' | 'firstEntry' | 'formFilledBy'> {
  requester?: OpenTicket['requester'] | null;
  message: string;
  // phone, walk_in, other: on behalf of a requester; internal: the agent's own ticket.
  source: Extract<TicketSource, 'phone' | 'walk_in' | 'other' | 'internal' | 'api'>;
}

export interface LockHolder {
  staffId: string;
  name: string;
  expiresAt: Date;
}

// Agent use cases that touch the thread: opening tickets, replying, noting, and the composing
// lock that keeps two agents from answering at once.
@Injectable()
export class AgentTicketService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tickets: TicketService,
    private readonly directory: DirectoryService,
    private readonly outbox: Outbox,
    private readonly attachments: AttachmentService,
  ) {}

  async create(agent: AgentTickets, given: AgentNewTicket): Promise<OpenedTicket> {
    const input = await this.routed(agent, given);
    const topic = input.helpTopicId ? await this.directory.helpTopic(input.helpTopicId) : null;
    const departmentId = input.departmentId ?? topic?.departmentId ?? agent.access.primaryDepartmentId;
    if (!departmentId) throw invalid('Choose a department or a help topic', 'departmentId');
    agent.requireInDepartment(departmentId, 'ticket.create');
    if ((input.assigneeStaffId || input.assigneeTeamId) && !agent.access.isManager) agent.requireInDepartment(departmentId, 'ticket.assign');
    const internal = input.source === 'internal';
    if (internal && agent.actor.kind !== 'staff') throw invalid('Only agents open internal tickets', 'source');
    // An internal ticket's requester is the agent's own requester record (by the agent's address).
    const requester = input.requester ?? (internal ? await this.agentAsRequester(agent.access.staffId) : null);
    if (!requester) throw invalid('Name the requester (an id, or an e-mail address and name)', 'requester');
    return this.tickets.openTicket(
      {
        ...input,
        requester,
        body: input.message,
        departmentId,
        firstEntry: internal ? 'note' : 'message',
        formFilledBy: 'agent',
      },
      agent.actor,
    );
  }

  // A ticket naming neither a help topic nor a department, from a caller without a primary
  // department (an API key), goes to the instance's default help topic, else its default department.
  private async routed(agent: AgentTickets, input: AgentNewTicket): Promise<AgentNewTicket> {
    if (input.helpTopicId || input.departmentId || agent.access.primaryDepartmentId) return input;
    const { defaultHelpTopicId, defaultDepartmentId } = await this.directory.settings();
    if (defaultHelpTopicId) return { ...input, helpTopicId: defaultHelpTopicId };
    if (defaultDepartmentId) return { ...input, departmentId: defaultDepartmentId };
    throw invalid(
      'Name a helpTopicId or a departmentId, or have a manager set the instance default (defaultHelpTopicId or defaultDepartmentId in admin/settings)',
      'departmentId',
    );
  }

  async reply(agent: AgentTickets, ticket: Ticket, message: string, expectedVersion?: number, files: NewAttachment[] = []): Promise<TicketEntry> {
    agent.require(ticket, 'ticket.reply');
    await this.assertNotLockedByOther(ticket, agent.access.staffId);
    const entry = await this.tickets.appendEntry(ticket, agent.actor, { kind: 'response', visibility: 'public', body: message });
    await this.attachments.attachUploads(entry, files);
    await this.tickets.update(ticket, ticket.firstResponseAt ? {} : { firstResponseAt: entry.createdAt }, expectedVersion);
    await this.outbox.add('ticket.response', { ticketId: ticket.id, entryId: entry.id });
    await this.unlock(agent, ticket);
    return entry;
  }

  // Internal notes: every agent who sees the ticket. Restricted notes: the department's members.
  // `data`: what the entry keeps about where the note came from (the mail of an agent's answer).
  async note(
    agent: AgentTickets,
    ticket: Ticket,
    message: string,
    restricted: boolean,
    expectedVersion?: number,
    data?: JsonObject,
    files: NewAttachment[] = [],
  ): Promise<TicketEntry> {
    if (restricted && !agent.visibilities(ticket).includes('restricted')) {
      throw new TicketError(TicketErrorCode.Forbidden, 'Only members of the ticket’s department write restricted notes');
    }
    const entry = await this.tickets.appendEntry(ticket, agent.actor, {
      kind: 'note',
      visibility: restricted ? 'restricted' : 'internal',
      body: message,
      data,
    });
    await this.attachments.attachUploads(entry, files);
    await this.tickets.update(ticket, {}, expectedVersion);
    await this.outbox.add('ticket.note', { ticketId: ticket.id, entryId: entry.id });
    return entry;
  }

  // Takes or renews the composing lock; another agent's live lock -> 409 naming them. Taking it
  // (not renewing a live one) tells the live streams.
  async lock(agent: AgentTickets, ticket: Ticket): Promise<LockHolder> {
    const seconds = (await this.directory.settings()).lockSeconds;
    const rows: { staff_id: string; expires_at: Date; taken: boolean }[] = await this.db.manager.query(
      `insert into ticket_locks (tenant_id, ticket_id, staff_id, expires_at)
       values (tessera_current_tenant(), $1, $2, now() + make_interval(secs => $3))
       on conflict (tenant_id, ticket_id) do update
         set staff_id = excluded.staff_id, expires_at = excluded.expires_at,
             acquired_at = case when ticket_locks.staff_id = excluded.staff_id and ticket_locks.expires_at > now() then ticket_locks.acquired_at else now() end
         where ticket_locks.staff_id = excluded.staff_id or ticket_locks.expires_at <= now()
       returning staff_id, expires_at, acquired_at = now() as taken`,
      [ticket.id, agent.access.staffId, seconds],
    );
    if (rows.length === 0) {
      // The other agent's lock may have expired since the insert looked; then try once more.
      const holder = await this.lockOf(ticket);
      if (holder) throw lockedBy(holder);
      return this.lock(agent, ticket);
    }
    if (rows[0].taken) await this.outbox.add('ticket.locked', { ticketId: ticket.id, staffId: agent.access.staffId });
    return { staffId: rows[0].staff_id, name: await this.staffName(rows[0].staff_id), expiresAt: rows[0].expires_at };
  }

  // Gives up the agent's own lock (a response does too); an expired one is gone already.
  async unlock(agent: AgentTickets, ticket: Ticket): Promise<void> {
    const [lock]: { live: boolean }[] = await this.db.manager.query(
      'with gone as (delete from ticket_locks where ticket_id = $1 and staff_id = $2 returning expires_at) select expires_at > now() as live from gone',
      [ticket.id, agent.access.staffId],
    );
    if (lock?.live) await this.outbox.add('ticket.unlocked', { ticketId: ticket.id, staffId: agent.access.staffId });
  }

  // The live lock on a ticket, if any.
  async lockOf(ticket: Ticket): Promise<LockHolder | null> {
    const [row] = await this.db.manager.query(
      `select l.staff_id, s.name, l.expires_at from ticket_locks l
         join staff s on s.tenant_id = l.tenant_id and s.id = l.staff_id
        where l.ticket_id = $1 and l.expires_at > now()`,
      [ticket.id],
    );
    return row ? { staffId: row.staff_id, name: row.name, expiresAt: row.expires_at } : null;
  }

  private async assertNotLockedByOther(ticket: Ticket, staffId: string): Promise<void> {
    const lock = await this.lockOf(ticket);
    if (lock && lock.staffId !== staffId) throw lockedBy(lock);
  }

  private async staffName(staffId: string): Promise<string> {
    const [row] = await this.db.manager.query('select name from staff where id = $1', [staffId]);
    return row?.name ?? '';
  }

  private async agentAsRequester(staffId: string): Promise<RequesterContact> {
    const [row] = await this.db.manager.query('select email, name from staff where id = $1', [staffId]);
    return { email: row.email, name: row.name };
  }
}

function lockedBy(lock: LockHolder): TicketError {
  return new TicketError(TicketErrorCode.Locked, `${lock.name} is replying to this ticket`, {
    lockedBy: { id: lock.staffId, name: lock.name },
    expiresAt: lock.expiresAt.toISOString(),
  });
}
