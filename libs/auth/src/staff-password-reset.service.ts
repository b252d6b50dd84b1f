import { Injectable } from '@nestjs/common';
import { Outbox, TenantDatabase, TenantRef, newId } from '@tessera/database';
import { AuthError, AuthErrorCode } from './auth.errors';
import { LoginRateLimiter } from './login-rate-limiter';
import { assertStrongPassword, hashPassword } from './password';
import { hashToken, looksLikeToken, newToken } from './session-token';
import { Staff, StaffSession } from './staff.entity';
import { StaffPasswordReset, StaffSignInChallenge } from './two-factor.entities';

const RESET_PREFIX = 'tsp_';
export const STAFF_RESET_MINUTES = 60;

// "Forgot password" for agents: a mailed one-time link (only its hash is kept) that sets a new
// password and ends every session of the agent. Asking answers alike for known and unknown
// addresses; mails are capped per address and per client. A second factor stays on: the next
// sign-in still asks for its code.
@Injectable()
export class StaffPasswordResetService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly limiter: LoginRateLimiter,
    private readonly outbox: Outbox,
  ) {}

  async request(tenant: TenantRef, email: string, address: string): Promise<void> {
    const normalized = email.trim().toLowerCase();
    if (!(await this.limiter.isAllowed('staff-mail', tenant.id, normalized, address))) return;
    await this.limiter.recordFailure('staff-mail', tenant.id, normalized, address);
    await this.db.run(tenant, async (manager) => {
      const staff = await manager
        .createQueryBuilder(Staff, 's')
        .where('s.email_lower = lower(:email) and s.is_active and not s.is_locked', { email: normalized })
        .getOne();
      if (!staff) return;
      const token = newToken(RESET_PREFIX);
      const now = new Date();
      const expiresAt = new Date(now.getTime() + STAFF_RESET_MINUTES * 60_000);
      await manager.insert(StaffPasswordReset, { tenantId: tenant.id, id: newId(), staffId: staff.id, tokenHash: hashToken(token), createdAt: now, expiresAt, usedAt: null });
      await this.outbox.add('staff.password-reset', { staffId: staff.id, email: staff.email, token, expiresAt: expiresAt.toISOString() });
    });
  }

  // Sets the password once; every session, pending sign-in and other reset link of the agent
  // ends with it. Argon2 runs before the transaction.
  async confirm(tenant: TenantRef, token: string, password: string): Promise<void> {
    assertStrongPassword(password);
    if (!looksLikeToken(RESET_PREFIX, token)) throw invalid();
    const passwordHash = await hashPassword(password);
    await this.db.run(tenant, async (manager) => {
      const row = await manager
        .createQueryBuilder(StaffPasswordReset, 'r')
        .where('r.token_hash = :hash', { hash: hashToken(token) })
        .setLock('pessimistic_write')
        .getOne();
      if (!row) throw invalid();
      if (row.usedAt || row.expiresAt.getTime() <= Date.now()) {
        throw new AuthError(AuthErrorCode.ResetTokenExpired, 'This link was already used or has expired; ask for a new one');
      }
      const now = new Date();
      await manager.update(Staff, { id: row.staffId }, { passwordHash, updatedAt: now });
      await manager.delete(StaffSession, { staffId: row.staffId });
      await manager.delete(StaffSignInChallenge, { staffId: row.staffId });
      await manager
        .createQueryBuilder()
        .update(StaffPasswordReset)
        .set({ usedAt: now })
        .where('staff_id = :staffId and used_at is null', { staffId: row.staffId })
        .execute();
    });
  }

  // Housekeeping: expired links go, used ones a day after their use.
  async purgeExpired(): Promise<number> {
    const result = await this.db.manager
      .createQueryBuilder()
      .delete()
      .from(StaffPasswordReset)
      .where("expires_at <= now() or used_at <= now() - interval '1 day'")
      .execute();
    return result.affected ?? 0;
  }
}

function invalid(): AuthError {
  return new AuthError(AuthErrorCode.ResetTokenInvalid, 'This link is not valid; ask for a new one', { field: 'token' });
}
