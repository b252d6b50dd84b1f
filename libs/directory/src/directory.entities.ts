import { Column, Entity, PrimaryColumn } from 'typeorm';

export type TicketState = 'new' | 'open' | 'pending' | 'resolved' | 'closed';
export const TICKET_STATES: readonly TicketState[] = ['new', 'open', 'pending', 'resolved', 'closed'];

@Entity({ name: 'departments' })
export class Department {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('boolean', { name: 'is_public' }) isPublic!: boolean;
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
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

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
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

export const directoryEntities = [Department, SlaPlan, TicketStatus, Priority, HelpTopic];
