import type { TriggerAction, TriggerCondition, TriggerEvent } from '@tessera/automation';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'ticket_triggers' })
export class Trigger {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('integer') position!: number;
  @Column('boolean', { name: 'is_active' }) isActive!: boolean;
  @Column('text', { array: true }) events!: TriggerEvent[];
  @Column('text') match!: 'all' | 'any';
  @Column('jsonb') conditions!: TriggerCondition[];
  @Column('jsonb') actions!: TriggerAction[];
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}
