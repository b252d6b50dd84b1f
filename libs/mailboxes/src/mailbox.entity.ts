import { MailMessage } from './mail-message.entity';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export const IMAP_SECURITY = ['tls', 'starttls', 'none'] as const;
export type ImapSecurity = (typeof IMAP_SECURITY)[number];
export const AFTER_FETCH = ['seen', 'move', 'delete'] as const;
export type AfterFetch = (typeof AFTER_FETCH)[number];

@Entity({ name: 'mailboxes' })
export class Mailbox {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('citext') address!: string;
  @Column('uuid', { name: 'department_id' }) departmentId!: string;
  @Column('uuid', { name: 'help_topic_id', nullable: true }) helpTopicId!: string | null;
  @Column('uuid', { name: 'priority_id', nullable: true }) priorityId!: string | null;
  @Column('text', { name: 'imap_host', nullable: true }) imapHost!: string | null;
  @Column('integer', { name: 'imap_port', nullable: true }) imapPort!: number | null;
  @Column('text', { name: 'imap_security' }) imapSecurity!: ImapSecurity;
  @Column('text', { name: 'imap_user', nullable: true }) imapUser!: string | null;
  @Column('bytea', { name: 'imap_secret', nullable: true, select: false }) imapSecret!: Buffer | null;
  @Column('text', { name: 'imap_folder' }) imapFolder!: string;
  @Column('integer', { name: 'fetch_interval_seconds' }) fetchIntervalSeconds!: number;
  @Column('text', { name: 'after_fetch' }) afterFetch!: AfterFetch;
  @Column('text', { name: 'after_fetch_folder', nullable: true }) afterFetchFolder!: string | null;
  @Column('boolean', { name: 'auto_response' }) autoResponse!: boolean;
  @Column('boolean', { name: 'is_active' }) isActive!: boolean;
  @Column('bytea', { name: 'inbound_token_hash', nullable: true, select: false }) inboundTokenHash!: Buffer | null;
  @Column('bigint', { name: 'uid_validity', nullable: true }) uidValidity!: string | null;
  @Column('bigint', { name: 'last_uid', nullable: true }) lastUid!: string | null;
  @Column('timestamptz', { name: 'last_fetch_at', nullable: true }) lastFetchAt!: Date | null;
  @Column('text', { name: 'last_error', nullable: true }) lastError!: string | null;
  @Column('timestamptz', { name: 'last_error_at', nullable: true }) lastErrorAt!: Date | null;
  @Column('integer', { name: 'consecutive_failures' }) consecutiveFailures!: number;
  @Column('timestamptz', { name: 'next_fetch_at', nullable: true }) nextFetchAt!: Date | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

export const mailboxEntities = [Mailbox, MailMessage];
