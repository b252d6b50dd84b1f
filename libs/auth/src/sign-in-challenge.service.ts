import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, Config } from '@tessera/config';
import { TenantDatabase, TenantRef, newId } from '@tessera/database';
import { AuthError, AuthErrorCode } from './auth.errors';
import { hashToken, looksLikeToken, newToken } from './session-token';
import { Staff } from './staff.entity';
import { SignedIn, openStaffSession } from './staff-sessions';
import { SignInNext, StaffSignInChallenge } from './two-factor.entities';
import { Enrolment, TwoFactorService } from './two-factor.service';

const CHALLENGE_PREFIX = 'tsc_';
// Long enough to open the app (or set it up) and type a code.
export const CHALLENGE_MINUTES = 10;

export interface SecondFactorNeeded {
  kind: 'second-factor';
  challenge: string;
  expiresAt: Date;
  // code: the agent's app (or a recovery code); enrol: the instance requires a second factor
  // and the agent has none yet.
  next: SignInNext;
}

// Between the password and the session: the challenge a right password earns when a second
// factor is on (or required), and the steps that redeem it. A challenge belongs to one
// instance's agent; in another instance it is simply not found.
@Injectable()
export class SignInChallengeService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly twoFactor: TwoFactorService,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  // Inside the tenant transaction, after the password was right: a challenge, or null when the
  // password is enough.
  async afterPassword(staffId: string): Promise<SecondFactorNeeded | null> {
    const next: SignInNext | null = (await this.twoFactor.isEnabled(staffId)) ? 'code' : (await this.twoFactor.required()) ? 'enrol' : null;
    if (!next) return null;
    const challenge = newToken(CHALLENGE_PREFIX);
    const now = new Date();
    const expiresAt = new Date(now.getTime() + CHALLENGE_MINUTES * 60_000);
    await this.db.manager.insert(StaffSignInChallenge, { tenantId: this.db.tenant.id, id: newId(), staffId, tokenHash: hashToken(challenge), next, createdAt: now, expiresAt });
    return { kind: 'second-factor', challenge, expiresAt, next };
  }

  // A code of the app or a recovery code completes the sign-in. A wrong code leaves the
  // challenge as it was, to try again within the rate limit.
  async withCode(tenant: TenantRef, challenge: string, code: string, address: string): Promise<SignedIn> {
    return this.db.run(tenant, async () => {
      const row = await this.redeemable(challenge, 'code');
      await this.twoFactor.verify(row.staffId, code, address);
      return this.complete(row);
    });
  }

  async startEnrolment(tenant: TenantRef, challenge: string, issuer: string): Promise<Enrolment> {
    return this.db.run(tenant, async () => this.twoFactor.startEnrolment((await this.redeemable(challenge, 'enrol')).staffId, issuer));
  }

  // The first code of the new app switches the second factor on and signs in.
  async confirmEnrolment(tenant: TenantRef, challenge: string, code: string, address: string): Promise<{ signedIn: SignedIn; recoveryCodes: string[] }> {
    return this.db.run(tenant, async () => {
      const row = await this.redeemable(challenge, 'enrol');
      const recoveryCodes = await this.twoFactor.confirmEnrolment(row.staffId, code, address);
      return { signedIn: await this.complete(row), recoveryCodes };
    });
  }

  // Housekeeping: expired challenges are useless.
  async purgeExpired(): Promise<number> {
    const result = await this.db.manager.createQueryBuilder().delete().from(StaffSignInChallenge).where('expires_at <= now()').execute();
    return result.affected ?? 0;
  }

  private async redeemable(challenge: string, next: SignInNext): Promise<StaffSignInChallenge> {
    const invalid = () => new AuthError(AuthErrorCode.SignInChallengeInvalid, 'This sign-in has expired or is not valid; enter the password again');
    if (!looksLikeToken(CHALLENGE_PREFIX, challenge)) throw invalid();
    const row = await this.db.manager
      .createQueryBuilder(StaffSignInChallenge, 'c')
      .where('c.token_hash = :hash and c.next = :next and c.expires_at > now()', { hash: hashToken(challenge), next })
      .setLock('pessimistic_write')
      .getOne();
    if (!row) throw invalid();
    return row;
  }

  // The challenge is spent; an agent locked meanwhile gets no session.
  private async complete(row: StaffSignInChallenge): Promise<SignedIn> {
    await this.db.manager.delete(StaffSignInChallenge, { id: row.id });
    const staff = await this.db.manager.findOneBy(Staff, { id: row.staffId });
    if (!staff?.isActive || staff.isLocked) throw new AuthError(AuthErrorCode.SignInChallengeInvalid, 'This sign-in is not valid any more');
    return openStaffSession(this.db.manager, this.db.tenant.id, staff, this.config.auth.sessionTtlMinutes);
  }
}
