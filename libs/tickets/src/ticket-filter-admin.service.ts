import { Injectable } from '@nestjs/common';
import { ACTION_KINDS, FilterAction, FilterChannel, FilterCondition, FilterMessage, referenceOf, ruleProblems, splitAddresses, splitTags } from '@tessera/automation';
import { placed } from './rule-positions';
import { normalizeTag } from './tag-name';
import { TenantDatabase, newId, refuseDuplicate } from '@tessera/database';
import { AgentAccess, AgentAccessService, administeredDepartments, administers } from '@tessera/directory';
import { RequesterService } from '@tessera/requesters';
import { TicketFilter } from './ticket-filter.entity';
import { TicketTagService } from './ticket-tag.service';
import { TicketFilterRepository } from './ticket-filter.repository';
import { FilterPlan, TicketFilterService, channelOf, keepsInDepartment } from './ticket-filter.service';
import { TicketEntry } from './ticket.entities';
import { TicketError, TicketErrorCode } from './ticket.errors';
import { TicketService } from './ticket.service';

export interface TicketFilterInput {
  name: string;
  match: 'all' | 'any';
  conditions: FilterCondition[];
  actions: FilterAction[];
  isActive?: boolean;
  // 1 runs first; absent on a new filter: after the others of its scope. Moving one renumbers
  // the rest of its scope.
  position?: number;
  // Null or absent: instance-wide (managers keep those); else the department whose tickets it
  // runs on, kept by its agents whose role there has filters.manage.
  departmentId?: string | null;
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
  // The department the channel names (a mailbox's, the one chosen in a form).
  departmentId?: string | null;
  // Tags given at creation, and the ticket's custom data.
  tags?: string[];
  customData?: Record<string, unknown>;
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

function forbidden(departmentId: string | null): TicketError {
  const what = departmentId === null ? 'Instance-wide ticket filters are kept by managers' : 'Your role in this department does not allow filters.manage';
  return new TicketError(TicketErrorCode.FilterForbidden, what, { permission: 'filters.manage' });
}

function requireAdministers(access: AgentAccess, departmentId: string | null): void {
  if (!administers(access, departmentId, 'filters.manage')) throw forbidden(departmentId);
}

function refuse(problems: Problem[]): TicketError {
  return new TicketError(TicketErrorCode.FilterInvalid, problems.map((p) => `${p.field}: ${p.message}`).join('; '), { field: problems[0].field, errors: problems });
}

// The instance's ticket filters, kept by its managers, and each department's, kept by its
// agents whose role there has filters.manage: ordered within their scope, switched on and off,
// checked when saved (patterns RE2 runs, ids of rows of this instance, a department's filter
// keeping its tickets there), and tried without effect on a sample message or an existing ticket
// (by managers). Runs in the tenant transaction.
@Injectable()
export class TicketFilterAdminService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly repository: TicketFilterRepository,
    private readonly filters: TicketFilterService,
    private readonly tickets: TicketService,
    private readonly requesters: RequesterService,
    private readonly access: AgentAccessService,
    private readonly tags: TicketTagService,
  ) {}

  // Those the agent keeps: all for managers.
  async list(staffId: string): Promise<TicketFilter[]> {
    const access = await this.administrator(staffId);
    return (await this.repository.list()).filter((filter) => administers(access, filter.departmentId, 'filters.manage'));
  }

  async get(staffId: string, id: string): Promise<TicketFilter> {
    return this.kept(await this.administrator(staffId), id);
  }

  async create(staffId: string, input: TicketFilterInput): Promise<TicketFilter> {
    const access = await this.administrator(staffId);
    const departmentId = input.departmentId ?? null;
    requireAdministers(access, departmentId);
    const now = new Date();
    const filter = Object.assign(new TicketFilter(), { tenantId: this.db.tenant.id, id: newId(), isActive: true, departmentId, position: (await this.repository.scope(departmentId)).length + 1, createdAt: now });
    return this.save(access, filter, input);
  }

  async update(staffId: string, id: string, changes: Partial<TicketFilterInput>): Promise<TicketFilter> {
    const access = await this.administrator(staffId);
    return this.save(access, await this.kept(access, id), changes);
  }

  async delete(staffId: string, id: string): Promise<void> {
    const filter = await this.kept(await this.administrator(staffId), id);
    await this.repository.delete(id);
    await this.repository.renumber((await this.repository.scope(filter.departmentId)).map((f) => f.id));
  }

  // What the active filters would do to a new ticket with these facts, or to this ticket had it
  // just come in. Reads only; managers only, since it runs every scope.
  async dryRun(staffId: string, target: { message?: FilterSample; reference?: string }): Promise<FilterDryRun> {
    requireAdministers(await this.access.load(staffId), null);
    if (Boolean(target.message) === Boolean(target.reference)) throw refuse([{ field: 'message', message: 'Give a sample message or the reference of a ticket, not both' }]);
    const message = target.message ? await this.withOrganizations(normalized(sampleMessage(target.message))) : await this.messageOfTicket(target.reference!);
    return { message, ...(await this.filters.plan(message)) };
  }

  // The caller's access, refused unless they keep some filters.
  private async administrator(staffId: string): Promise<AgentAccess> {
    const access = await this.access.load(staffId);
    if (!access.isManager && administeredDepartments(access, 'filters.manage').length === 0) throw forbidden(access.primaryDepartmentId);
    return access;
  }

  private async kept(access: AgentAccess, id: string): Promise<TicketFilter> {
    const filter = await this.repository.get(id);
    if (!filter) throw notFound(id);
    requireAdministers(access, filter.departmentId);
    return filter;
  }

  private async save(access: AgentAccess, filter: TicketFilter, changes: Partial<TicketFilterInput>): Promise<TicketFilter> {
    const from = filter.departmentId;
    if (changes.departmentId !== undefined) {
      requireAdministers(access, changes.departmentId);
      if (changes.departmentId !== null && !(await this.repository.targets('department', [changes.departmentId])).has(changes.departmentId)) {
        throw refuse([{ field: 'departmentId', message: `No department ${changes.departmentId} here` }]);
      }
      filter.departmentId = changes.departmentId;
    }
    if (changes.name !== undefined) filter.name = changes.name.trim();
    if (changes.match !== undefined) filter.match = changes.match;
    if (changes.conditions !== undefined) filter.conditions = changes.conditions.map(conditionOf);
    if (changes.actions !== undefined) filter.actions = changes.actions.map((a) => ({ kind: a.kind, value: a.value?.trim() || null }));
    if (changes.isActive !== undefined) filter.isActive = changes.isActive;
    const problems: Problem[] = [];
    if (!filter.name) problems.push({ field: 'name', message: 'The name is empty' });
    problems.push(...ruleProblems(filter));
    if (problems.length === 0) problems.push(...(await this.referenceProblems(filter.actions, filter.departmentId)));
    if (problems.length > 0) throw refuse(problems);
    filter.updatedAt = new Date();
    const saved = await refuseDuplicate(
      () => this.repository.save(filter),
      () => new TicketError(TicketErrorCode.FilterNameTaken, `There is already a ticket filter named "${filter.name}"`, { field: 'name' }),
    );
    const others = (await this.repository.scope(filter.departmentId)).filter((f) => f.id !== filter.id).map((f) => f.id);
    const { order, position } = placed(others, filter.id, changes.position ?? (from === filter.departmentId ? filter.position : others.length + 1));
    await this.repository.renumber(order);
    if (from !== filter.departmentId) await this.repository.renumber((await this.repository.scope(from)).map((f) => f.id));
    saved.position = position;
    return saved;
  }

  // Each id an action names is a row of this instance that a new ticket may use; a department's
  // filter keeps its tickets in the department.
  private async referenceProblems(actions: FilterAction[], departmentId: string | null): Promise<Problem[]> {
    const problems: Problem[] = [];
    for (const [index, action] of actions.entries()) {
      const field = `actions.${index}.value`;
      if (ACTION_KINDS[action.kind] === 'tags') {
        const wrong = splitTags(action.value ?? '').find((name) => normalizeTag(name) === null);
        if (wrong !== undefined) problems.push({ field, message: `"${wrong}" is not a tag: letters and digits, with - _ . / inside` });
        continue;
      }
      const takes = referenceOf(action.kind);
      if (!takes || !action.value) continue;
      const found = (await this.repository.targets(takes, [action.value])).get(action.value);
      if (!found) problems.push({ field, message: `No ${takes.replace('-', ' ')} ${action.value} here` });
      else if (!found.usable) problems.push({ field, message: `The ${takes.replace('-', ' ')} "${found.name}" cannot be used on a new ticket` });
      else if (departmentId !== null && !keepsInDepartment(action.kind, found, departmentId)) {
        problems.push({ field: action.kind === 'set-department' ? `actions.${index}.kind` : field, message: "A department's filter keeps its tickets in the department: it names only that department's rows" });
      } else if (departmentId !== null && action.kind === 'assign-agent' && !(await this.repository.worksIn(found.id, departmentId))) {
        problems.push({ field, message: `${found.name} does not work in this department` });
      }
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
      departmentId: ticket.departmentId,
      tags: await this.tags.of(ticket.id),
      organizations: await this.requesters.organizationsOf({ id: ticket.requesterId }),
      customData: ticket.customData ?? {},
    });
  }

  // A sample's sender's organizations, as a new ticket of theirs would see them.
  private async withOrganizations(message: FilterMessage): Promise<FilterMessage> {
    return { ...message, organizations: await this.requesters.organizationsOf({ email: message.from.address }) };
  }
}

function conditionOf(condition: FilterCondition): FilterCondition {
  const { field, operator, value } = condition;
  if (field === 'header') return { field, operator, value, header: condition.header?.trim() ?? null };
  if (field === 'custom-field') return { field, operator, value, key: condition.key?.trim() ?? null };
  return { field, operator, value };
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
    departmentId: sample.departmentId ?? null,
    tags: sample.tags ?? [],
    customData: sample.customData ?? {},
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
