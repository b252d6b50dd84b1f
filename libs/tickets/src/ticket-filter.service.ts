import { Inject, Injectable } from '@nestjs/common';
import { ActionKind, FilterChannel, FilterMessage, FilterOutcome, FilterRule, isActionKind, referenceOf, runFilters } from '@tessera/automation';
import { CONFIG, Config } from '@tessera/config';
import { TenantDatabase } from '@tessera/database';
import { DirectoryService } from '@tessera/directory';
import { RequesterService } from '@tessera/requesters';
import { Tenant } from '@tessera/tenancy';
import { In } from 'typeorm';
import { CannedResponse } from './canned-response.entities';
import { FilledCannedResponse, cannedValues, fillCanned } from './canned-values';
import { TicketFilter } from './ticket-filter.entity';
import { FilterTarget, ReferenceKind, TicketFilterRepository } from './ticket-filter.repository';
import { Ticket, TicketSource, TicketType } from './ticket.entities';
import type { OpenTicket } from './ticket.service';

// One action of a filter that matched, as its thread event and the dry run show it.
export interface AppliedAction<K extends string = ActionKind> {
  kind: K;
  value: string | null;
  // The name of the row it names (a department's, a canned response's title), when it names one.
  target: string | null;
  // True when that row is gone or no longer usable (an inactive topic, a locked agent): the
  // action did nothing.
  skipped: boolean;
  // A trigger's notification: whom it mails.
  to?: string;
}

export interface AppliedFilter {
  filterId: string;
  name: string;
  actions: AppliedAction[];
}

// What the instance's filters do to a new ticket.
export interface FilterPlan {
  outcome: FilterOutcome;
  applied: AppliedFilter[];
}

// How a ticket came in, as filter conditions name the channels.
export function channelOf(source: TicketSource, actorKind: string): FilterChannel {
  if (source === 'email') return 'mail';
  if (source === 'web') return 'portal';
  if (source === 'api' || actorKind === 'api') return 'api';
  return 'agent';
}

// Runs the instance's active filters on the facts of a new ticket's message: only reads, so the
// dry run and ticket opening share it. Runs in the tenant transaction.
@Injectable()
export class TicketFilterService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly repository: TicketFilterRepository,
    private readonly directory: DirectoryService,
    private readonly requesters: RequesterService,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  // The instance's filters first; then the filters of the department the ticket would open in
  // (named by the channel, by a help topic, or by the instance's filters), on what those left.
  async plan(message: FilterMessage, filters?: TicketFilter[]): Promise<FilterPlan> {
    const rows = filters ?? (await this.repository.active());
    if (rows.length === 0) return { outcome: runFilters([], message), applied: [] };
    const targets = await this.targetsOf(rows);
    const lookup = (kind: ActionKind, value: string | null): FilterTarget | null => {
      const takes = referenceOf(kind);
      return !takes || !value ? null : (targets.get(takes)?.get(value) ?? null);
    };
    const usable = (row: TicketFilter, kind: ActionKind, value: string | null) => {
      if (referenceOf(kind) === null) return true;
      const target = lookup(kind, value);
      return Boolean(target?.usable) && (row.departmentId === null || keepsInDepartment(kind, target!, row.departmentId));
    };
    // An action whose row is gone is left out, so that an earlier filter's setting stands.
    const rule = (row: TicketFilter): FilterRule => ({ ...row, actions: row.actions.filter((a) => usable(row, a.kind, a.value ?? null)) });
    const instanceWide = runFilters(rows.filter((row) => row.departmentId === null).map(rule), message);
    const departmentId = instanceWide.rejectedBy ? null : await this.departmentOf(instanceWide, message);
    const own = departmentId ? rows.filter((row) => row.departmentId === departmentId) : [];
    const outcome = own.length > 0 ? runFilters(own.map(rule), message, instanceWide) : instanceWide;
    const applied = outcome.matched.map((matched) => {
      const row = rows.find((r) => r.id === matched.filterId)!;
      return {
        filterId: row.id,
        name: row.name,
        actions: row.actions.map((action) => {
          const value = action.value ?? null;
          return { kind: action.kind, value, target: lookup(action.kind, value)?.name ?? null, skipped: !usable(row, action.kind, value) };
        }),
      };
    });
    return { outcome, applied };
  }

  // Where a ticket opens after the instance's filters, as ticket opening decides it: their
  // department, else the channel's, else the help topic's.
  private async departmentOf(outcome: FilterOutcome, message: FilterMessage): Promise<string | null> {
    const named = outcome.departmentId ?? message.departmentId ?? null;
    if (named) return named;
    const topicId = outcome.helpTopicId ?? message.helpTopicId;
    return topicId ? ((await this.directory.helpTopics()).find((topic) => topic.id === topicId)?.departmentId ?? null) : null;
  }

  // A message's facts for the filters, from what a portal, agent or API caller gave.
  async messageOf(input: OpenTicket, actorKind: string): Promise<FilterMessage> {
    const person = input.requester;
    const from =
      'email' in person
        ? { address: person.email.trim().toLowerCase(), name: person.name ?? null }
        : { address: (await this.requesters.primaryEmail(person.id)) ?? '', name: (await this.requesters.get(person.id)).name };
    return {
      channel: channelOf(input.source, actorKind),
      from,
      to: [],
      cc: [],
      subject: input.subject,
      body: input.body,
      headers: {},
      mailboxId: null,
      helpTopicId: input.helpTopicId ?? null,
      priorityId: input.priorityId ?? null,
      departmentId: input.departmentId ?? null,
      tags: input.tags ?? [],
      organizations: await this.requesters.organizationsOf('email' in person ? { email: person.email } : { id: person.id }),
      customData: input.customData ?? {},
    };
  }

  // The canned responses a plan sends, filled in for the new ticket.
  async cannedFor(ticket: Ticket, ids: string[]): Promise<FilledCannedResponse[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.manager.findBy(CannedResponse, { id: In(ids), isActive: true });
    if (rows.length === 0) return [];
    // One after the other: they share the transaction's connection.
    const facts = {
      reference: ticket.reference,
      subject: ticket.subject,
      status: await this.directory.status(ticket.statusId),
      priority: await this.directory.priority(ticket.priorityId),
      helpTopic: ticket.helpTopicId ? await this.directory.helpTopic(ticket.helpTopicId) : null,
      department: await this.directory.department(ticket.departmentId),
      requester: await this.requesters.get(ticket.requesterId),
      requesterEmail: await this.requesters.primaryEmail(ticket.requesterId),
    };
    const tenant = await this.db.manager.findOneByOrFail(Tenant, { id: this.db.tenant.id });
    const values = cannedValues(facts, null, tenant, this.config.http.publicUrl);
    return ids.flatMap((id) => rows.filter((row) => row.id === id)).map((row) => fillCanned(row, values));
  }

  private async targetsOf(rows: TicketFilter[]): Promise<Map<ReferenceKind, Map<string, FilterTarget>>> {
    const wanted = new Map<ReferenceKind, string[]>();
    for (const action of rows.flatMap((row) => row.actions)) {
      const takes = isActionKind(action.kind) ? referenceOf(action.kind) : null;
      if (!takes || !action.value) continue;
      wanted.set(takes, [...(wanted.get(takes) ?? []), action.value]);
    }
    const found = new Map<ReferenceKind, Map<string, FilterTarget>>();
    // One after the other: they share the transaction's connection.
    for (const [kind, ids] of wanted) found.set(kind, await this.repository.targets(kind, ids));
    return found;
  }
}

// A department's filter keeps its tickets there: it moves none to another department, and names
// only its own department's help topics and canned responses (or instance-wide ones).
export function keepsInDepartment(kind: ActionKind, target: Pick<FilterTarget, 'departmentId'>, departmentId: string): boolean {
  if (kind === 'set-department') return false;
  return target.departmentId === null || target.departmentId === departmentId;
}

// A new ticket's input with what the filters set in place of what it named.
export function routedBy(input: OpenTicket, outcome: FilterOutcome): OpenTicket {
  const assigned = outcome.staffId || outcome.teamId ? { assigneeStaffId: outcome.staffId, assigneeTeamId: outcome.teamId } : {};
  return {
    ...input,
    ...assigned,
    departmentId: outcome.departmentId ?? input.departmentId,
    helpTopicId: outcome.helpTopicId ?? input.helpTopicId,
    priorityId: outcome.priorityId ?? input.priorityId,
    statusId: outcome.statusId ?? input.statusId,
    type: (outcome.type as TicketType | null) ?? input.type,
  };
}
