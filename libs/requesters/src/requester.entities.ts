import type { AuthSource } from '@tessera/auth';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'requesters' })
export class Requester {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) phone!: string | null;
  @Column('text', { nullable: true }) language!: string | null;
  // Whether the requester may sign in to the portal; guest links work either way.
  @Column('boolean', { name: 'can_login' }) canLogin!: boolean;
  @Column('text', { name: 'password_hash', nullable: true, select: false }) passwordHash!: string | null;
  @Column('boolean', { name: 'is_active' }) isActive!: boolean;
  // ldap: the instance's directory checks the password (and keeps name and phone).
  @Column('text', { name: 'auth_source' }) authSource!: AuthSource;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
  @Column('timestamptz', { name: 'last_login_at', nullable: true }) lastLoginAt!: Date | null;
}

@Entity({ name: 'requester_emails' })
export class RequesterEmail {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('citext') email!: string;
  @Column('uuid', { name: 'requester_id' }) requesterId!: string;
  @Column('boolean', { name: 'is_primary' }) isPrimary!: boolean;
  // Mail to this address bounced.
  @Column('timestamptz', { name: 'bounced_at', nullable: true }) bouncedAt!: Date | null;
  @Column('text', { name: 'bounce_reason', nullable: true }) bounceReason!: string | null;
}

@Entity({ name: 'organizations' })
export class Organization {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('boolean', { name: 'auto_add_members' }) autoAddMembers!: boolean;
  @Column('boolean', { name: 'members_see_all' }) membersSeeAll!: boolean;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

@Entity({ name: 'organization_domains' })
export class OrganizationDomain {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('citext') domain!: string;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
}

@Entity({ name: 'requester_organizations' })
export class RequesterOrganization {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { name: 'requester_id' }) requesterId!: string;
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId!: string;
}

@Entity({ name: 'requester_sessions' })
export class RequesterSession {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'requester_id' }) requesterId!: string;
  @Column('bytea', { name: 'token_hash' }) tokenHash!: Buffer;
  // A guest session reaches this ticket only; null for a signed-in requester.
  @Column('uuid', { name: 'ticket_id', nullable: true }) ticketId!: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
}

export type RequesterTokenPurpose = 'reset' | 'invitation' | 'registration';

@Entity({ name: 'requester_tokens' })
export class RequesterToken {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'requester_id' }) requesterId!: string;
  @Column('text') purpose!: RequesterTokenPurpose;
  @Column('bytea', { name: 'token_hash' }) tokenHash!: Buffer;
  // Registration: the chosen password, set once the mailed token comes back.
  @Column('text', { name: 'password_hash', nullable: true, select: false }) passwordHash!: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
  @Column('timestamptz', { name: 'used_at', nullable: true }) usedAt!: Date | null;
}

export const requesterEntities = [
  Requester,
  RequesterEmail,
  Organization,
  OrganizationDomain,
  RequesterOrganization,
  RequesterSession,
  RequesterToken,
];
