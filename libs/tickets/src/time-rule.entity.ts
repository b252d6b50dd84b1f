import type { TimeCondition, TimeRuleAction, WaitUnit } from '@tessera/automation';
import { Column, Entity, PrimaryColumn } from 'typeorm';

// What the worker does to a ticket that has been in a condition for a while.
@Entity({ name: 'time_rules' })
export class TimeRule {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('boolean', { name: 'is_active' }) isActive!: boolean;
  @Column('text') condition!: TimeCondition;
  @Column('text', { nullable: true }) state!: string | null;
  @Column('uuid', { name: 'status_id', nullable: true }) statusId!: string | null;
  @Column('integer', { name: 'wait_amount' }) waitAmount!: number;
  @Column('text', { name: 'wait_unit' }) waitUnit!: WaitUnit;
  @Column('uuid', { name: 'department_id', nullable: true }) departmentId!: string | null;
  @Column('uuid', { name: 'help_topic_id', nullable: true }) helpTopicId!: string | null;
  @Column('uuid', { name: 'priority_id', nullable: true }) priorityId!: string | null;
  @Column('text', { nullable: true }) tag!: string | null;
  @Column('jsonb') actions!: TimeRuleAction[];
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}
