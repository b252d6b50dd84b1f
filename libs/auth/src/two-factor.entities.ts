import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'staff_two_factor' })
export class StaffTwoFactor {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { name: 'staff_id' }) staffId!: string;
  // Sealed with the deployment's key (secret-box).
  @Column('bytea', { select: false }) secret!: Buffer;
  // Null while the enrolment waits for its first valid code.
  @Column('timestamptz', { name: 'enabled_at', nullable: true }) enabledAt!: Date | null;
  @Column('bigint', { name: 'last_step', nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  lastStep!: number | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}

@Entity({ name: 'staff_recovery_codes' })
export class StaffRecoveryCode {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'staff_id' }) staffId!: string;
  @Column('bytea', { name: 'code_hash' }) codeHash!: Buffer;
  @Column('timestamptz', { name: 'used_at', nullable: true }) usedAt!: Date | null;
}

export type SignInNext = 'code' | 'enrol';

@Entity({ name: 'staff_sign_in_challenges' })
export class StaffSignInChallenge {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'staff_id' }) staffId!: string;
  @Column('bytea', { name: 'token_hash' }) tokenHash!: Buffer;
  @Column('text') next!: SignInNext;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
}

@Entity({ name: 'staff_password_resets' })
export class StaffPasswordReset {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'staff_id' }) staffId!: string;
  @Column('bytea', { name: 'token_hash' }) tokenHash!: Buffer;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
  @Column('timestamptz', { name: 'used_at', nullable: true }) usedAt!: Date | null;
}

@Entity({ name: 'staff_auth_policies' })
export class StaffAuthPolicy {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @Column('boolean', { name: 'require_two_factor' }) requireTwoFactor!: boolean;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}
