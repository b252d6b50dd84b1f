import { Injectable } from '@nestjs/common';
import { Outbox } from '@tessera/database';
import { EntityManager } from 'typeorm';
import { TeamTurnRepository } from './team-turn.repository';
import { Ticket } from './ticket.entities';
import { Actor, TicketService } from './ticket.service';

// Automatic assignment of a ticket already open, for filters and triggers: the ticket goes to
// the team (its own when none is named) and to the agent whose turn it is there. Takes the tenant
// transaction's manager; the caller checks who may act. Opening a ticket for a team and an
// agent's assignment to a team run the same turn (TeamTurnRepository) on their own.
@Injectable()
export class TeamAssignmentService {
  constructor(
    private readonly turns: TeamTurnRepository,
    private readonly tickets: TicketService,
    private readonly outbox: Outbox,
  ) {}

  // Answers the agent chosen, or null when the team assigns nobody now (the ticket still moves to
  // the team named).
  async autoAssign(manager: EntityManager, ticket: Ticket, actor: Actor, teamId: string | null = ticket.assigneeTeamId): Promise<string | null> {
    if (!teamId) return null;
    const turn = await this.turns.next(manager, teamId);
    const staffId = turn?.staffId ?? ticket.assigneeStaffId;
    if (staffId === ticket.assigneeStaffId && teamId === ticket.assigneeTeamId) return turn?.staffId ?? null;
    const before = { fromStaffId: ticket.assigneeStaffId, fromTeamId: ticket.assigneeTeamId };
    const from = await this.tickets.assigneeOf(ticket.assigneeStaffId, ticket.assigneeTeamId, manager);
    await this.tickets.update(ticket, { assigneeStaffId: staffId, assigneeTeamId: teamId }, ticket.version, manager);
    await this.tickets.appendEntry(
      ticket,
      actor,
      { kind: 'event', visibility: 'internal', event: 'assigned', data: { from, to: await this.tickets.assigneeOf(staffId, teamId, manager), automatic: true, teamAssignment: turn?.mode ?? null } },
      manager,
    );
    await this.outbox.add('ticket.assigned', { ticketId: ticket.id, staffId, teamId, byStaffId: actor.kind === 'staff' ? actor.staffId : null, ...before }, manager);
    return turn?.staffId ?? null;
  }
}
