import { Injectable } from '@nestjs/common';
import { TimeRuleAction, splitTags } from '@tessera/automation';
import { Outbox, TenantDatabase } from '@tessera/database';
import { DirectoryService } from '@tessera/directory';
import { TeamAssignmentService } from './team-assignment.service';
import { TicketFilterService } from './ticket-filter.service';
import { TicketTagService } from './ticket-tag.service';
import { Ticket } from './ticket.entities';
import { TicketError } from './ticket.errors';
import { Actor, TicketService } from './ticket.service';

// One action of a time rule as it went: the name of what it set, and whether it did nothing
// (its row gone or inactive, a move the ticket's state does not allow, nothing to change).
export interface TimeRuleActionDone {
  kind: TimeRuleAction['kind'];
  value: string | null;
  target: string | null;
  skipped: boolean;
}

const SYSTEM: Actor = { kind: 'system' };

// A time rule's actions on an existing ticket, through the ticket services every other path
// uses (each leaves its own thread event and outbox event), then one `time_rule` event naming
// the rule and what each action did. Action names are the ticket filters' where they overlap.
// Runs in the tenant transaction.
@Injectable()
export class TimeRuleActions {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tickets: TicketService,
    private readonly directory: DirectoryService,
    private readonly filters: TicketFilterService,
    private readonly tags: TicketTagService,
    private readonly teams: TeamAssignmentService,
    private readonly outbox: Outbox,
  ) {}

  async apply(ticket: Ticket, rule: { id: string; name: string; actions: readonly TimeRuleAction[] }): Promise<TimeRuleActionDone[]> {
    const done: TimeRuleActionDone[] = [];
    const notify = { assignee: false, departmentManager: false };
    for (const action of rule.actions) {
      const value = action.value ?? null;
      done.push({ kind: action.kind, value, ...(await this.guarded(ticket, () => this.one(ticket, action.kind, value, notify))) });
    }
    if (notify.assignee || notify.departmentManager) {
      await this.outbox.add('ticket.time-rule', { ticketId: ticket.id, ruleId: rule.id, name: rule.name, notifyAssignee: notify.assignee, notifyDepartmentManager: notify.departmentManager });
    }
    await this.tickets.appendEntry(ticket, SYSTEM, { kind: 'event', visibility: 'internal', event: 'time_rule', data: { ruleId: rule.id, name: rule.name, actions: done.map((a) => ({ ...a })) } });
    return done;
  }

  // A domain refusal (a move the state machine refuses, open tasks, too many tags) undoes and
  // skips that action alone; anything else fails the run, which the queue retries.
  private async guarded(ticket: Ticket, work: () => Promise<Omit<TimeRuleActionDone, 'kind' | 'value'>>): Promise<Omit<TimeRuleActionDone, 'kind' | 'value'>> {
    await this.db.manager.query('savepoint time_rule_action', []);
    try {
      const result = await work();
      await this.db.manager.query('release savepoint time_rule_action', []);
      return result;
    } catch (error) {
      if (!(error instanceof TicketError)) throw error;
      await this.db.manager.query('rollback to savepoint time_rule_action', []);
      Object.assign(ticket, await this.tickets.byId(ticket.id));
      return { target: null, skipped: true };
    }
  }

  private async one(ticket: Ticket, kind: TimeRuleAction['kind'], value: string | null, notify: { assignee: boolean; departmentManager: boolean }): Promise<Omit<TimeRuleActionDone, 'kind' | 'value'>> {
    const gone = { target: null, skipped: true };
    switch (kind) {
      case 'send-canned-response': {
        const [canned] = await this.filters.cannedFor(ticket, value ? [value] : []);
        if (!canned) return gone;
        // Sent for the instance: it answers the requester without counting as an agent's response.
        await this.tickets.respondAsInstance(ticket, canned);
        await this.tickets.update(ticket, {});
        return { target: canned.title, skipped: false };
      }
      case 'set-status': {
        const status = await this.directory.status(value ?? '').catch(() => null);
        if (!status) return gone;
        const before = ticket.statusId;
        await this.tickets.moveTo(ticket, status, SYSTEM);
        return { target: status.name, skipped: before === status.id };
      }
      case 'set-priority': {
        const priority = await this.directory.priority(value ?? '').catch(() => null);
        if (!priority) return gone;
        if (priority.id === ticket.priorityId) return { target: priority.name, skipped: true };
        const from = await this.directory.priority(ticket.priorityId);
        await this.tickets.update(ticket, { priorityId: priority.id });
        await this.tickets.appendEntry(ticket, SYSTEM, { kind: 'event', visibility: 'internal', event: 'priority', data: { from: { id: from.id, name: from.name }, to: { id: priority.id, name: priority.name } } });
        await this.outbox.add('ticket.priority', { ticketId: ticket.id, priorityId: priority.id });
        return { target: priority.name, skipped: false };
      }
      case 'assign-team': {
        const team = await this.directory.team(value ?? '').catch(() => null);
        if (!team?.isActive) return gone;
        const before = { staffId: ticket.assigneeStaffId, teamId: ticket.assigneeTeamId };
        await this.teams.autoAssign(this.db.manager, ticket, SYSTEM, team.id);
        return { target: team.name, skipped: before.staffId === ticket.assigneeStaffId && before.teamId === ticket.assigneeTeamId };
      }
      case 'add-tags': {
        const added = await this.tags.add(this.db.manager, ticket, SYSTEM, splitTags(value ?? ''));
        return { target: null, skipped: added.length === 0 };
      }
      case 'notify-assignee':
        notify.assignee = true;
        return { target: null, skipped: !ticket.assigneeStaffId && !ticket.assigneeTeamId };
      case 'notify-department-manager':
        notify.departmentManager = true;
        return { target: null, skipped: false };
    }
  }
}
