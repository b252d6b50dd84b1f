import { Column, Entity, PrimaryColumn } from 'typeorm';

// A manager's own text of one template in one language. Absent: the shipped text applies.
@Entity({ name: 'message_templates' })
export class MessageTemplate {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('text', { name: 'template_key' }) key!: string;
  @PrimaryColumn('text') language!: string;
  @Column('text') subject!: string;
  @Column('text') body!: string;
  @Column('uuid', { name: 'updated_by_staff_id', nullable: true }) updatedByStaffId!: string | null;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

// An alert or notice configured differently from the shipped default. Alerts have recipients,
// notices none.
@Entity({ name: 'notification_settings' })
export class NotificationSettingRow {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('text') key!: string;
  @Column('boolean') enabled!: boolean;
  @Column('text', { array: true, nullable: true }) recipients!: string[] | null;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

export const notificationEntities = [MessageTemplate, NotificationSettingRow];
