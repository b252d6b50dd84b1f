import { Injectable } from '@nestjs/common';
import { AgentAccess, AgentAccessService, PERMISSIONS, Permission, can, canSee, isMember } from '@tessera/directory';
import { Ticket, EntryVisibility } from './ticket.entities';
import { TicketError, TicketErrorCode } from './ticket.errors';
import { Actor, TicketService } from './ticket.service';

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
    const ticket = await this.tickets.byReference(reference);
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
