import { Column, Entity, PrimaryColumn } from 'typeorm';

// Content stored once per instance, keyed by its SHA-256.
@Entity({ name: 'blobs' })
export class Blob {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('bytea') sha256!: Buffer;
  @Column('bigint') size!: string;
  @Column('bytea', { nullable: true, select: false }) content!: Buffer | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}

@Entity({ name: 'attachments' })
export class Attachment {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'entry_id' }) entryId!: string;
  @Column('bytea') sha256!: Buffer;
  @Column('text') filename!: string;
  @Column('text', { name: 'content_type' }) contentType!: string;
  @Column('bigint') size!: string;
  @Column('text', { name: 'content_id', nullable: true }) contentId!: string | null;
  @Column('boolean', { name: 'is_inline' }) isInline!: boolean;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}

export const attachmentEntities = [Blob, Attachment];
