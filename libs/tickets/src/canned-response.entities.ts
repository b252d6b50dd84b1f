import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'canned_responses' })
export class CannedResponse {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  // Null: instance-wide.
  @Column('uuid', { name: 'department_id', nullable: true }) departmentId!: string | null;
  @Column('text') title!: string;
  @Column('text') body!: string;
  @Column('boolean', { name: 'is_active' }) isActive!: boolean;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

// A file a canned response carries; its content is a blob of the instance.
@Entity({ name: 'canned_response_files' })
export class CannedResponseFile {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'canned_response_id' }) cannedResponseId!: string;
  @Column('bytea') sha256!: Buffer;
  @Column('text') filename!: string;
  @Column('text', { name: 'content_type' }) contentType!: string;
  @Column('bigint') size!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}
