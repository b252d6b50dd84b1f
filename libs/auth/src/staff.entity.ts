import { Column, Entity, PrimaryColumn } from 'typeorm';

export const AUTH_SOURCES = ['local', 'ldap'] as const;
export type AuthSource = (typeof AUTH_SOURCES)[number];

@Entity({ name: 'staff' })
export class Staff {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('citext') email!: string;
  @Column('text') name!: string;
  @Column('text', { name: 'password_hash', nullable: true, select: false }) passwordHash!: string | null;
  @Column('boolean', { name: 'is_manager' }) isManager!: boolean;
  @Column('boolean', { name: 'is_active' }) isActive!: boolean;
  // Locked agents keep their tickets and history but cannot sign in.
  @Column('boolean', { name: 'is_locked' }) isLocked!: boolean;
  @Column('uuid', { name: 'primary_department_id', nullable: true }) primaryDepartmentId!: string | null;
  // The role in the primary department.
  @Column('uuid', { name: 'role_id', nullable: true }) roleId!: string | null;
  @Column('text', { nullable: true }) language!: string | null;
  @Column('text') signature!: string;
  // Away (holiday, leave) until then: automatic assignment passes the agent by.
  @Column('timestamptz', { name: 'away_until', nullable: true }) awayUntil!: Date | null;
  @Column('text', { nullable: true }) phone!: string | null;
  // ldap: the instance's directory checks the password (and keeps name, e-mail and phone).
  @Column('text', { name: 'auth_source' }) authSource!: AuthSource;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
  @Column('timestamptz', { name: 'last_login_at', nullable: true }) lastLoginAt!: Date | null;
}

@Entity({ name: 'staff_sessions' })
export class StaffSession {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'staff_id' }) staffId!: string;
  @Column('bytea', { name: 'token_hash' }) tokenHash!: Buffer;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
}
