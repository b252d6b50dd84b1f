import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'webhooks' })
export class Webhook {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text') url!: string;
  @Column('text', { array: true }) kinds!: string[];
  @Column('bytea', { name: 'secret_sealed' }) secretSealed!: Buffer;
  @Column('boolean', { name: 'is_active' }) isActive!: boolean;
  // Events in a row whose last attempt failed; reset by a delivery that succeeds.
  @Column('integer', { name: 'consecutive_failures' }) consecutiveFailures!: number;
  // When Tessera switched it off for failing; null when it is on or a manager switched it off.
  @Column('timestamptz', { name: 'disabled_at', nullable: true }) disabledAt!: Date | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

export type DeliveryStatus = 'pending' | 'sent' | 'failed' | 'refused';

@Entity({ name: 'webhook_deliveries' })
export class WebhookDelivery {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { name: 'webhook_id' }) webhookId!: string;
  @PrimaryColumn('uuid', { name: 'outbox_id' }) outboxId!: string;
  @Column('text') kind!: string;
  @Column('text') status!: DeliveryStatus;
  @Column('integer') attempts!: number;
  @Column('integer', { name: 'response_status', nullable: true }) responseStatus!: number | null;
  @Column('text', { name: 'last_error', nullable: true }) lastError!: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}
