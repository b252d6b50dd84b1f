import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, Config } from '@tessera/config';
import { TenantDatabase, newId } from '@tessera/database';
import { toString as qrSvg } from 'qrcode';
import { AuthError, AuthErrorCode } from './auth.errors';
import { LoginRateLimiter } from './login-rate-limiter';
import { RECOVERY_CODE_COUNT, hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCode } from './recovery-codes';
import { openSecret, sealSecret } from './secret-box';
import { Staff } from './staff.entity';
import { StaffAuthPolicy, StaffRecoveryCode, StaffTwoFactor } from './two-factor.entities';
import { matchTotp, newTotpSecret, otpauthUri } from './totp';

export interface TwoFactorStatus {
  enabled: boolean;
  enabledAt: Date | null;
  recoveryCodesLeft: number;
  // The instance requires a second factor of every agent.
  required: boolean;
}

export interface Enrolment {
  secret: string;
  otpauthUri: string;
  // An SVG image of the URI as a data: URL, for an <img>.
  qrCode: string;
}

// An agent's second factor: enrolment, the check of a code (or a recovery code), switching it
// off, and the instance's rule that every agent needs one. Runs in the tenant transaction.
// Codes are counted like passwords: too many wrong ones lock the account's second step out for
// the rest of the window.
@Injectable()
export class TwoFactorService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly limiter: LoginRateLimiter,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async status(staffId: string): Promise<TwoFactorStatus> {
    const row = await this.db.manager.findOneBy(StaffTwoFactor, { staffId });
    const unused = row?.enabledAt ? await this.unusedRecoveryCodes(staffId) : 0;
    return { enabled: !!row?.enabledAt, enabledAt: row?.enabledAt ?? null, recoveryCodesLeft: unused, required: await this.required() };
  }

  // A new secret, pending until a code made from it comes back. Starting again replaces a
  // pending one; an enabled second factor must be switched off first.
  async startEnrolment(staffId: string, issuer: string): Promise<Enrolment> {
    const manager = this.db.manager;
    const existing = await manager.findOneBy(StaffTwoFactor, { staffId });
    if (existing?.enabledAt) throw new AuthError(AuthErrorCode.TwoFactorEnabled, 'Two-factor sign-in is already on; turn it off first');
    const staff = await manager.findOneByOrFail(Staff, { id: staffId });
    const secret = newTotpSecret();
    await manager.upsert(
      StaffTwoFactor,
      { tenantId: this.db.tenant.id, staffId, secret: sealSecret(this.config.secretKey, secret), enabledAt: null, lastStep: null, createdAt: new Date() },
      ['tenantId', 'staffId'],
    );
    const uri = otpauthUri(issuer, staff.email, secret);
    const svg = await qrSvg(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return { secret, otpauthUri: uri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
  }

  // The first valid code switches the second factor on; the ten recovery codes are returned
  // this once (only their hashes are kept).
  async confirmEnrolment(staffId: string, code: string, address: string): Promise<string[]> {
    const row = await this.locked(staffId);
    if (!row || row.enabledAt) throw new AuthError(AuthErrorCode.TwoFactorNotEnabled, 'Start the two-factor set-up first');
    await this.checkTotp(row, code, address);
    await this.db.manager.update(StaffTwoFactor, { staffId }, { enabledAt: new Date() });
    return this.newRecoveryCodes(staffId);
  }

  // Switching it off takes a valid code (or a recovery code), not just a session.
  async disable(staffId: string, code: string, address: string): Promise<void> {
    const row = await this.locked(staffId);
    if (!row?.enabledAt) throw new AuthError(AuthErrorCode.TwoFactorNotEnabled, 'Two-factor sign-in is not on');
    if (await this.required()) throw new AuthError(AuthErrorCode.TwoFactorRequired, 'This instance requires two-factor sign-in of every agent');
    await this.check(row, code, address);
    await this.remove(staffId);
  }

  // Ten new recovery codes in place of the old ones (used up, or seen by someone), for a code.
  async renewRecoveryCodes(staffId: string, code: string, address: string): Promise<string[]> {
    const row = await this.locked(staffId);
    if (!row?.enabledAt) throw new AuthError(AuthErrorCode.TwoFactorNotEnabled, 'Two-factor sign-in is not on');
    await this.check(row, code, address);
    return this.newRecoveryCodes(staffId);
  }

  // A manager's help for an agent who lost both the phone and the recovery codes: the second
  // factor goes without a code; the agent sets up a new one (at once where it is required).
  async remove(staffId: string): Promise<void> {
    await this.db.manager.delete(StaffRecoveryCode, { staffId });
    await this.db.manager.delete(StaffTwoFactor, { staffId });
  }

  // The second step of a sign-in: a code of the app or an unused recovery code.
  async verify(staffId: string, code: string, address: string): Promise<void> {
    const row = await this.locked(staffId);
    if (!row?.enabledAt) throw new AuthError(AuthErrorCode.TwoFactorNotEnabled, 'Two-factor sign-in is not on');
    await this.check(row, code, address);
  }

  async isEnabled(staffId: string): Promise<boolean> {
    return !!(await this.db.manager.findOneBy(StaffTwoFactor, { staffId }))?.enabledAt;
  }

  async required(): Promise<boolean> {
    return (await this.db.manager.findOneBy(StaffAuthPolicy, {}))?.requireTwoFactor ?? false;
  }

  async setRequired(required: boolean): Promise<void> {
    await this.db.manager.upsert(StaffAuthPolicy, { tenantId: this.db.tenant.id, requireTwoFactor: required, updatedAt: new Date() }, ['tenantId']);
  }

  private async unusedRecoveryCodes(staffId: string): Promise<number> {
    return this.db.manager
      .createQueryBuilder(StaffRecoveryCode, 'c')
      .where('c.staff_id = :staffId and c.used_at is null', { staffId })
      .getCount();
  }

  // The row under lock: two requests bringing the same code at once are taken one after the
  // other, and the second finds its step already used.
  private locked(staffId: string): Promise<StaffTwoFactor | null> {
    return this.db.manager
      .createQueryBuilder(StaffTwoFactor, 't')
      .addSelect('t.secret')
      .where('t.staff_id = :staffId', { staffId })
      .setLock('pessimistic_write')
      .getOne();
  }

  private async check(row: StaffTwoFactor, code: string, address: string): Promise<void> {
    const typed = code.trim();
    if (!looksLikeRecoveryCode(typed)) return this.checkTotp(row, typed, address);
    await this.limiter.assertAllowed('two-factor', this.db.tenant.id, row.staffId, address);
    const used = await this.db.manager
      .createQueryBuilder()
      .update(StaffRecoveryCode)
      .set({ usedAt: new Date() })
      .where('staff_id = :staffId and code_hash = :hash and used_at is null', { staffId: row.staffId, hash: hashRecoveryCode(typed) })
      .execute();
    if (!used.affected) await this.refuse(row.staffId, address);
    await this.limiter.reset('two-factor', this.db.tenant.id, row.staffId);
  }

  private async checkTotp(row: StaffTwoFactor, code: string, address: string): Promise<void> {
    await this.limiter.assertAllowed('two-factor', this.db.tenant.id, row.staffId, address);
    const secret = openSecret(this.config.secretKey, row.secret);
    const step = secret === null ? null : matchTotp(secret, code.trim(), new Date(), row.lastStep);
    if (step === null) return this.refuse(row.staffId, address);
    await this.db.manager.update(StaffTwoFactor, { staffId: row.staffId }, { lastStep: step });
    await this.limiter.reset('two-factor', this.db.tenant.id, row.staffId);
  }

  private async refuse(staffId: string, address: string): Promise<never> {
    await this.limiter.recordFailure('two-factor', this.db.tenant.id, staffId, address);
    throw new AuthError(AuthErrorCode.CodeInvalid, 'The code is wrong, was already used or has expired', { field: 'code' });
  }

  private async newRecoveryCodes(staffId: string): Promise<string[]> {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await this.db.manager.delete(StaffRecoveryCode, { staffId });
    await this.db.manager.insert(
      StaffRecoveryCode,
      codes.map((code) => ({ tenantId: this.db.tenant.id, id: newId(), staffId, codeHash: hashRecoveryCode(code), usedAt: null })),
    );
    return codes;
  }
}
