import { Column, Entity, PrimaryColumn } from 'typeorm';
import { JsonObject, jsonColumn } from '@tessera/database';

export type MailDirection = 'in' | 'out';
export const INBOUND_KINDS = ['human', 'auto-reply', 'bounce', 'list', 'own', 'unparseable'] as const;
export type InboundKind = (typeof INBOUND_KINDS)[number];
// What the intake pipeline did with a received message.
export const INBOUND_STATUSES = ['accepted', 'flagged', 'dropped', 'refused'] as const;
export type InboundStatus = (typeof INBOUND_STATUSES)[number];
// Where a mail we send stands.
export const DELIVERY_STATES = ['pending', 'sent', 'failed', 'suppressed'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

// A mail composed for sending, kept so that a retry sends the same mail.
export interface ComposedMail {
  from: string;
  replyTo: string | null;
  to: string;
  subject: string;
  text: string;
  html: string;
  inReplyTo: string | null;
  references: string[];
  headers: Record<string, string>;
}

// Every message received (kept raw) and every mail sent (one row per recipient).
@Entity({ name: 'mail_messages' })
export class MailMessage {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') direction!: MailDirection;
  @Column('text', { name: 'message_id' }) messageId!: string;
  @Column('uuid', { name: 'mailbox_id', nullable: true }) mailboxId!: string | null;
  @Column('uuid', { name: 'ticket_id', nullable: true }) ticketId!: string | null;
  @Column('uuid', { name: 'entry_id', nullable: true }) entryId!: string | null;
  @Column('citext', { nullable: true }) address!: string | null;
  @Column('text') subject!: string;
  @Column('text', { nullable: true }) kind!: InboundKind | null;
  @Column('text') status!: InboundStatus | DeliveryState;
  @Column('text', { array: true }) problems!: string[];
  @Column('bytea', { name: 'raw_sha256', nullable: true }) rawSha256!: Buffer | null;
  @Column('timestamptz', { name: 'received_at', nullable: true }) receivedAt!: Date | null;
  @Column('text', { nullable: true }) template!: string | null;
  @Column('uuid', { name: 'outbox_id', nullable: true }) outboxId!: string | null;
  @Column(jsonColumn({ nullable: true })) content!: (ComposedMail & JsonObject) | null;
  @Column('integer') attempts!: number;
  @Column('text', { name: 'last_error', nullable: true }) lastError!: string | null;
  @Column('timestamptz', { name: 'sent_at', nullable: true }) sentAt!: Date | null;
  @Column('timestamptz', { name: 'reviewed_at', nullable: true }) reviewedAt!: Date | null;
  @Column('uuid', { name: 'reviewed_by_staff_id', nullable: true }) reviewedByStaffId!: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}
