import { jsonColumn } from '@tessera/database';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OpeningInterval } from '@tessera/sla';
import type { PriorityBand } from './priority-matrix';

export type TicketState = 'new' | 'open' | 'pending' | 'resolved' | 'closed';
export const TICKET_STATES: readonly TicketState[] = ['new', 'open', 'pending', 'resolved', 'closed'];

@Entity({ name: 'departments' })
export class Department {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('uuid', { name: 'parent_id', nullable: true }) parentId!: string | null;
  @Column('boolean', { name: 'is_public' }) isPublic!: boolean;
  @Column('uuid', { name: 'manager_staff_id', nullable: true }) managerStaffId!: string | null;
  @Column('citext', { name: 'outgoing_email', nullable: true }) outgoingEmail!: string | null;
  // Off: no automatic replies (new-ticket and new-message auto-responses) for its tickets.
  @Column('boolean', { name: 'auto_response' }) autoResponse!: boolean;
  // The plan of its new tickets whose help topic names none; null: the instance's default.
  @Column('uuid', { name: 'sla_plan_id', nullable: true }) slaPlanId!: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

@Entity({ name: 'sla_plans' })
export class SlaPlan {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('integer', { name: 'first_response_minutes' }) firstResponseMinutes!: number;
  @Column('integer', { name: 'resolution_minutes' }) resolutionMinutes!: number;
  @Column('integer', { name: 'grace_minutes' }) graceMinutes!: number;
  @Column('boolean', { name: 'is_default' }) isDefault!: boolean;
  // null: around the clock in the instance's time zone.
  @Column('uuid', { name: 'schedule_id', nullable: true }) scheduleId!: string | null;
  // The warning, as the percentage of a target elapsed; null for none.
  @Column('integer', { name: 'warn_percent', nullable: true }) warnPercent!: number | null;
  // The clock stops while the ticket's status is in the pending state.
  @Column('boolean', { name: 'pause_when_pending' }) pauseWhenPending!: boolean;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

// Business hours an SLA plan's clock runs on (libs/sla's Schedule, named and stored).
@Entity({ name: 'business_schedules' })
export class BusinessSchedule {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text', { name: 'time_zone' }) timeZone!: string;
  // Monday first.
  @Column(jsonColumn()) week!: OpeningInterval[][];
  @Column('text', { array: true }) holidays!: string[];
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

// One step of an SLA plan's (or a priority band's) escalation line: N business minutes after a ticket's first breach
// (or first warning), transfer, assign, raise the priority and/or notify agents by mail.
@Entity({ name: 'sla_escalation_steps' })
export class EscalationStep {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  // The line's owner: an SLA plan, or a band of the priority matrix named by its lowest product.
  @Column('uuid', { name: 'sla_plan_id', nullable: true }) slaPlanId!: string | null;
  @Column('integer', { name: 'band_min_product', nullable: true }) bandMinProduct!: number | null;
  // 1 first.
  @Column('integer') position!: number;
  @Column('text', { name: 'after_event' }) afterEvent!: EscalationAnchor;
  @Column('integer', { name: 'after_minutes' }) afterMinutes!: number;
  @Column('uuid', { name: 'transfer_department_id', nullable: true }) transferDepartmentId!: string | null;
  @Column('uuid', { name: 'assign_staff_id', nullable: true }) assignStaffId!: string | null;
  @Column('uuid', { name: 'assign_team_id', nullable: true }) assignTeamId!: string | null;
  @Column('boolean', { name: 'raise_priority' }) raisePriority!: boolean;
  // Agents mailed the escalation alert, and whether the manager of the ticket's department is.
  @Column('uuid', { name: 'notify_staff_ids', array: true }) notifyStaffIds!: string[];
  @Column('boolean', { name: 'notify_department_manager' }) notifyDepartmentManager!: boolean;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

export const ESCALATION_ANCHORS = ['breach', 'warning'] as const;
export type EscalationAnchor = (typeof ESCALATION_ANCHORS)[number];

@Entity({ name: 'ticket_statuses' })
export class TicketStatus {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text') state!: TicketState;
  @Column('text', { name: 'requester_label' }) requesterLabel!: string;
  @Column('integer', { name: 'sort_order' }) sortOrder!: number;
  @Column('boolean', { name: 'is_default' }) isDefault!: boolean;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

@Entity({ name: 'priorities' })
export class Priority {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('integer') urgency!: number;
  @Column('boolean', { name: 'is_default' }) isDefault!: boolean;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

@Entity({ name: 'help_topics' })
export class HelpTopic {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'parent_id', nullable: true }) parentId!: string | null;
  @Column('text') name!: string;
  @Column('uuid', { name: 'department_id' }) departmentId!: string;
  @Column('uuid', { name: 'priority_id', nullable: true }) priorityId!: string | null;
  @Column('uuid', { name: 'sla_plan_id', nullable: true }) slaPlanId!: string | null;
  @Column('boolean', { name: 'is_public' }) isPublic!: boolean;
  @Column('boolean', { name: 'is_active' }) isActive!: boolean;
  @Column('uuid', { name: 'auto_assign_staff_id', nullable: true }) autoAssignStaffId!: string | null;
  @Column('uuid', { name: 'auto_assign_team_id', nullable: true }) autoAssignTeamId!: string | null;
  // Overrides the instance's reference format for tickets of this topic.
  @Column('text', { name: 'reference_format', nullable: true }) referenceFormat!: string | null;
  // Off: no automatic replies for tickets of this topic, whatever the department says.
  @Column('boolean', { name: 'auto_response' }) autoResponse!: boolean;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

@Entity({ name: 'roles' })
export class Role {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text', { array: true }) permissions!: string[];
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

// A department an agent works in besides the primary one, with the role there.
@Entity({ name: 'staff_departments' })
export class StaffDepartment {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { name: 'staff_id' }) staffId!: string;
  @PrimaryColumn('uuid', { name: 'department_id' }) departmentId!: string;
  @Column('uuid', { name: 'role_id' }) roleId!: string;
}

@Entity({ name: 'teams' })
export class Team {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('uuid', { name: 'lead_staff_id', nullable: true }) leadStaffId!: string | null;
  @Column('boolean', { name: 'is_active' }) isActive!: boolean;
  // How a ticket given to the team also gets one of its agents.
  @Column('text') assignment!: TeamAssignmentMode;
  // Automatic assignment passes by agents holding this many open tickets; null: no cap.
  @Column('integer', { name: 'max_open_per_agent', nullable: true }) maxOpenPerAgent!: number | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

export const TEAM_ASSIGNMENT_MODES = ['none', 'round_robin', 'least_loaded'] as const;
export type TeamAssignmentMode = (typeof TEAM_ASSIGNMENT_MODES)[number];

@Entity({ name: 'team_members' })
export class TeamMember {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { name: 'team_id' }) teamId!: string;
  @PrimaryColumn('uuid', { name: 'staff_id' }) staffId!: string;
}

export const CLOSED_REPLY_POLICIES = ['reopen', 'new_ticket'] as const;
export type ClosedReplyPolicy = (typeof CLOSED_REPLY_POLICIES)[number];
export const REGISTRATIONS = ['open', 'closed', 'invitation'] as const;
export type Registration = (typeof REGISTRATIONS)[number];
export const PRIORITY_MODES = ['list', 'matrix'] as const;
export type PriorityMode = (typeof PRIORITY_MODES)[number];
// The ranges the settings table's checks allow.
export const LOCK_SECONDS = { min: 30, max: 3600 } as const;
export const AUTOCLOSE_DAYS = { min: 0, max: 365 } as const;
export const UNKNOWN_SENDER_POLICIES = ['collaborator', 'new_ticket'] as const;
export type UnknownSenderPolicy = (typeof UNKNOWN_SENDER_POLICIES)[number];
export const AUTORESPONSE_HOURLY_LIMIT = { min: 0, max: 1000 } as const;
export const MAX_OPEN_TICKETS = { min: 0, max: 1000 } as const;
export const ATTACHMENT_MAX_BYTES = { min: 0, max: 104857600 } as const;
// `type/subtype` or `type/*`.
export const MEDIA_TYPE_PATTERN = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/(\*|[a-z0-9][a-z0-9!#$&^_.+-]*)$/;

@Entity({ name: 'instance_settings' })
export class InstanceSettings {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @Column('text', { name: 'reference_format' }) referenceFormat!: string;
  @Column('text', { name: 'closed_reply_policy' }) closedReplyPolicy!: ClosedReplyPolicy;
  @Column('text') registration!: Registration;
  @Column('text', { name: 'priority_mode' }) priorityMode!: PriorityMode;
  @Column(jsonColumn({ name: 'priority_matrix', nullable: true })) priorityMatrix!: PriorityBand[] | null;
  @Column('integer', { name: 'lock_seconds' }) lockSeconds!: number;
  @Column('integer', { name: 'autoclose_days' }) autocloseDays!: number;
  @Column('text', { name: 'unknown_sender_policy' }) unknownSenderPolicy!: UnknownSenderPolicy;
  @Column('integer', { name: 'autoresponse_hourly_limit' }) autoresponseHourlyLimit!: number;
  @Column('integer', { name: 'max_open_tickets' }) maxOpenTickets!: number;
  @Column('integer', { name: 'attachment_max_bytes' }) attachmentMaxBytes!: number;
  @Column('text', { name: 'attachment_types', array: true }) attachmentTypes!: string[];
  // Where a ticket goes when its channel names neither a help topic nor a department.
  @Column('uuid', { name: 'default_help_topic_id', nullable: true }) defaultHelpTopicId!: string | null;
  @Column('uuid', { name: 'default_department_id', nullable: true }) defaultDepartmentId!: string | null;
  // Branding: null shows the instance's name and the product's colour.
  @Column('text', { name: 'company_name', nullable: true }) companyName!: string | null;
  @Column('text', { name: 'primary_color', nullable: true }) primaryColor!: string | null;
  // Off: the portal shows its offline page; mail still becomes tickets.
  @Column('boolean', { name: 'portal_online' }) portalOnline!: boolean;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

export const PAGE_KINDS = ['landing', 'thank-you', 'offline'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

// A text of the portal in one language; its body is sanitised HTML.
@Entity({ name: 'instance_pages' })
export class InstancePage {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('text') kind!: PageKind;
  @PrimaryColumn('text') language!: string;
  @Column('text') title!: string;
  @Column('text') body!: string;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export type LogoType = (typeof LOGO_TYPES)[number];
export const LOGO_MAX_BYTES = 256 * 1024;

@Entity({ name: 'instance_logos' })
export class InstanceLogo {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @Column('text', { name: 'content_type' }) contentType!: LogoType;
  @Column('bytea') content!: Buffer;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

export const directoryEntities = [
  Department,
  SlaPlan,
  BusinessSchedule,
  EscalationStep,
  TicketStatus,
  Priority,
  HelpTopic,
  Role,
  StaffDepartment,
  Team,
  TeamMember,
  InstanceSettings,
  InstancePage,
  InstanceLogo,
];
