import { Inject, Injectable } from '@nestjs/common';
import {
  AuthError,
  AuthErrorCode,
  LoginRateLimiter,
  assertStrongPassword,
  hashPassword,
  hashToken,
  looksLikeSessionToken,
  newSessionToken,
  verifyPassword,
} from '@tessera/auth';
import { CONFIG, Config } from '@tessera/config';
import { Outbox, TenantDatabase, TenantRef, newId } from '@tessera/database';
import { RequesterLinkKind } from '@tessera/events';
import { DirectoryService } from '@tessera/directory';
import { In } from 'typeorm';
import { normalizeEmail } from '@tessera/directory';
import { Organization, Requester, RequesterEmail, RequesterSession, RequesterToken, RequesterTokenPurpose } from './requester.entities';
import { RequesterError, RequesterErrorCode } from './requester.errors';
import { RequesterPrincipal } from './requester-principal';
import { RequesterService, checkedEmail } from './requester.service';

// Requester session tokens; one-time tokens travel in mailed links and have their own prefix.
const SESSION_PREFIX = 'tsr_';
const LINK_PREFIX = 'tsl_';
// A guest link opens a short session: the link itself stays valid and can open another.
export const GUEST_SESSION_MINUTES = 60;

const LINKS: Record<RequesterTokenPurpose, { minutes: number; topic: RequesterLinkKind }> = {
  reset: { minutes: 60, topic: 'requester.password-reset' },
  invitation: { minutes: 7 * 24 * 60, topic: 'requester.invitation' },
  registration: { minutes: 24 * 60, topic: 'requester.registration' },
};

export interface Registration {
  name: string;
  email: string;
  password: string;
}

// Where the password of requesters who are not local is checked (the instance's LDAP
// directory), as StaffDirectory is for agents; it also says whether the portal takes
// registrations at all. Outside any transaction.
export interface RequesterDirectory {
  signIn(tenant: TenantRef, login: string, password: string, account: Requester | null): Promise<Requester | null>;
  // Throws when the portal's accounts come from the directory only.
  assertRegistrationOpen(tenant: TenantRef): Promise<void>;
}

export interface RequesterSignIn {
  token: string;
  expiresAt: Date;
  requester: Requester;
}

export interface RequesterProfile {
  requester: Requester;
  emails: RequesterEmail[];
  organizations: Organization[];
}

// The requesters' realm: registration (open, closed or by invitation), sign-in, password reset
// and invitations by mailed one-time links, and the sessions the portal runs on. Answers that
// could tell whether an address is known are the same for known and unknown addresses.
@Injectable()
export class RequesterAuthService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly requesters: RequesterService,
    private readonly directory: DirectoryService,
    private readonly limiter: LoginRateLimiter,
    private readonly outbox: Outbox,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  // Always the same answer when registration is open: the mail says what happens next. A new
  // address gets a confirmation link (the chosen password takes effect when it comes back); a
  // known address never gets its password set here: it gets an invitation (no password yet) or
  // a reset link (has one). Argon2 runs outside the transaction.
  async register(tenant: TenantRef, input: Registration, address: string, directory?: RequesterDirectory): Promise<void> {
    await directory?.assertRegistrationOpen(tenant);
    const email = checkedEmail(input.email);
    assertStrongPassword(input.password);
    const { registration } = await this.db.run(tenant, () => this.directory.settings());
    if (registration === 'closed') {
      throw new RequesterError(RequesterErrorCode.RegistrationClosed, 'This helpdesk does not take registrations; ask its staff for an account');
    }
    if (registration === 'invitation') {
      throw new RequesterError(RequesterErrorCode.InvitationOnly, 'Accounts on this helpdesk are by invitation only');
    }
    if (!(await this.mailAllowed(tenant, email, address))) return;
    const passwordHash = await hashPassword(input.password);
    await this.db.run(tenant, async () => {
      const known = await this.requesters.findByEmail(email);
      if (!known) {
        const { requester } = await this.requesters.findOrCreate({ email, name: input.name });
        await this.issue(requester.id, email, 'registration', passwordHash);
      } else if (known.canLogin && known.isActive) {
        await this.issue(known.id, email, (await this.hasPassword(known.id)) ? 'reset' : 'invitation');
      }
    });
  }

  // The registration link came back: the address is confirmed, the password chosen then is set.
  async confirmRegistration(tenant: TenantRef, token: string): Promise<RequesterSignIn> {
    return this.db.run(tenant, async () => {
      const link = await this.redeem(token, 'registration');
      const requester = await this.usable(link.requesterId);
      await this.setPasswordHash(requester.id, link.passwordHash as string);
      return this.signIn(requester);
    });
  }

  async acceptInvitation(tenant: TenantRef, token: string, password: string): Promise<RequesterSignIn> {
    return this.setPasswordByLink(tenant, token, 'invitation', password, (requester) => this.signIn(requester));
  }

  // Always answered alike. Where registration is not open, only requesters who already have a
  // password may reset it: a reset must not become a way around closed registration.
  async requestReset(tenant: TenantRef, email: string, address: string): Promise<void> {
    const normalized = normalizeEmail(email);
    if (!normalized || !(await this.mailAllowed(tenant, normalized, address))) return;
    await this.db.run(tenant, async () => {
      const requester = await this.requesters.findByEmail(normalized);
      // The directory keeps the passwords of its requesters.
      if (!requester?.canLogin || !requester.isActive || requester.authSource === 'ldap') return;
      const open = (await this.directory.settings()).registration === 'open';
      if (open || (await this.hasPassword(requester.id))) await this.issue(requester.id, normalized, 'reset');
    });
  }

  // Sets the new password once and ends every session of the requester.
  async confirmReset(tenant: TenantRef, token: string, password: string): Promise<void> {
    await this.setPasswordByLink(tenant, token, 'reset', password, async () => undefined);
  }

  // A manager invites a requester to set a password. Inside the caller's transaction.
  async invite(requesterId: string): Promise<{ requester: Requester; email: string; expiresAt: Date }> {
    const requester = await this.requesters.get(requesterId);
    const email = await this.requesters.primaryEmail(requester.id);
    if (!requester.canLogin || !requester.isActive || !email) {
      throw new RequesterError(RequesterErrorCode.CannotLogin, `${requester.name} may not sign in to the portal`);
    }
    if (await this.hasPassword(requester.id)) {
      throw new RequesterError(RequesterErrorCode.AlreadyRegistered, `${requester.name} already has a password; a password reset sends a new one`);
    }
    return { requester, email, expiresAt: await this.issue(requester.id, email, 'invitation') };
  }

  // Like the staff login: rate-limited per account and address, argon2 between two short
  // transactions, one answer for unknown addresses and wrong passwords.
  async login(tenant: TenantRef, email: string, password: string, address: string, directory?: RequesterDirectory): Promise<RequesterSignIn> {
    const account = email.trim().toLowerCase();
    await this.limiter.assertAllowed('requester', tenant.id, account, address);
    const found = await this.db.run(tenant, async (manager) => {
      const requester = await this.requesters.findByEmail(account);
      if (!requester) return null;
      return manager.createQueryBuilder(Requester, 'r').addSelect('r.passwordHash').where('r.id = :id', { id: requester.id }).getOne();
    });
    // Known only from mail (no password yet): the directory may vouch for them.
    const fromDirectory = directory && (!found || found.authSource === 'ldap' || !found.passwordHash);
    const signedIn = fromDirectory
      ? await directory.signIn(tenant, account, password, found)
      : (await verifyPassword(found?.canLogin && found.isActive ? found.passwordHash : null, password))
        ? found
        : null;
    if (!signedIn || !signedIn.canLogin || !signedIn.isActive) {
      await this.limiter.recordFailure('requester', tenant.id, account, address);
      throw new AuthError(AuthErrorCode.InvalidCredentials, 'The e-mail address or password is wrong');
    }
    await this.limiter.reset('requester', tenant.id, account);
    signedIn.passwordHash = null;
    return this.db.run(tenant, () => this.signIn(signedIn));
  }

  // A session limited to one ticket, for whoever holds that ticket's guest link.
  async guestSession(requesterId: string, ticketId: string): Promise<{ token: string; expiresAt: Date }> {
    return this.startSession(requesterId, ticketId, GUEST_SESSION_MINUTES);
  }

  // Inside the tenant transaction: a token of another instance is simply not found. Guest
  // sessions work for requesters who may not sign in (guest links work either way).
  async authenticate(token: string): Promise<RequesterPrincipal> {
    if (!looksLikeSessionToken(token, SESSION_PREFIX)) throw unauthenticated();
    const row = await this.db.manager
      .createQueryBuilder(RequesterSession, 's')
      .innerJoin(Requester, 'r', 'r.tenant_id = s.tenant_id and r.id = s.requester_id')
      .select(['s.id as session_id', 's.requester_id as requester_id', 's.ticket_id as ticket_id', 'r.language as language'])
      .addSelect('r.is_active and (r.can_login or s.ticket_id is not null)', 'usable')
      .where('s.token_hash = :hash and s.expires_at > now()', { hash: hashToken(token) })
      .getRawOne<{ session_id: string; requester_id: string; ticket_id: string | null; usable: boolean; language: string | null }>();
    if (!row?.usable) throw unauthenticated();
    return { kind: 'requester', tenantId: this.db.tenant.id, requesterId: row.requester_id, sessionId: row.session_id, ticketId: row.ticket_id, language: row.language };
  }

  // Housekeeping, inside the tenant transaction: expired sessions and links are useless, and used
  // links are kept a day for the record of a reset before they go too.
  async purgeExpired(): Promise<number> {
    const [sessions] = await this.db.manager.query('with gone as (delete from requester_sessions where expires_at <= now() returning 1) select count(*)::int as n from gone');
    const [tokens] = await this.db.manager.query(
      "with gone as (delete from requester_tokens where expires_at <= now() or used_at <= now() - interval '1 day' returning 1) select count(*)::int as n from gone",
    );
    return sessions.n + tokens.n;
  }

  async logout(sessionId: string): Promise<void> {
    await this.db.manager.delete(RequesterSession, { id: sessionId });
  }

  // The signed-in requester's own account; a guest link does not open it.
  // The requester's own language (pages and mail); null: the instance's default.
  async setLanguage(principal: RequesterPrincipal, language: string | null): Promise<RequesterProfile> {
    assertSignedIn(principal);
    await this.db.manager.update(Requester, { id: principal.requesterId }, { language, updatedAt: new Date() });
    return this.profile(principal);
  }

  async profile(principal: RequesterPrincipal): Promise<RequesterProfile> {
    assertSignedIn(principal);
    const manager = this.db.manager;
    const requester = await this.requesters.get(principal.requesterId);
    const emails = await manager.find(RequesterEmail, { where: { requesterId: requester.id }, order: { isPrimary: 'DESC', email: 'ASC' } });
    const organizationIds = await this.requesters.organizationIds(requester.id);
    const organizations =
      organizationIds.length > 0 ? await manager.find(Organization, { where: { id: In(organizationIds) }, order: { name: 'ASC' } }) : [];
    return { requester, emails, organizations };
  }

  private async signIn(requester: Requester): Promise<RequesterSignIn> {
    const session = await this.startSession(requester.id, null, this.config.auth.sessionTtlMinutes);
    requester.lastLoginAt = new Date();
    await this.db.manager.update(Requester, { id: requester.id }, { lastLoginAt: requester.lastLoginAt });
    return { ...session, requester };
  }

  private async startSession(requesterId: string, ticketId: string | null, minutes: number): Promise<{ token: string; expiresAt: Date }> {
    const token = newSessionToken(SESSION_PREFIX);
    const now = new Date();
    const expiresAt = new Date(now.getTime() + minutes * 60_000);
    await this.db.manager.insert(RequesterSession, {
      tenantId: this.db.tenant.id,
      id: newId(),
      requesterId,
      tokenHash: hashToken(token),
      ticketId,
      createdAt: now,
      expiresAt,
    });
    return { token, expiresAt };
  }

  // Stores a one-time token (only its hash) and hands the token to the mail worker.
  private async issue(requesterId: string, email: string, purpose: RequesterTokenPurpose, passwordHash: string | null = null): Promise<Date> {
    const token = newSessionToken(LINK_PREFIX);
    const now = new Date();
    const expiresAt = new Date(now.getTime() + LINKS[purpose].minutes * 60_000);
    await this.db.manager.insert(RequesterToken, {
      tenantId: this.db.tenant.id,
      id: newId(),
      requesterId,
      purpose,
      tokenHash: hashToken(token),
      passwordHash,
      createdAt: now,
      expiresAt,
      usedAt: null,
    });
    await this.outbox.add(LINKS[purpose].topic, { requesterId, email, token, expiresAt: expiresAt.toISOString() });
    return expiresAt;
  }

  // A mailed link sets a password the requester chose; `then` runs in the same transaction.
  private async setPasswordByLink<T>(
    tenant: TenantRef,
    token: string,
    purpose: RequesterTokenPurpose,
    password: string,
    then: (requester: Requester) => Promise<T>,
  ): Promise<T> {
    assertStrongPassword(password);
    const passwordHash = await hashPassword(password);
    return this.db.run(tenant, async () => {
      const requester = await this.usable((await this.redeem(token, purpose)).requesterId);
      await this.setPasswordHash(requester.id, passwordHash);
      return then(requester);
    });
  }

  // Marks a one-time token used. The row lock makes a token that two requests bring at once
  // work for only one of them.
  private async redeem(token: string, purpose: RequesterTokenPurpose): Promise<RequesterToken> {
    const invalid = () => new RequesterError(RequesterErrorCode.TokenInvalid, 'This link is not valid; ask for a new one', { field: 'token' });
    if (!looksLikeSessionToken(token, LINK_PREFIX)) throw invalid();
    const row = await this.db.manager
      .createQueryBuilder(RequesterToken, 't')
      .addSelect('t.passwordHash')
      .where('t.token_hash = :hash and t.purpose = :purpose', { hash: hashToken(token), purpose })
      .setLock('pessimistic_write')
      .getOne();
    if (!row) throw invalid();
    if (row.usedAt || row.expiresAt.getTime() <= Date.now()) {
      throw new RequesterError(RequesterErrorCode.TokenExpired, 'This link was already used or has expired; ask for a new one');
    }
    await this.db.manager.update(RequesterToken, { id: row.id }, { usedAt: new Date() });
    return row;
  }

  // The requester a token was issued to, if they may still sign in.
  private async usable(requesterId: string): Promise<Requester> {
    const requester = await this.requesters.get(requesterId);
    if (!requester.canLogin || !requester.isActive) {
      throw new RequesterError(RequesterErrorCode.CannotLogin, 'This account may not sign in to the portal');
    }
    return requester;
  }

  // A new password ends every session and every other pending reset link of the requester.
  private async setPasswordHash(requesterId: string, passwordHash: string): Promise<void> {
    const manager = this.db.manager;
    const now = new Date();
    await manager.update(Requester, { id: requesterId }, { passwordHash, updatedAt: now });
    await manager.delete(RequesterSession, { requesterId });
    await manager
      .createQueryBuilder()
      .update(RequesterToken)
      .set({ usedAt: now })
      .where('requester_id = :requesterId and used_at is null', { requesterId })
      .execute();
  }

  private async hasPassword(requesterId: string): Promise<boolean> {
    const row = await this.db.manager
      .createQueryBuilder(Requester, 'r')
      .select('r.password_hash is not null', 'has')
      .where('r.id = :id', { id: requesterId })
      .getRawOne<{ has: boolean }>();
    return row?.has ?? false;
  }

  // Mails are capped per address and per client: registering or resetting in a loop must not
  // flood someone's inbox. Over the cap the answer stays the same; only the mail is not sent.
  private async mailAllowed(tenant: TenantRef, email: string, address: string): Promise<boolean> {
    if (!(await this.limiter.isAllowed('requester-mail', tenant.id, email, address))) return false;
    await this.limiter.recordFailure('requester-mail', tenant.id, email, address);
    return true;
  }
}

export function assertSignedIn(principal: RequesterPrincipal): void {
  if (principal.ticketId) {
    throw new RequesterError(RequesterErrorCode.SignInRequired, 'A guest link opens its ticket only; sign in for this');
  }
}


function unauthenticated(): AuthError {
  return new AuthError(AuthErrorCode.Unauthenticated, 'Sign in to this helpdesk first');
}
