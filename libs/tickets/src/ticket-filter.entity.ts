import type { FilterAction, FilterCondition } from '@tessera/automation';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'ticket_filters' })
export class TicketFilter {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('integer') position!: number;
  // Null: instance-wide; else the department whose tickets it runs on, after the instance's.
  @Column('uuid', { name: 'department_id', nullable: true }) departmentId!: string | null;
  @Column('boolean', { name: 'is_active' }) isActive!: boolean;
  @Column('text') match!: 'all' | 'any';
  @Column('jsonb') conditions!: FilterCondition[];
  @Column('jsonb') actions!: FilterAction[];
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}
