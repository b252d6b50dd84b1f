import { JsonObject, jsonColumn } from '@tessera/database';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CannedResponse, CannedResponseFile } from './canned-response.entities';
import { RecurringTicket } from './recurring-ticket.entities';
import { TicketFilter } from './ticket-filter.entity';
import { Trigger } from './trigger.entity';
import { TimeRule } from './time-rule.entity';

export const TICKET_SOURCES = ['web', 'email', 'phone', 'walk_in', 'api', 'internal', 'other'] as const;
export type TicketSource = (typeof TICKET_SOURCES)[number];
export const TICKET_TYPES = ['incident', 'service_request', 'problem', 'change'] as const;
export type TicketType = (typeof TICKET_TYPES)[number];

@Entity({ name: 'tickets' })
export class Ticket {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') reference!: string;
  @Column('text') subject!: string;
  @Column('uuid', { name: 'requester_id' }) requesterId!: string;
  @Column('uuid', { name: 'department_id' }) departmentId!: string;
  @Column('uuid', { name: 'help_topic_id', nullable: true }) helpTopicId!: string | null;
  @Column('uuid', { name: 'priority_id' }) priorityId!: string;
  @Column('uuid', { name: 'status_id' }) statusId!: string;
  @Column('uuid', { name: 'sla_plan_id', nullable: true }) slaPlanId!: string | null;
  @Column('text') source!: TicketSource;
  @Column('text') type!: TicketType;
  @Column('uuid', { name: 'assignee_staff_id', nullable: true }) assigneeStaffId!: string | null;
  @Column('uuid', { name: 'assignee_team_id', nullable: true }) assigneeTeamId!: string | null;
  @Column('integer', { nullable: true }) impact!: number | null;
  @Column('integer', { nullable: true }) urgency!: number | null;
  @Column('timestamptz', { name: 'due_at', nullable: true }) dueAt!: Date | null;
  // Set by an agent rather than computed from the SLA plan or the priority matrix.
  @Column('boolean', { name: 'due_by_hand' }) dueByHand!: boolean;
  @Column('boolean', { name: 'is_confidential' }) isConfidential!: boolean;
  @Column(jsonColumn({ name: 'custom_data' })) customData!: JsonObject;
  @Column('uuid', { name: 'merged_into_id', nullable: true }) mergedIntoId!: string | null;
  @Column('uuid', { name: 'created_by_staff_id', nullable: true }) createdByStaffId!: string | null;
  // Raised on every change; the ETag of the ticket and the base of If-Match checks.
  @Column('integer') version!: number;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
  @Column('timestamptz', { name: 'last_activity_at' }) lastActivityAt!: Date;
  @Column('timestamptz', { name: 'first_response_at', nullable: true }) firstResponseAt!: Date | null;
  @Column('timestamptz', { name: 'resolved_at', nullable: true }) resolvedAt!: Date | null;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt!: Date | null;
  @Column('smallint', { nullable: true }) rating!: number | null;
  @Column('text', { name: 'rating_comment', nullable: true }) ratingComment!: string | null;
  @Column('timestamptz', { name: 'rated_at', nullable: true }) ratedAt!: Date | null;
}

export type ParticipantRole = 'requester' | 'collaborator';

@Entity({ name: 'ticket_participants' })
export class TicketParticipant {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { name: 'ticket_id' }) ticketId!: string;
  @PrimaryColumn('uuid', { name: 'requester_id' }) requesterId!: string;
  @Column('text') role!: ParticipantRole;
  @Column('bytea', { name: 'token_salt', select: false }) tokenSalt!: Buffer;
  @Column('timestamptz', { name: 'added_at' }) addedAt!: Date;
}

export type EntryKind = 'message' | 'response' | 'note' | 'event';
export type EntryVisibility = 'public' | 'internal' | 'restricted';
export const TICKET_EVENTS = [
  'created',
  'edited',
  'assigned',
  'claimed',
  'released',
  'transferred',
  'status',
  'priority',
  'topic',
  'due',
  'merged',
  'linked',
  'unlinked',
  'collaborator_added',
  'collaborator_removed',
  'tagged',
  'untagged',
  'reopened',
  'rated',
  // The SLA sweep's: a target near its due date, a target breached, an escalation step run.
  'sla_warning',
  'overdue',
  'escalated',
  // A ticket filter acted on the new ticket: { filterId, name, actions }.
  'filtered',
  // A trigger acted on the ticket: { triggerId, name, event, eventId, actions }.
  'triggered',
  // A time rule acted on the ticket: { ruleId, name, actions }.
  'time_rule',
] as const;
export type TicketEvent = (typeof TICKET_EVENTS)[number];

@Entity({ name: 'ticket_entries' })
export class TicketEntry {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'ticket_id' }) ticketId!: string;
  @Column('text') kind!: EntryKind;
  @Column('text') visibility!: EntryVisibility;
  @Column('uuid', { name: 'author_staff_id', nullable: true }) authorStaffId!: string | null;
  @Column('uuid', { name: 'author_requester_id', nullable: true }) authorRequesterId!: string | null;
  @Column('text', { nullable: true }) event!: TicketEvent | null;
  @Column('text') body!: string;
  @Column(jsonColumn()) data!: JsonObject;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}

export type LinkKind = 'child_of' | 'related' | 'duplicate_of';

@Entity({ name: 'ticket_links' })
export class TicketLink {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { name: 'ticket_id' }) ticketId!: string;
  @PrimaryColumn('uuid', { name: 'linked_ticket_id' }) linkedTicketId!: string;
  @Column('text') kind!: LinkKind;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}

@Entity({ name: 'ticket_locks' })
export class TicketLock {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { name: 'ticket_id' }) ticketId!: string;
  @Column('uuid', { name: 'staff_id' }) staffId!: string;
  @Column('timestamptz', { name: 'acquired_at' }) acquiredAt!: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
}

@Entity({ name: 'tasks' })
export class Task {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'ticket_id', nullable: true }) ticketId!: string | null;
  @Column('uuid', { name: 'department_id' }) departmentId!: string;
  @Column('text') title!: string;
  @Column('text') description!: string;
  @Column('uuid', { name: 'assignee_staff_id', nullable: true }) assigneeStaffId!: string | null;
  @Column('uuid', { name: 'assignee_team_id', nullable: true }) assigneeTeamId!: string | null;
  @Column('timestamptz', { name: 'due_at', nullable: true }) dueAt!: Date | null;
  @Column('uuid', { name: 'created_by_staff_id', nullable: true }) createdByStaffId!: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt!: Date | null;
  // When the overdue alert was written; cleared by a new due date.
  @Column('timestamptz', { name: 'overdue_alerted_at', nullable: true }) overdueAlertedAt!: Date | null;
}

// A task's thread: agents' notes, oldest first.
@Entity({ name: 'task_notes' })
export class TaskNote {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'task_id' }) taskId!: string;
  @Column('uuid', { name: 'author_staff_id', nullable: true }) authorStaffId!: string | null;
  @Column('text') body!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}

export const ticketEntities = [Ticket, TicketParticipant, TicketEntry, TicketLink, TicketLock, Task, TaskNote, CannedResponse, CannedResponseFile, RecurringTicket, TicketFilter, Trigger, TimeRule];
