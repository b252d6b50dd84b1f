import { Column, Entity, PrimaryColumn } from 'typeorm';

export type TenantStatus = 'active' | 'suspended';

// Control plane: one row per instance. Global, not tenant-owned.
@Entity({ name: 'tenants' })
export class Tenant {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') slug!: string;
  @Column('text') name!: string;
  @Column('text') status!: TenantStatus;
  @Column('text', { name: 'default_language' }) defaultLanguage!: string;
  @Column('text') timezone!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
  @Column('timestamptz', { name: 'suspended_at', nullable: true }) suspendedAt!: Date | null;
}

@Entity({ name: 'tenant_slug_redirects' })
export class TenantSlugRedirect {
  @PrimaryColumn('text') slug!: string;
  @Column('uuid', { name: 'target_tenant_id' }) targetTenantId!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}
