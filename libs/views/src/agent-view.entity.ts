import { JsonObject, jsonColumn } from '@tessera/database';
import type { QueueSort } from '@tessera/tickets';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ViewColumn } from './view-columns';

// One saved view of one agent: a name, the queue and filters of GET tickets (as that route
// takes them), a sort and the columns shown.
@Entity({ name: 'agent_views' })
export class AgentView {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'staff_id' }) staffId!: string;
  @Column('text') name!: string;
  @Column('integer') position!: number;
  @Column('text', { array: true }) columns!: ViewColumn[];
  @Column('text') sort!: QueueSort;
  @Column(jsonColumn()) filters!: JsonObject;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}
