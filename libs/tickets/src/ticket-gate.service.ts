import { Injectable } from '@nestjs/common';
import { AgentAccess, AgentAccessService, PERMISSIONS, Permission, can, canSee, isMember } from '@tessera/directory';
import { Ticket, EntryVisibility } from './ticket.entities';
import { TicketError, TicketErrorCode } from './ticket.errors';
import { Actor, TicketService } from './ticket.service';

// What an agent may do on one ticket, as the ticket's answer lists it for the agent's screens.
// `status` is a move to a new, open or pending status; `close` to a resolved or closed one.
export const TICKET_ACTIONS = [
  'reply',
  'note',
  'restrictedNote',
  'edit',
  'assign',
  'claim',
  'release',
  'transfer',
  'status',
  'close',
  'priority',
  'topic',
  'due',
  'collaborators',
  'merge',
  'link',
  'delete',
] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

// An agent's view of the tickets: which ones exist for them and what they may do there.
// A ticket the agent may not see answers 404, as if it did not exist; a visible ticket whose
// action the agent's role does not allow answers 403.
export class AgentTickets {
  constructor(
    readonly access: AgentAccess,
    private readonly tickets: TicketService,
    readonly actor: Actor = { kind: 'staff', staffId: access.staffId },
  ) {}

  async open(reference: string): Promise<Ticket> {
    return this.visible(reference, await this.tickets.byReference(reference));
  }

  // For a write: the ticket locked until the transaction ends (TicketService.forWrite).
  async openForWrite(reference: string): Promise<Ticket> {
    return this.visible(reference, await this.tickets.forWrite(reference));
  }

  private visible(reference: string, ticket: Ticket): Ticket {
    if (!this.sees(ticket)) throw new TicketError(TicketErrorCode.NotFound, `No ticket ${reference}`);
    return ticket;
  }

  // Whether the ticket is (still) in the agent's sight: an action may take it out.
  sees(ticket: Ticket): boolean {
    return canSee(this.access, ticket);
  }

  may(ticket: Ticket, permission: Permission): boolean {
    return can(this.access, ticket.departmentId, permission);
  }

  require(ticket: Ticket, permission: Permission): void {
    if (!this.may(ticket, permission)) {
      throw new TicketError(TicketErrorCode.Forbidden, `Your role in this department does not allow ${permission}`, { permission });
    }
  }

  // Creating needs the permission in the target department, where the new ticket must also be
  // visible to its creator.
  requireInDepartment(departmentId: string, permission: Permission): void {
    if (!can(this.access, departmentId, permission) || !(this.access.isManager || isMember(this.access, departmentId))) {
      throw new TicketError(TicketErrorCode.Forbidden, `You may not ${permission} in this department`, { permission });
    }
  }

  // The actions the rules below allow on this ticket (merging also needs ticket.merge in the
  // target's department, known only once the target is named).
  actions(ticket: Ticket): TicketAction[] {
    const edit = this.may(ticket, 'ticket.edit');
    const allowed: Record<TicketAction, boolean> = {
      reply: this.may(ticket, 'ticket.reply'),
      note: true,
      restrictedNote: this.visibilities(ticket).includes('restricted'),
      edit,
      assign: this.may(ticket, 'ticket.assign'),
      claim: this.mayClaim(ticket),
      release: this.mayRelease(ticket),
      transfer: this.may(ticket, 'ticket.transfer'),
      status: edit,
      close: this.may(ticket, 'ticket.close'),
      priority: edit,
      topic: edit,
      due: edit,
      collaborators: edit,
      merge: this.may(ticket, 'ticket.merge'),
      link: this.may(ticket, 'ticket.link'),
      delete: this.may(ticket, 'ticket.delete'),
    };
    return TICKET_ACTIONS.filter((action) => allowed[action]);
  }

  // Taking a ticket: anyone who may assign, or who may reply to a ticket nobody holds.
  mayClaim(ticket: Ticket): boolean {
    if (ticket.assigneeStaffId === this.access.staffId) return false;
    return this.may(ticket, 'ticket.assign') || (!ticket.assigneeStaffId && this.may(ticket, 'ticket.reply'));
  }

  // One's own assignment (anyone), or someone else's (ticket.assign).
  mayRelease(ticket: Ticket): boolean {
    if (!ticket.assigneeStaffId) return false;
    return ticket.assigneeStaffId === this.access.staffId || this.may(ticket, 'ticket.assign');
  }

  // Restricted notes are for the members of the ticket's department.
  visibilities(ticket: Ticket): EntryVisibility[] {
    return isMember(this.access, ticket.departmentId) ? ['public', 'internal', 'restricted'] : ['public', 'internal'];
  }
}

// Who calls the agent API: an agent, or an integration with an instance API key.
export type Caller = { kind: 'staff'; staffId: string } | { kind: 'api'; apiKeyId: string };

// An API key works instance-wide like a manager, within the scopes the API decides (create,
// read, write); it is no department's member, so it never sees confidential tickets or
// restricted notes. Its staff id is the nil UUID, which is no agent: "mine" is empty for it.
function apiKeyAccess(): AgentAccess {
  return {
    staffId: '00000000-0000-0000-0000-000000000000',
    isManager: true,
    primaryDepartmentId: null,
    departments: new Map(),
    primaryPermissions: new Set(PERMISSIONS),
    teamIds: [],
  };
}

@Injectable()
export class TicketGate {
  constructor(
    private readonly access: AgentAccessService,
    private readonly tickets: TicketService,
  ) {}

  async forAgent(staffId: string): Promise<AgentTickets> {
    return new AgentTickets(await this.access.load(staffId), this.tickets);
  }

  async forCaller(caller: Caller): Promise<AgentTickets> {
    if (caller.kind === 'staff') return this.forAgent(caller.staffId);
    return new AgentTickets(apiKeyAccess(), this.tickets, { kind: 'api', apiKeyId: caller.apiKeyId });
  }
}
