import { Injectable } from '@nestjs/common';
import { TenantDatabase, composedStatement, decodeKeyCursor, encodeKeyCursor } from '@tessera/database';
import { CustomFormService, DirectoryService, TicketState, customDataMatch, fieldError, DirectoryErrorCode } from '@tessera/directory';
import { DeliveryState } from '@tessera/mailboxes';
import { SlaTarget, nextDueAt } from '@tessera/sla';
import { SlaClockView, SlaSweepService } from './sla-sweep.service';
import { AttachmentService, AttachmentSummary } from './attachment.service';
import { EntryKind, EntryVisibility, Ticket, TicketEvent } from './ticket.entities';
import { AgentTickets } from './ticket-gate.service';
import { NEXT_DUE_SQL, OVERDUE_SQL, Params, Queue, all, inQueue, visibleTo } from './queue-conditions';
import type { OpenedTicket } from './ticket.service';
import { MAX_TAG_LENGTH, normalizeTag } from './tag-name';
import { TicketError, TicketErrorCode } from './ticket.errors';

export const QUEUE_SORTS = ['due', '-due', 'created', '-created', 'activity', '-activity', 'priority', '-priority'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export interface QueueFilter {
  queue: Queue;
  states?: TicketState[];
  departmentId?: string;
  helpTopicId?: string;
  statusId?: string;
  priorityId?: string;
  assigneeStaffId?: string;
  requesterId?: string;
  organizationId?: string;
  // A tag's name, in any case.
  tag?: string;
  // A custom field's key and the value its tickets hold (as text; a multiple choice holds it
  // among others).
  customField?: string;
  customValue?: string;
  createdFrom?: Date;
  createdTo?: Date;
  dueFrom?: Date;
  dueTo?: Date;
  sort: QueueSort;
  limit: number;
  cursor?: string;
}

interface Named {
  id: string;
  name: string;
}

export interface QueueRow {
  id: string;
  reference: string;
  subject: string;
  status: Named & { state: TicketState };
  priority: Named & { urgency: number };
  department: Named;
  helpTopic: Named | null;
  requester: Named;
  assignee: Named | null;
  team: Named | null;
  dueAt: Date | null;
  // The earliest due date of the SLA clock not met yet (first response or resolution).
  nextDueAt: Date | null;
  isOverdue: boolean;
  isConfidential: boolean;
  // Its tags' names, alphabetically.
  tags: string[];
  lastActivityAt: Date;
  createdAt: Date;
}

// One service target as the ticket's answer shows it.
export interface SlaTargetView {
  dueAt: Date | null;
  metAt: Date | null;
  breachedAt: Date | null;
  breached: boolean;
  pausedMinutes: number;
}

export interface QueuePage {
  items: QueueRow[];
  nextCursor: string | null;
}

export interface TicketDetails extends QueueRow {
  type: string;
  source: string;
  slaPlan: Named | null;
  impact: number | null;
  urgency: number | null;
  dueByHand: boolean;
  customData: object;
  requesterEmail: string | null;
  collaborators: (Named & { email: string | null })[];
  links: { reference: string; subject: string; kind: string }[];
  version: number;
  updatedAt: Date;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  rating: number | null;
  ratingComment: string | null;
  // The SLA clock, both targets; null for a ticket without targets.
  sla: { firstResponse: SlaTargetView; resolution: SlaTargetView; paused: boolean } | null;
}

// One mail sent about an entry (a response to a collaborator, an alert to an agent, ...).
export interface Delivery {
  address: string;
  template: string;
  status: DeliveryState;
  // The Message-ID it goes out with, without brackets; null when it is never sent.
  messageId: string | null;
  sentAt: Date | null;
  lastError: string | null;
}

export interface ThreadEntry {
  id: string;
  kind: EntryKind;
  visibility: EntryVisibility;
  event: TicketEvent | null;
  body: string;
  data: object;
  author: { type: 'staff' | 'requester' | 'system'; id: string | null; name: string | null };
  attachments: AttachmentSummary[];
  // The mails sent about the entry, oldest first. Agents only: the portal's thread has none.
  deliveries: Delivery[];
  createdAt: Date;
}

// Sort key expressions; each sorts by (key, id) so keyset pagination is exact. Missing due
// dates sort last.
const SORT_KEYS: Record<'due' | 'created' | 'activity' | 'priority', { sql: string; type: 'timestamptz' | 'int' }> = {
  due: { sql: "coalesce(t.due_at, 'infinity'::timestamptz)", type: 'timestamptz' },
  created: { sql: 't.created_at', type: 'timestamptz' },
  activity: { sql: 't.last_activity_at', type: 'timestamptz' },
  priority: { sql: 't.priority_urgency', type: 'int' },
};

// Queues filter and sort on the ticket's own columns (its state and priority's urgency
// included); statuses and priorities are joined for their names, the other names come from
// scalar subqueries, which keeps planning cheap: a wide join costs more to plan than the first
// page costs to read.
const ROW_SELECT = `
  t.id, t.reference, t.subject, t.due_at, t.is_confidential, t.last_activity_at, t.created_at,
  ${OVERDUE_SQL} as is_overdue, ${NEXT_DUE_SQL} as next_due_at,
  json_build_object('id', st.id, 'name', st.name, 'state', st.state) as status,
  json_build_object('id', p.id, 'name', p.name, 'urgency', p.urgency) as priority,
  (select json_build_object('id', d.id, 'name', d.name) from departments d where d.tenant_id = t.tenant_id and d.id = t.department_id) as department,
  (select json_build_object('id', ht.id, 'name', ht.name) from help_topics ht where ht.tenant_id = t.tenant_id and ht.id = t.help_topic_id) as help_topic,
  (select json_build_object('id', r.id, 'name', r.name) from requesters r where r.tenant_id = t.tenant_id and r.id = t.requester_id) as requester,
  (select json_build_object('id', a.id, 'name', a.name) from staff a where a.tenant_id = t.tenant_id and a.id = t.assignee_staff_id) as assignee,
  (select json_build_object('id', tm.id, 'name', tm.name) from teams tm where tm.tenant_id = t.tenant_id and tm.id = t.assignee_team_id) as team,
  (select coalesce(json_agg(g.name order by g.name), '[]'::json) from ticket_tags tt join tags g on g.tenant_id = tt.tenant_id and g.id = tt.tag_id
    where tt.tenant_id = t.tenant_id and tt.ticket_id = t.id) as tags`;

const ROW_FROM = `
  from tickets t
  join ticket_statuses st on st.tenant_id = t.tenant_id and st.id = t.status_id
  join priorities p on p.tenant_id = t.tenant_id and p.id = t.priority_id`;

// What agents read: queue pages and the full ticket. Visibility is visibleTo(), the same rule as
// canSee().
@Injectable()
export class TicketQueryService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly attachments: AttachmentService,
    private readonly directory: DirectoryService,
    private readonly sla: SlaSweepService,
    private readonly forms: CustomFormService,
  ) {}

  // The clock as it stands now, from its inputs; breaches as the sweep recorded them.
  private async slaOf(ticketId: string, known?: SlaClockView | null): Promise<TicketDetails['sla']> {
    const found = known === undefined ? await this.sla.clockOf(ticketId) : known;
    if (!found) return null;
    const { clock, breachedAt: breaches } = found;
    const view = (target: SlaTarget): SlaTargetView => ({
      dueAt: clock[target].dueAt,
      metAt: clock[target].metAt,
      breachedAt: breaches[target] ?? (clock[target].breached ? clock[target].breachAt : null),
      breached: clock[target].breached,
      pausedMinutes: clock[target].pausedMinutes,
    });
    return { firstResponse: view('response'), resolution: view('resolution'), paused: clock.resolution.dueAt === null && !clock.resolution.metAt };
  }

  // A ticket just opened, as details() reads it, built from what was written and the (cached)
  // configuration instead of read back; read back where the opening added more than it knows
  // by name (an assignee, a team, collaborators, a requester given by id).
  async opened({ ticket, requester, collaborators }: OpenedTicket): Promise<TicketDetails> {
    if (!requester || collaborators > 0 || ticket.assigneeStaffId || ticket.assigneeTeamId) return this.details(ticket);
    const named = (row: { id: string; name: string }): Named => ({ id: row.id, name: row.name });
    const [status, priority, department, topic, sla] = await Promise.all([
      this.directory.status(ticket.statusId),
      this.directory.priority(ticket.priorityId),
      this.directory.department(ticket.departmentId),
      ticket.helpTopicId ? this.directory.helpTopic(ticket.helpTopicId) : null,
      ticket.slaPlanId ? this.directory.slaPlan(ticket.slaPlanId) : null,
    ]);
    // After the configuration, which is loaded once for all: the clock reads the ticket's row on
    // the same connection.
    const clock = await this.sla.clockOf(ticket.id);
    return {
      id: ticket.id,
      reference: ticket.reference,
      subject: ticket.subject,
      status: { ...named(status), state: status.state },
      priority: { ...named(priority), urgency: priority.urgency },
      department: named(department),
      helpTopic: topic && named(topic),
      requester: { id: requester.id, name: requester.name },
      assignee: null,
      team: null,
      dueAt: ticket.dueAt,
      nextDueAt: clock ? nextDueAt(clock.clock) : null,
      isOverdue: ticket.dueAt !== null && ticket.dueAt.getTime() < Date.now() && status.state !== 'resolved' && status.state !== 'closed',
      isConfidential: ticket.isConfidential,
      tags: [],
      lastActivityAt: ticket.lastActivityAt,
      createdAt: ticket.createdAt,
      type: ticket.type,
      source: ticket.source,
      slaPlan: sla && named(sla),
      impact: ticket.impact,
      urgency: ticket.urgency,
      dueByHand: ticket.dueByHand,
      customData: ticket.customData,
      requesterEmail: requester.email,
      collaborators: [],
      links: [],
      version: ticket.version,
      updatedAt: ticket.updatedAt,
      firstResponseAt: ticket.firstResponseAt,
      resolvedAt: ticket.resolvedAt,
      closedAt: ticket.closedAt,
      rating: ticket.rating,
      ratingComment: ticket.ratingComment,
      sla: await this.slaOf(ticket.id, clock),
    };
  }

  async queue(agent: AgentTickets, filter: QueueFilter): Promise<QueuePage> {
    const params = new Params();
    const where = [...visibleTo(agent.access, params), ...inQueue(agent.access, filter.queue, filter.states, params)];
    const equal: [string, string | undefined][] = [
      ['t.department_id', filter.departmentId],
      ['t.help_topic_id', filter.helpTopicId],
      ['t.status_id', filter.statusId],
      ['t.priority_id', filter.priorityId],
      ['t.assignee_staff_id', filter.assigneeStaffId],
      ['t.requester_id', filter.requesterId],
    ];
    for (const [column, value] of equal) if (value) where.push(`${column} = ${params.add(value)}`);
    if (filter.tag !== undefined) {
      const tag = normalizeTag(filter.tag);
      if (tag === null) throw new TicketError(TicketErrorCode.InvalidTag, `"${filter.tag}" is not a tag`, { field: 'tag', tag: filter.tag, max: MAX_TAG_LENGTH });
      // From the tag to its tickets (ticket_tags_tag), not through every ticket's tags.
      where.push(`t.id in (select tt.ticket_id from ticket_tags tt join tags g on g.tenant_id = tt.tenant_id and g.id = tt.tag_id where g.name = ${params.add(tag)})`);
    }
    if (filter.organizationId) {
      where.push(
        `exists (select 1 from requester_organizations ro where ro.requester_id = t.requester_id and ro.organization_id = ${params.add(filter.organizationId)})`,
      );
    }
    if (filter.customField !== undefined || filter.customValue !== undefined) where.push(`t.custom_data @> ${params.add(await this.customMatch(filter))}::jsonb`);
    const ranges: [string, string, Date | undefined][] = [
      ['t.created_at', '>=', filter.createdFrom],
      ['t.created_at', '<', filter.createdTo],
      ['t.due_at', '>=', filter.dueFrom],
      ['t.due_at', '<', filter.dueTo],
    ];
    for (const [column, op, value] of ranges) if (value) where.push(`${column} ${op} ${params.add(value)}`);

    const descending = filter.sort.startsWith('-');
    const key = SORT_KEYS[filter.sort.replace('-', '') as keyof typeof SORT_KEYS];
    if (filter.cursor) {
      const cursor = decodeKeyCursor(filter.cursor);
      const op = descending ? '<' : '>';
      where.push(`(${key.sql}, t.id) ${op} (${params.add(cursor.key)}::${key.type}, ${params.add(cursor.id)}::uuid)`);
    }
    const direction = descending ? 'desc' : 'asc';
    const text = `select ${ROW_SELECT}, ${key.sql} as sort_key ${ROW_FROM}
        where ${all(where)}
        order by ${key.sql} ${direction}, t.id ${direction}
        limit ${params.add(filter.limit + 1)}`;
    const rows = await this.db.query<Record<string, unknown>>(composedStatement('tickets.queue', text), params.values);
    const page = rows.slice(0, filter.limit);
    const last = page[page.length - 1];
    // pg reads the 'infinity' of a missing due date as the number Infinity.
    const sortKey = (value: unknown) => (value instanceof Date ? value.toISOString() : value === Infinity ? 'infinity' : (value as number));
    return {
      items: page.map(toRow),
      nextCursor: rows.length > filter.limit ? encodeKeyCursor({ key: sortKey(last.sort_key), id: last.id as string }) : null,
    };
  }

  // A filter on a custom field as the JSON its tickets' custom_data contains. It is checked on the
  // rows the queue's other conditions find: jsonb containment is not leakproof, so under
  // row-level security no index on custom_data could serve it (decision 0019). Both halves are
  // needed.
  private async customMatch({ customField, customValue }: QueueFilter): Promise<string> {
    if (customField === undefined) throw fieldError(DirectoryErrorCode.UnknownField, 'customField', 'Name the field customValue is looked for in');
    const field = (await this.forms.fieldsByKey()).get(customField);
    if (!field) throw fieldError(DirectoryErrorCode.UnknownField, 'customField', `There is no field "${customField}"`);
    if (customValue === undefined) throw fieldError(DirectoryErrorCode.InvalidFieldValue, 'customValue', `Give the value of "${customField}" to look for`);
    return JSON.stringify(customDataMatch(field, customValue));
  }

  // The thread with authors' names, oldest first, limited to the visibilities the reader has.
  async thread(ticket: Ticket, visibilities: EntryVisibility[], entryId?: string): Promise<ThreadEntry[]> {
    const rows: Record<string, unknown>[] = await this.db.manager.query(
      `select e.id, e.kind, e.visibility, e.event, e.body, e.data, e.created_at,
              case when s.id is not null then json_build_object('type', 'staff', 'id', s.id, 'name', s.name)
                   when r.id is not null then json_build_object('type', 'requester', 'id', r.id, 'name', r.name)
                   else json_build_object('type', 'system', 'id', null, 'name', null) end as author
         from ticket_entries e
         left join staff s on s.tenant_id = e.tenant_id and s.id = e.author_staff_id
         left join requesters r on r.tenant_id = e.tenant_id and r.id = e.author_requester_id
        where e.ticket_id = $1 and e.visibility = any($2::text[]) and ($3::uuid is null or e.id = $3)
        order by e.id`,
      [ticket.id, visibilities, entryId ?? null],
    );
    const ids = rows.map((row) => row.id as string);
    const files = await this.attachments.ofEntries(ids);
    const mails = await this.deliveries(ids);
    return rows.map((row) => ({
      id: row.id as string,
      kind: row.kind as EntryKind,
      visibility: row.visibility as EntryVisibility,
      event: row.event as TicketEvent | null,
      body: row.body as string,
      data: row.data as object,
      author: row.author as ThreadEntry['author'],
      attachments: files.get(row.id as string) ?? [],
      deliveries: mails.get(row.id as string) ?? [],
      createdAt: row.created_at as Date,
    }));
  }

  private async deliveries(entryIds: string[]): Promise<Map<string, Delivery[]>> {
    const rows: (Delivery & { entryId: string })[] = await this.db.manager.query(
      `select entry_id as "entryId", address, template, status, sent_at as "sentAt", last_error as "lastError",
              case when status in ('pending', 'sent') then message_id end as "messageId"
         from mail_messages where direction = 'out' and entry_id = any($1::uuid[])
        order by created_at, id`,
      [entryIds],
    );
    const byEntry = new Map<string, Delivery[]>();
    for (const { entryId, ...delivery } of rows) byEntry.set(entryId, [...(byEntry.get(entryId) ?? []), delivery]);
    return byEntry;
  }

  // The full ticket for an agent who may see it (the caller opened it through the gate).
  async details(ticket: Ticket): Promise<TicketDetails> {
    const [row] = await this.db.manager.query(
      `select ${ROW_SELECT},
              t.type, t.source, t.impact, t.urgency, t.due_by_hand, t.custom_data, t.version, t.updated_at, t.first_response_at,
              t.resolved_at, t.closed_at, t.rating, t.rating_comment,
              case when sla.id is null then null else json_build_object('id', sla.id, 'name', sla.name) end as sla_plan,
              (select e.email from requester_emails e where e.requester_id = t.requester_id order by e.is_primary desc, e.email limit 1) as requester_email
         ${ROW_FROM}
         left join sla_plans sla on sla.tenant_id = t.tenant_id and sla.id = t.sla_plan_id
        where t.id = $1`,
      [ticket.id],
    );
    const collaborators: { id: string; name: string; email: string | null }[] = await this.db.manager.query(
      `select r.id, r.name,
              (select e.email from requester_emails e where e.requester_id = r.id order by e.is_primary desc, e.email limit 1) as email
         from ticket_participants tp join requesters r on r.tenant_id = tp.tenant_id and r.id = tp.requester_id
        where tp.ticket_id = $1 and tp.role = 'collaborator' order by tp.added_at, r.name`,
      [ticket.id],
    );
    const links: { reference: string; subject: string; kind: string }[] = await this.db.manager.query(
      `select o.reference, o.subject, l.kind from ticket_links l join tickets o on o.tenant_id = l.tenant_id and o.id = l.linked_ticket_id
        where l.ticket_id = $1
       union all
       select o.reference, o.subject,
              case l.kind when 'child_of' then 'parent_of' when 'duplicate_of' then 'duplicated_by' else l.kind end
         from ticket_links l join tickets o on o.tenant_id = l.tenant_id and o.id = l.ticket_id
        where l.linked_ticket_id = $1
       order by reference`,
      [ticket.id],
    );
    const clock = await this.sla.clockOf(ticket.id);
    return {
      ...toRow(row),
      type: row.type,
      source: row.source,
      slaPlan: row.sla_plan,
      impact: row.impact,
      urgency: row.urgency,
      dueByHand: row.due_by_hand,
      customData: row.custom_data,
      requesterEmail: row.requester_email,
      collaborators,
      links,
      version: row.version,
      updatedAt: row.updated_at,
      firstResponseAt: row.first_response_at,
      resolvedAt: row.resolved_at,
      closedAt: row.closed_at,
      rating: row.rating,
      ratingComment: row.rating_comment,
      // From the clock as it stands now, like opened(): the stored one may not be written yet.
      nextDueAt: clock ? nextDueAt(clock.clock) : null,
      sla: await this.slaOf(ticket.id, clock),
    };
  }
}

function toRow(row: Record<string, unknown>): QueueRow {
  return {
    id: row.id as string,
    reference: row.reference as string,
    subject: row.subject as string,
    status: row.status as QueueRow['status'],
    priority: row.priority as QueueRow['priority'],
    department: row.department as Named,
    helpTopic: row.help_topic as Named | null,
    requester: row.requester as Named,
    assignee: row.assignee as Named | null,
    team: row.team as Named | null,
    dueAt: row.due_at as Date | null,
    nextDueAt: row.next_due_at as Date | null,
    isOverdue: row.is_overdue as boolean,
    isConfidential: row.is_confidential as boolean,
    tags: row.tags as string[],
    lastActivityAt: row.last_activity_at as Date,
    createdAt: row.created_at as Date,
  };
}
