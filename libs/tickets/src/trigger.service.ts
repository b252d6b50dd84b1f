import { Injectable } from '@nestjs/common';
import { TicketChange, TriggerEvent, TriggerFacts, TriggerRule, runTriggers } from '@tessera/automation';
import { JsonObject, OutboxMessage, TenantDatabase } from '@tessera/database';
import { EventKind, EventPayloads } from '@tessera/events';
import { RequesterService } from '@tessera/requesters';
import { TicketRuleActionsService } from './ticket-rule-actions.service';
import { channelOf } from './ticket-filter.service';
import { Ticket, TicketEntry } from './ticket.entities';
import { TicketTagService } from './ticket-tag.service';
import { TicketService } from './ticket.service';
import { TriggerRepository } from './trigger.repository';

// Which outbox events fire which trigger events.
export const TRIGGER_EVENT_OF = {
  'ticket.created': 'created',
  'ticket.message': 'requester-reply',
  'ticket.response': 'agent-reply',
  'ticket.note': 'note',
  'ticket.status': 'status',
  'ticket.resolved': 'status',
  'ticket.closed': 'status',
  'ticket.priority': 'priority',
  'ticket.assigned': 'assignment',
  'ticket.unassigned': 'assignment',
  'ticket.claimed': 'assignment',
  'ticket.released': 'assignment',
  'ticket.transferred': 'department',
  'ticket.sla-warning': 'sla-warning',
  'ticket.overdue': 'sla-breach',
  'task.closed': 'task-closed',
} as const satisfies Partial<Record<EventKind, TriggerEvent>>;
export type TriggeringKind = keyof typeof TRIGGER_EVENT_OF;
export const TRIGGERING_KINDS = Object.keys(TRIGGER_EVENT_OF) as TriggeringKind[];

export interface TriggerRunResult {
  fired: number;
  // Matching triggers left out by the loop guard: their own change, or past the chain's bound.
  guarded: number;
}

// Runs the instance's active triggers on one event of a ticket, and applies what fires to the
// ticket, as the instance; each trigger that acted leaves a `triggered` event in the thread.
// Once per event: a retried job finds that event and does nothing. Runs in the tenant transaction.
@Injectable()
export class TriggerService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly repository: TriggerRepository,
    private readonly requesters: RequesterService,
    private readonly actions: TicketRuleActionsService,
    private readonly tickets: TicketService,
    private readonly tags: TicketTagService,
  ) {}

  async onEvent(outboxId: string): Promise<TriggerRunResult> {
    const none = { fired: 0, guarded: 0 };
    const message = await this.db.manager.findOneBy(OutboxMessage, { id: outboxId });
    if (!message || !Object.hasOwn(TRIGGER_EVENT_OF, message.topic)) return none;
    const kind = message.topic as TriggeringKind;
    const event: TriggerEvent = TRIGGER_EVENT_OF[kind];
    const triggers = (await this.repository.active()).filter((trigger) => trigger.events.includes(event));
    const ticketId = (message.payload as { ticketId?: string | null }).ticketId;
    if (triggers.length === 0 || !ticketId) return none;
    const ticket = await this.db.manager.findOne(Ticket, { where: { id: ticketId }, lock: { mode: 'pessimistic_write' } });
    if (!ticket || ticket.mergedIntoId || (await this.ranOn(ticket.id, message.id))) return none;
    const facts = await this.factsOf(ticket, event, kind, message.payload);
    const run = runTriggers(triggers as TriggerRule[], facts, message.origin);
    for (const fired of run.fired) {
      const applied = await this.actions.apply(ticket, fired.actions, { origin: { triggerId: fired.triggerId, runs: fired.runs }, eventId: message.id, event: kind });
      const data = { triggerId: fired.triggerId, name: fired.name, event, eventId: message.id, actions: applied.map((a) => ({ ...a })) };
      await this.tickets.appendEntry(ticket, { kind: 'system' }, { kind: 'event', visibility: 'internal', event: 'triggered', data: data as unknown as JsonObject });
    }
    return { fired: run.fired.length, guarded: run.ownChange.length + run.pastBound.length };
  }

  // Whether the triggers already acted on this event (a retried job).
  private async ranOn(ticketId: string, eventId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.manager.query(
      `select 1 from ticket_entries where ticket_id = $1 and event = 'triggered' and data->>'eventId' = $2 limit 1`,
      [ticketId, eventId],
    );
    return rows.length > 0;
  }

  // The facts trigger conditions read: the requester (and their organizations), the subject, the
  // text of the entry the event wrote (a reply, a note), the ticket's routing, tags and custom
  // data now, and what the event changed.
  private async factsOf(ticket: Ticket, event: TriggerEvent, kind: TriggeringKind, payload: JsonObject): Promise<TriggerFacts> {
    const entryId = (payload as { entryId?: string }).entryId;
    const entry = entryId ? await this.db.manager.findOneBy(TicketEntry, { id: entryId }) : null;
    const requester = await this.requesters.get(ticket.requesterId);
    return {
      event,
      channel: channelOf(ticket.source, ticket.source),
      from: { address: (await this.requesters.primaryEmail(ticket.requesterId)) ?? '', name: requester.name },
      to: [],
      cc: [],
      subject: ticket.subject,
      body: entry?.body ?? '',
      headers: {},
      mailboxId: null,
      helpTopicId: ticket.helpTopicId,
      priorityId: ticket.priorityId,
      statusId: ticket.statusId,
      departmentId: ticket.departmentId,
      staffId: ticket.assigneeStaffId,
      teamId: ticket.assigneeTeamId,
      tags: await this.tags.of(ticket.id),
      organizations: await this.requesters.organizationsOf({ id: ticket.requesterId }),
      customData: ticket.customData ?? {},
      changes: changesOf(kind, payload, ticket),
    };
  }
}

// What the event changed, from its payload (older events without `from*` give from: null).
export function changesOf(kind: TriggeringKind, payload: JsonObject, ticket: Pick<Ticket, 'statusId'>): TicketChange[] {
  switch (kind) {
    case 'ticket.status':
    case 'ticket.resolved':
    case 'ticket.closed': {
      const p = payload as EventPayloads['ticket.status'];
      return [{ field: 'status', from: p.fromStatusId ?? null, to: p.statusId ?? ticket.statusId }];
    }
    case 'ticket.priority': {
      const p = payload as EventPayloads['ticket.priority'];
      return [{ field: 'priority', from: p.fromPriorityId ?? null, to: p.priorityId }];
    }
    case 'ticket.transferred': {
      const p = payload as EventPayloads['ticket.transferred'];
      return [{ field: 'department', from: p.fromDepartmentId, to: p.toDepartmentId }];
    }
    case 'ticket.assigned': {
      const p = payload as EventPayloads['ticket.assigned'];
      const changes: TicketChange[] = [];
      if (p.staffId !== (p.fromStaffId ?? null) || p.fromStaffId === undefined) changes.push({ field: 'agent', from: p.fromStaffId ?? null, to: p.staffId });
      if (p.teamId !== (p.fromTeamId ?? null) || p.fromTeamId === undefined) changes.push({ field: 'team', from: p.fromTeamId ?? null, to: p.teamId });
      return changes;
    }
    case 'ticket.claimed':
      return [{ field: 'agent', from: null, to: (payload as EventPayloads['ticket.claimed']).staffId }];
    case 'ticket.released':
      return [{ field: 'agent', from: (payload as EventPayloads['ticket.released']).staffId, to: null }];
    case 'ticket.unassigned':
      return [{ field: 'agent', from: null, to: null }];
    default:
      return [];
  }
}
