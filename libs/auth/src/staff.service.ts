import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, Config } from '@tessera/config';
import { TenantDatabase, TenantRef, isUniqueViolation, newId, statement } from '@tessera/database';
import { AuthError, AuthErrorCode } from './auth.errors';
import { LoginRateLimiter } from './login-rate-limiter';
import { assertStrongPassword, hashPassword, verifyPassword } from './password';
import { SecondFactorNeeded, SignInChallengeService } from './sign-in-challenge.service';
import { hashToken, looksLikeSessionToken } from './session-token';
import { SignedIn, openStaffSession } from './staff-sessions';
import { AuthSource, Staff, StaffSession } from './staff.entity';
import { StaffPrincipal } from './staff-principal';

export interface NewStaff {
  email: string;
  name: string;
  password: string;
  isManager: boolean;
  primaryDepartmentId: string | null;
  roleId?: string | null;
  language?: string | null;
  signature?: string;
  phone?: string | null;
  authSource?: AuthSource;
}

// Where the password of accounts that are not local is checked (the instance's LDAP
// directory). Given what was typed and the account it names by e-mail (null when none), it
// answers the account to sign in, or null when the credentials are wrong. Outside any
// transaction; it opens its own.
export interface StaffDirectory {
  signIn(tenant: TenantRef, login: string, password: string, account: Staff | null): Promise<Staff | null>;
}

// Signed in, or a second step to take first.
export type LoginResult = SignedIn | SecondFactorNeeded;

@Injectable()
export class StaffService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly limiter: LoginRateLimiter,
    private readonly challenges: SignInChallengeService,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  // Runs inside the caller's tenant transaction.
  async create(input: NewStaff): Promise<Staff> {
    // Directory accounts have no password here.
    const local = (input.authSource ?? 'local') === 'local';
    if (local) assertStrongPassword(input.password);
    const now = new Date();
    const staff: Staff = Object.assign(new Staff(), {
      tenantId: this.db.tenant.id,
      id: newId(),
      email: input.email.trim().toLowerCase(),
      name: input.name.trim(),
      passwordHash: local ? await hashPassword(input.password) : null,
      isManager: input.isManager,
      isActive: true,
      isLocked: false,
      primaryDepartmentId: input.primaryDepartmentId,
      roleId: input.roleId ?? null,
      language: input.language ?? null,
      signature: input.signature ?? '',
      phone: input.phone ?? null,
      authSource: input.authSource ?? 'local',
      createdAt: now,
      updatedAt: now,
      lastLoginAt: null,
    });
    try {
      await this.db.manager.insert(Staff, staff);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new AuthError(AuthErrorCode.EmailTaken, `An agent with the e-mail ${staff.email} already exists`);
      }
      throw error;
    }
    staff.passwordHash = null;
    return staff;
  }

  // Password check happens between two short transactions: argon2 is deliberately slow and must
  // not hold a pooled connection. With a directory, accounts it keeps (and names no local
  // account has) are checked there; local accounts never wait for it.
  async login(tenant: TenantRef, email: string, password: string, address: string, directory?: StaffDirectory): Promise<LoginResult> {
    const normalized = email.trim().toLowerCase();
    await this.limiter.assertAllowed('staff', tenant.id, normalized, address);
    const found = await this.db.run(tenant, (manager) =>
      manager
        .createQueryBuilder(Staff, 's')
        .addSelect('s.passwordHash')
        .where('s.email_lower = lower(:email)', { email: normalized })
        .getOne(),
    );
    const signedIn =
      directory && (!found || found.authSource === 'ldap')
        ? await directory.signIn(tenant, normalized, password, found)
        : (await verifyPassword(found?.isActive && !found.isLocked ? found.passwordHash : null, password))
          ? found
          : null;
    if (!signedIn || !signedIn.isActive || signedIn.isLocked) {
      await this.limiter.recordFailure('staff', tenant.id, normalized, address);
      throw new AuthError(AuthErrorCode.InvalidCredentials, 'The e-mail address or password is wrong');
    }
    await this.limiter.reset('staff', tenant.id, normalized);
    // A second factor (on, or required by the instance) comes before the session.
    return this.db.run(tenant, async (manager) => {
      const second = await this.challenges.afterPassword(signedIn.id);
      return second ?? openStaffSession(manager, tenant.id, signedIn, this.config.auth.sessionTtlMinutes);
    });
  }

  // Inside the tenant transaction: a token of another instance is simply not found.
  async authenticate(token: string): Promise<StaffPrincipal> {
    if (!looksLikeSessionToken(token)) throw unauthenticated();
    const [row] = await this.db.query<{ session_id: string; staff_id: string; is_manager: boolean; is_active: boolean; language: string | null }>(AUTHENTICATE, [
      hashToken(token),
    ]);
    if (!row || !row.is_active) throw unauthenticated();
    return {
      kind: 'staff',
      tenantId: this.db.tenant.id,
      staffId: row.staff_id,
      sessionId: row.session_id,
      isManager: row.is_manager,
      language: row.language,
    };
  }

  // Inside the tenant transaction. Ends every session of that account.
  async setPassword(email: string, password: string): Promise<boolean> {
    assertStrongPassword(password);
    const staff = await this.db.manager.findOneBy(Staff, { email: email.trim().toLowerCase() });
    if (!staff) return false;
    await this.db.manager.update(Staff, { id: staff.id }, { passwordHash: await hashPassword(password), updatedAt: new Date() });
    await this.endSessions(staff.id);
    return true;
  }

  // Inside the tenant transaction: every token of the account stops working at once.
  async endSessions(staffId: string): Promise<void> {
    await this.db.manager.delete(StaffSession, { staffId });
  }

  async logout(sessionId: string): Promise<void> {
    await this.db.manager.delete(StaffSession, { id: sessionId });
  }

  // The agent's own language (pages and mail); null: the instance's default.
  // What agents change about themselves; a field left undefined stays.
  async setPreferences(staffId: string, preferences: { language?: string | null; awayUntil?: Date | null }): Promise<Staff> {
    const changes: Partial<Staff> = {};
    if (preferences.language !== undefined) changes.language = preferences.language;
    if (preferences.awayUntil !== undefined) changes.awayUntil = preferences.awayUntil;
    if (Object.keys(changes).length > 0) await this.db.manager.update(Staff, { id: staffId }, { ...changes, updatedAt: new Date() });
    return this.get(staffId);
  }

  async get(staffId: string): Promise<Staff> {
    const staff = await this.db.manager.findOneBy(Staff, { id: staffId });
    if (!staff) throw unauthenticated();
    return staff;
  }

  // Housekeeping: expired sessions are useless and only grow the table.
  async purgeExpiredSessions(): Promise<number> {
    const result = await this.db.manager
      .createQueryBuilder()
      .delete()
      .from(StaffSession)
      .where('expires_at <= now()')
      .execute();
    return result.affected ?? 0;
  }
}

function unauthenticated(): AuthError {
  return new AuthError(AuthErrorCode.Unauthenticated, 'Sign in to this instance first');
}

// Every staff request: the live session of a token and its agent.
const AUTHENTICATE = statement(
  'staff.authenticate',
  `select session.id as session_id, staff.id as staff_id, staff.is_manager, staff.is_active and not staff.is_locked as is_active, staff.language
     from staff_sessions session join staff on staff.tenant_id = session.tenant_id and staff.id = session.staff_id
    where session.token_hash = $1 and session.expires_at > now()`,
);
