import { Column, Entity, PrimaryColumn } from 'typeorm';

// An instance's API key: only its SHA-256 is stored; the token is shown once at creation.
@Entity({ name: 'api_keys' })
export class ApiKey {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('bytea', { name: 'token_hash', select: false }) tokenHash!: Buffer;
  @Column('text', { array: true }) scopes!: string[];
  @Column('cidr', { name: 'allowed_networks', array: true }) allowedNetworks!: string[];
  @Column('uuid', { name: 'created_by_staff_id', nullable: true }) createdByStaffId!: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'last_used_at', nullable: true }) lastUsedAt!: Date | null;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt!: Date | null;
}
