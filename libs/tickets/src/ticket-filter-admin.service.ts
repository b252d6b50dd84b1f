import { Injectable } from '@nestjs/common';
import { ACTION_KINDS, FilterAction, FilterChannel, FilterCondition, FilterMessage, referenceOf, ruleProblems, splitAddresses, splitTags } from '@tessera/automation';
import { placed } from './rule-positions';
import { normalizeTag } from './tag-name';
import { TenantDatabase, newId, refuseDuplicate } from '@tessera/database';
import { RequesterService } from '@tessera/requesters';
import { TicketFilter } from './ticket-filter.entity';
import { TicketFilterRepository } from './ticket-filter.repository';
import { FilterPlan, TicketFilterService, channelOf } from './ticket-filter.service';
import { TicketEntry } from './ticket.entities';
import { TicketError, TicketErrorCode } from './ticket.errors';
import { TicketService } from './ticket.service';

export interface TicketFilterInput {
  name: string;
  match: 'all' | 'any';
  conditions: FilterCondition[];
  actions: FilterAction[];
  isActive?: boolean;
  // 1 runs first; absent on a new filter: after the others. Moving one renumbers the rest.
  position?: number;
}

// A message for a dry run: what is not given is empty.
export interface FilterSample {
  channel?: FilterChannel;
  from: { address: string; name?: string | null };
  to?: string[];
  cc?: string[];
  subject?: string;
  body?: string;
  headers?: Record<string, unknown>;
  mailboxId?: string | null;
  helpTopicId?: string | null;
  priorityId?: string | null;
}

// A dry run's answer: the facts the filters read, and what they would do.
export interface FilterDryRun extends FilterPlan {
  message: FilterMessage;
}

interface Problem {
  field: string;
  message: string;
}

const notFound = (id: string) => new TicketError(TicketErrorCode.FilterNotFound, `No ticket filter ${id}`);

function refuse(problems: Problem[]): TicketError {
  return new TicketError(TicketErrorCode.FilterInvalid, problems.map((p) => `${p.field}: ${p.message}`).join('; '), { field: problems[0].field, errors: problems });
}

// The instance's ticket filters, kept by its managers: ordered, switched on and off, checked
// when saved (patterns RE2 runs, ids of rows of this instance), and tried without effect on a
// sample message or an existing ticket. Runs in the tenant transaction.
@Injectable()
export class TicketFilterAdminService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly repository: TicketFilterRepository,
    private readonly filters: TicketFilterService,
    private readonly tickets: TicketService,
    private readonly requesters: RequesterService,
  ) {}

  list(): Promise<TicketFilter[]> {
    return this.repository.list();
  }

  async get(id: string): Promise<TicketFilter> {
    const filter = await this.repository.get(id);
    if (!filter) throw notFound(id);
    return filter;
  }

  async create(input: TicketFilterInput): Promise<TicketFilter> {
    const now = new Date();
    const all = await this.repository.list();
    const filter = Object.assign(new TicketFilter(), { tenantId: this.db.tenant.id, id: newId(), isActive: true, position: all.length + 1, createdAt: now });
    return this.save(filter, input, all);
  }

  async update(id: string, changes: Partial<TicketFilterInput>): Promise<TicketFilter> {
    const filter = await this.get(id);
    return this.save(filter, changes, await this.repository.list());
  }

  async delete(id: string): Promise<void> {
    await this.get(id);
    await this.repository.delete(id);
    await this.repository.renumber((await this.repository.list()).map((f) => f.id));
  }

  // What the active filters would do to a new ticket with these facts, or to this ticket had it
  // just come in. Reads only.
  async dryRun(target: { message?: FilterSample; reference?: string }): Promise<FilterDryRun> {
    if (Boolean(target.message) === Boolean(target.reference)) throw refuse([{ field: 'message', message: 'Give a sample message or the reference of a ticket, not both' }]);
    const message = target.message ? normalized(sampleMessage(target.message)) : await this.messageOfTicket(target.reference!);
    return { message, ...(await this.filters.plan(message)) };
  }

  private async save(filter: TicketFilter, changes: Partial<TicketFilterInput>, all: TicketFilter[]): Promise<TicketFilter> {
    if (changes.name !== undefined) filter.name = changes.name.trim();
    if (changes.match !== undefined) filter.match = changes.match;
    if (changes.conditions !== undefined) filter.conditions = changes.conditions.map(conditionOf);
    if (changes.actions !== undefined) filter.actions = changes.actions.map((a) => ({ kind: a.kind, value: a.value?.trim() || null }));
    if (changes.isActive !== undefined) filter.isActive = changes.isActive;
    const problems: Problem[] = [];
    if (!filter.name) problems.push({ field: 'name', message: 'The name is empty' });
    problems.push(...ruleProblems(filter));
    if (problems.length === 0) problems.push(...(await this.referenceProblems(filter.actions)));
    if (problems.length > 0) throw refuse(problems);
    filter.updatedAt = new Date();
    const saved = await refuseDuplicate(
      () => this.repository.save(filter),
      () => new TicketError(TicketErrorCode.FilterNameTaken, `There is already a ticket filter named "${filter.name}"`, { field: 'name' }),
    );
    const { order, position } = placed(
      all.filter((f) => f.id !== filter.id).map((f) => f.id),
      filter.id,
      changes.position ?? filter.position,
    );
    await this.repository.renumber(order);
    saved.position = position;
    return saved;
  }

  // Each id an action names is a row of this instance that a new ticket may use.
  private async referenceProblems(actions: FilterAction[]): Promise<Problem[]> {
    const problems: Problem[] = [];
    for (const [index, action] of actions.entries()) {
      if (ACTION_KINDS[action.kind] === 'tags') {
        const wrong = splitTags(action.value ?? '').find((name) => normalizeTag(name) === null);
        if (wrong !== undefined) problems.push({ field: `actions.${index}.value`, message: `"${wrong}" is not a tag: letters and digits, with - _ . / inside` });
        continue;
      }
      const takes = referenceOf(action.kind);
      if (!takes || !action.value) continue;
      const found = (await this.repository.targets(takes, [action.value])).get(action.value);
      if (!found) problems.push({ field: `actions.${index}.value`, message: `No ${takes.replace('-', ' ')} ${action.value} here` });
      else if (!found.usable) problems.push({ field: `actions.${index}.value`, message: `The ${takes.replace('-', ' ')} "${found.name}" cannot be used on a new ticket` });
    }
    return problems;
  }

  // The facts of an existing ticket as its filters read them when it was new: its first message
  // (with the addresses of the mail it came in, if it came by mail) and its topic and priority.
  private async messageOfTicket(reference: string): Promise<FilterMessage> {
    const ticket = await this.tickets.byReference(reference);
    const first = await this.db.manager.findOne(TicketEntry, { where: { ticketId: ticket.id, kind: 'message' }, order: { id: 'ASC' } });
    const mail = (first?.data?.mail ?? null) as { from?: { address: string; name: string | null } | null; to?: { address: string }[]; cc?: { address: string }[] } | null;
    const [inbound]: { mailbox_id: string | null }[] = first
      ? await this.db.manager.query(`select mailbox_id from mail_messages where entry_id = $1 and direction = 'in' limit 1`, [first.id])
      : [];
    const requester = await this.requesters.get(ticket.requesterId);
    return normalized({
      channel: channelOf(ticket.source, first?.data && 'apiKeyId' in first.data ? 'api' : 'staff'),
      from: mail?.from ?? { address: (await this.requesters.primaryEmail(ticket.requesterId)) ?? '', name: requester.name },
      to: (mail?.to ?? []).map((a) => a.address),
      cc: (mail?.cc ?? []).map((a) => a.address),
      subject: ticket.subject,
      body: first?.body ?? '',
      headers: {},
      mailboxId: inbound?.mailbox_id ?? null,
      helpTopicId: ticket.helpTopicId,
      priorityId: ticket.priorityId,
    });
  }
}

function conditionOf(condition: FilterCondition): FilterCondition {
  const { field, operator, value } = condition;
  return field === 'header' ? { field, operator, value, header: condition.header?.trim() ?? null } : { field, operator, value };
}

function sampleMessage(sample: FilterSample): FilterMessage {
  const headers = Object.entries(sample.headers ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  return {
    channel: sample.channel ?? 'mail',
    from: { address: sample.from.address, name: sample.from.name ?? null },
    to: sample.to ?? [],
    cc: sample.cc ?? [],
    subject: sample.subject ?? '',
    body: sample.body ?? '',
    headers: Object.fromEntries(headers),
    mailboxId: sample.mailboxId ?? null,
    helpTopicId: sample.helpTopicId ?? null,
    priorityId: sample.priorityId ?? null,
  };
}

function normalized(message: FilterMessage): FilterMessage {
  return {
    ...message,
    from: { address: message.from.address.trim().toLowerCase(), name: message.from.name ?? null },
    to: message.to.flatMap((a) => splitAddresses(a)),
    cc: message.cc.flatMap((a) => splitAddresses(a)),
  };
}
