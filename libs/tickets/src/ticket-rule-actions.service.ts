import { Injectable } from '@nestjs/common';
import { TriggerAction, TriggerActionKind, splitAddresses, splitTags, triggerReferenceOf } from '@tessera/automation';
import { EventOrigin, Outbox, TenantDatabase } from '@tessera/database';
import { DirectoryService } from '@tessera/directory';
import { isTemplateKey } from '@tessera/notifications';
import { RequesterService } from '@tessera/requesters';
import { TeamAssignmentService } from './team-assignment.service';
import { AppliedAction, TicketFilterService } from './ticket-filter.service';
import { FilterTarget, TicketFilterRepository } from './ticket-filter.repository';
import { TicketTagService } from './ticket-tag.service';
import { Ticket, TicketType } from './ticket.entities';
import { Actor, TicketService } from './ticket.service';

// Who applies the actions, for the thread and the events they cause.
export interface RuleRun {
  // The rule (trigger, time rule) whose actions these are; the events they cause carry it.
  origin: EventOrigin;
  // The outbox event the rule ran on, for the webhook it calls.
  eventId: string;
  event: string;
}

const SYSTEM: Actor = { kind: 'system' };

// Applies the actions of an automation rule (a trigger, a time rule) to an existing ticket
// through the ticket services, as the instance: each change leaves its usual thread event and
// outbox event, marked with the rule's origin. An action whose row is gone or unusable, or that
// the ticket refuses (a move the state machine forbids), is skipped alone and shown skipped.
// Mail and web calls only leave outbox events: they go out after the transaction commits. Runs in
// the tenant transaction.
@Injectable()
export class TicketRuleActionsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tickets: TicketService,
    private readonly directory: DirectoryService,
    private readonly requesters: RequesterService,
    private readonly outbox: Outbox,
    private readonly tags: TicketTagService,
    private readonly assignment: TeamAssignmentService,
    private readonly targets: TicketFilterRepository,
    private readonly filters: TicketFilterService,
  ) {}

  async apply(ticket: Ticket, actions: readonly TriggerAction[], run: RuleRun): Promise<AppliedAction<TriggerActionKind>[]> {
    return this.outbox.causedBy(run.origin, async () => {
      const applied: AppliedAction<TriggerActionKind>[] = [];
      for (const action of actions) {
        const value = action.value ?? null;
        const target = await this.target(action);
        let skipped = target !== null && !target.usable;
        if (!skipped && action.kind !== 'stop') {
          try {
            // Alone: a refused action leaves nothing half-written.
            await this.db.savepoint(() => this.applyOne(ticket, action, run));
          } catch {
            skipped = true;
            // The savepoint undid the row's change; read it back.
            Object.assign(ticket, await this.tickets.byId(ticket.id));
          }
        }
        applied.push({ kind: action.kind, value, target: target?.name ?? null, skipped, ...(action.to ? { to: action.to } : {}) });
      }
      return applied;
    });
  }

  // The row an action names, as it is now (null when it names none); a missing row is unusable.
  private async target(action: TriggerAction): Promise<FilterTarget | null> {
    const value = action.value ?? null;
    if (action.kind === 'send-notification') return { id: value ?? '', name: value ?? '', usable: isTemplateKey(value ?? ''), departmentId: null };
    const takes = triggerReferenceOf(action.kind);
    if (!takes || takes === 'template' || !value) return null;
    const found = (await this.targets.targets(takes, [value])).get(value);
    if (!found) return { id: value, name: value, usable: false, departmentId: null };
    // A trigger may resolve or close a ticket; a new ticket may not start so.
    return takes === 'status' ? { ...found, usable: true } : found;
  }

  private async applyOne(ticket: Ticket, action: TriggerAction, run: RuleRun): Promise<void> {
    const value = action.value ?? '';
    const manager = this.db.manager;
    switch (action.kind) {
      case 'set-department':
        return this.transfer(ticket, value);
      case 'set-help-topic': {
        const topic = await this.tickets.activeTopic(value);
        if (topic.id === ticket.helpTopicId) return;
        const from = ticket.helpTopicId ? await this.directory.helpTopic(ticket.helpTopicId) : null;
        await this.tickets.update(ticket, { helpTopicId: topic.id });
        await this.event(ticket, 'topic', { from: from ? named(from) : null, to: named(topic) });
        await this.outbox.add('ticket.updated', { ticketId: ticket.id, change: 'topic' });
        return;
      }
      case 'set-priority': {
        if (value === ticket.priorityId) return;
        const from = await this.directory.priority(ticket.priorityId);
        const to = await this.directory.priority(value);
        await this.tickets.update(ticket, { priorityId: to.id });
        await this.event(ticket, 'priority', { from: named(from), to: named(to) });
        await this.outbox.add('ticket.priority', { ticketId: ticket.id, priorityId: to.id, fromPriorityId: from.id });
        return;
      }
      case 'set-sla-plan': {
        if (value === ticket.slaPlanId) return;
        const from = ticket.slaPlanId ? named(await this.directory.slaPlan(ticket.slaPlanId)) : null;
        const to = await this.directory.slaPlan(value);
        await this.tickets.update(ticket, { slaPlanId: to.id });
        await this.event(ticket, 'edited', { field: 'slaPlan', from, to: named(to) });
        await this.outbox.add('ticket.updated', { ticketId: ticket.id, change: 'edited' });
        return;
      }
      case 'set-type': {
        if (value === ticket.type) return;
        const from = ticket.type;
        await this.tickets.update(ticket, { type: value as TicketType });
        await this.event(ticket, 'edited', { field: 'type', from, to: value });
        await this.outbox.add('ticket.updated', { ticketId: ticket.id, change: 'edited' });
        return;
      }
      case 'set-status':
        await this.tickets.moveTo(ticket, await this.directory.status(value), SYSTEM);
        return;
      case 'assign-agent':
        return this.assignAgent(ticket, value);
      case 'assign-team':
        await this.assignment.autoAssign(manager, ticket, SYSTEM, value);
        return;
      case 'auto-assign':
        await this.assignment.autoAssign(manager, ticket, SYSTEM);
        return;
      case 'add-tags':
        await this.tags.add(manager, ticket, SYSTEM, splitTags(value));
        return;
      case 'add-collaborators': {
        const people = [];
        for (const address of splitAddresses(value)) people.push((await this.requesters.findOrCreate({ email: address })).requester);
        const added = await this.tickets.addCollaborators(ticket, SYSTEM, people);
        if (added.length === 0) return;
        await this.tickets.update(ticket, {});
        await this.outbox.add('ticket.updated', { ticketId: ticket.id, change: 'collaborators' });
        return;
      }
      case 'send-canned-response':
        for (const canned of await this.filters.cannedFor(ticket, [value])) await this.tickets.respondAsInstance(ticket, canned);
        return;
      case 'send-notification':
        await this.outbox.add('trigger.notification', { ticketId: ticket.id, triggerId: run.origin.triggerId, templateKey: value, to: action.to ?? 'requester' });
        return;
      case 'call-webhook':
        await this.outbox.add('trigger.webhook', { ticketId: ticket.id, triggerId: run.origin.triggerId, url: value, eventId: run.eventId, event: run.event });
        return;
      case 'stop':
        return;
    }
  }

  private async transfer(ticket: Ticket, departmentId: string): Promise<void> {
    if (departmentId === ticket.departmentId) return;
    const from = await this.directory.department(ticket.departmentId);
    const to = await this.directory.department(departmentId);
    await this.tickets.update(ticket, { departmentId: to.id });
    await this.event(ticket, 'transferred', { from: named(from), to: named(to) });
    await this.outbox.add('ticket.transferred', { ticketId: ticket.id, fromDepartmentId: from.id, toDepartmentId: to.id, byStaffId: null, noteEntryId: null });
  }

  // The agent takes the ticket; its team stays.
  private async assignAgent(ticket: Ticket, staffId: string): Promise<void> {
    if (staffId === ticket.assigneeStaffId) return;
    await this.tickets.assertAssignable({ staffId });
    const before = { fromStaffId: ticket.assigneeStaffId, fromTeamId: ticket.assigneeTeamId };
    const from = await this.tickets.assigneeOf(ticket.assigneeStaffId, ticket.assigneeTeamId);
    await this.tickets.update(ticket, { assigneeStaffId: staffId });
    await this.event(ticket, 'assigned', { from, to: await this.tickets.assigneeOf(staffId, ticket.assigneeTeamId) });
    await this.outbox.add('ticket.assigned', { ticketId: ticket.id, staffId, teamId: ticket.assigneeTeamId, byStaffId: null, ...before });
  }

  private async event(ticket: Ticket, event: 'topic' | 'priority' | 'edited' | 'transferred' | 'assigned', data: Record<string, unknown>): Promise<void> {
    await this.tickets.appendEntry(ticket, SYSTEM, { kind: 'event', visibility: 'internal', event, data: data as never });
  }
}

function named(row: { id: string; name: string }): { id: string; name: string } {
  return { id: row.id, name: row.name };
}
