import { createHash } from 'node:crypto';
import { TEST_OPERATOR_TOKEN } from '@tessera/testing';
import type { Response } from 'supertest';
import { Instance, TestApi, asOwner, at, bearer, expectProblem, startTestApi } from './api-harness';
import { mailedToken, mailsTo, openTicket, portalLogin, registerRequester, setSettings } from './portal-harness';

const withoutRequest = ({ instance: _i, requestId: _r, ...rest }: Record<string, unknown>) => rest;

describe('requester accounts', () => {
  let api: TestApi;
  let alpha: Instance;

  const post = (path: string, body: object) => api.http().post(at('alpha', `portal/${path}`)).send(body);
  const me = (token: string) => api.http().get(at('alpha', 'portal/auth/me')).set(bearer(token));
  const register = (email: string, password = `password of ${email}`, name = 'Marta Soler') =>
    post('auth/register', { name, email, password });
  const requesterCount = async (email: string) =>
    (await asOwner(api, 'select 1 from requester_emails where tenant_id = $1 and email = $2', [alpha.id, email])).rowCount;

  // Someone known only from a ticket they opened as a guest: a requester without a password.
  async function knownWithoutPassword(email: string): Promise<void> {
    const topics = await api.http().get(at('alpha', 'portal/help-topics')).expect(200);
    await post('tickets', { helpTopicId: topics.body[0].id, subject: 'Hello', message: 'First contact', name: 'Known', email }).expect(201);
  }

  beforeAll(async () => {
    // Room for the many sign-ups below from one client address.
    api = await startTestApi({ TESSERA_LOGIN_MAX_ATTEMPTS: '40' });
    alpha = await api.provision('alpha');
  });

  afterEach(() => setSettings(api, alpha, { registration: 'open' }));
  afterAll(() => api.close());

  describe('open registration', () => {
    it('mails a new address a link; the chosen password works only once the link came back', async () => {
      const email = 'marta@example.org';
      const response = await register(email).expect(202);
      expect(response.text).toBe('');
      const [mail, ...more] = await mailsTo(api, alpha, email);
      expect(more).toEqual([]);
      expect(mail.topic).toBe('requester.registration');
      expect(mail.payload).toEqual({ requesterId: expect.any(String), email, token: expect.stringMatching(/^tsl_[A-Za-z0-9_-]{43}$/), expiresAt: expect.any(String) });
      expect(new Date(mail.payload.expiresAt).getTime() - Date.now()).toBeGreaterThan(23 * 3600_000);
      expectProblem(await post('auth/login', { email, password: `password of ${email}` }), 401, 'auth.invalid-credentials');

      const confirmed = await post('auth/register/confirm', { token: mail.payload.token }).expect(200);
      expect(confirmed.body.token).toMatch(/^tsr_[A-Za-z0-9_-]{43}$/);
      expect(confirmed.body.requester).toEqual({ id: mail.payload.requesterId, name: 'Marta Soler', language: null });
      await me(confirmed.body.token).expect(200);
      await post('auth/login', { email: 'Marta@Example.org', password: `password of ${email}` }).expect(200);
      expectProblem(await post('auth/register/confirm', { token: mail.payload.token }), 410, 'requester.token-expired');
    });

    it('answers a known address exactly like a new one, and never sets its password by registering', async () => {
      await knownWithoutPassword('known@example.org');
      const fresh = await register('fresh@example.org', 'the attacker password');
      const known = await register('known@example.org', 'the attacker password');
      expect({ status: known.status, text: known.text }).toEqual({ status: fresh.status, text: fresh.text });
      expect(known.status).toBe(202);
      // The known address is invited to choose its own password instead.
      expect((await mailsTo(api, alpha, 'known@example.org')).map((m) => m.topic)).toEqual(['requester.invitation']);
      expectProblem(await post('auth/login', { email: 'known@example.org', password: 'the attacker password' }), 401, 'auth.invalid-credentials');
      const invitation = await mailedToken(api, alpha, 'requester.invitation', 'known@example.org');
      const accepted = await post('invitation/accept', { token: invitation, password: 'the owner password' }).expect(200);
      expect(accepted.body.requester.name).toBe('Known');
      await post('auth/login', { email: 'known@example.org', password: 'the owner password' }).expect(200);
    });

    it('mails a requester who already has a password a reset link and leaves the password alone', async () => {
      const user = await registerRequester(api, alpha, 'twice@example.org');
      await register(user.email, 'another password here').expect(202);
      expect((await mailsTo(api, alpha, user.email)).map((m) => m.topic)).toEqual(['requester.registration', 'requester.password-reset']);
      await portalLogin(api, 'alpha', user.email, user.password);
      expectProblem(await post('auth/login', { email: user.email, password: 'another password here' }), 401, 'auth.invalid-credentials');
    });

    it('sends nothing to a requester who may not sign in, and still answers 202', async () => {
      await knownWithoutPassword('nologin@example.org');
      await asOwner(api, 'update requesters set can_login = false where tenant_id = $1 and id = (select requester_id from requester_emails where email = $2)', [
        alpha.id,
        'nologin@example.org',
      ]);
      await register('nologin@example.org').expect(202);
      expect(await mailsTo(api, alpha, 'nologin@example.org')).toEqual([]);
    });

    it('refuses weak passwords and invalid bodies without creating anyone', async () => {
      expectProblem(await register('weak@example.org', 'short'), 400, 'auth.weak-password');
      expectProblem(await register('long@example.org', 'x'.repeat(257)), 400, 'auth.weak-password');
      expectProblem(await post('auth/register', { email: 'noname@example.org', password: 'a long passphrase' }), 400, 'request.invalid');
      const extra = await post('auth/register', { name: 'X', email: 'extra@example.org', password: 'a long passphrase', admin: true });
      expectProblem(extra, 400, 'request.invalid');
      expect(extra.body.errors.map((e: { field: string }) => e.field)).toEqual(['admin']);
      for (const email of ['weak@example.org', 'long@example.org', 'noname@example.org', 'extra@example.org']) {
        expect(await requesterCount(email)).toBe(0);
      }
    });

    it('refuses unknown, malformed and expired confirmation links', async () => {
      expectProblem(await post('auth/register/confirm', { token: 'tsl_' + 'A'.repeat(43) }), 400, 'requester.token-invalid');
      expectProblem(await post('auth/register/confirm', { token: 'not a token' }), 400, 'requester.token-invalid');
      await register('late@example.org').expect(202);
      const token = await mailedToken(api, alpha, 'requester.registration', 'late@example.org');
      // A registration link is not a reset or an invitation link.
      expectProblem(await post('invitation/accept', { token, password: 'a long passphrase' }), 400, 'requester.token-invalid');
      await asOwner(api, "update requester_tokens set expires_at = now() - interval '1 second' where tenant_id = $1 and purpose = 'registration'", [alpha.id]);
      expectProblem(await post('auth/register/confirm', { token }), 410, 'requester.token-expired');
    });
  });

  describe('closed and invitation-only registration', () => {
    it('refuses registration when closed, creating nothing and mailing nobody', async () => {
      await setSettings(api, alpha, { registration: 'closed' });
      expectProblem(await register('closed@example.org'), 403, 'requester.registration-closed');
      expect(await requesterCount('closed@example.org')).toBe(0);
      expect(await mailsTo(api, alpha, 'closed@example.org')).toEqual([]);
    });

    it('refuses registration by invitation-only instances; their invitations work', async () => {
      await knownWithoutPassword('invitee@example.org');
      await setSettings(api, alpha, { registration: 'invitation' });
      expectProblem(await register('invitee@example.org'), 403, 'requester.invitation-only');
      expectProblem(await register('stranger@example.org'), 403, 'requester.invitation-only');
      expect(await requesterCount('stranger@example.org')).toBe(0);

      const [{ requester_id: id }] = (
        await asOwner<{ requester_id: string }>(api, 'select requester_id from requester_emails where tenant_id = $1 and email = $2', [alpha.id, 'invitee@example.org'])
      ).rows;
      await api.http().post(at('alpha', `admin/requesters/${id}/invitation`)).set(bearer(alpha.token)).expect(202);
      const token = await mailedToken(api, alpha, 'requester.invitation', 'invitee@example.org');
      const accepted = await post('invitation/accept', { token, password: 'the invitee password' }).expect(200);
      expect((await me(accepted.body.token).expect(200)).body.requester.id).toBe(id);
    });
  });

  describe('sessions', () => {
    it('signs in with tsr_ tokens, names the account on me and ends the session on logout', async () => {
      const user = await registerRequester(api, alpha, 'member@physics.example', 'Pau Member');
      const organization = '01938f6e-0000-7000-8000-000000000001';
      await asOwner(api, 'insert into organizations (tenant_id, id, name) values ($1, $2, $3)', [alpha.id, organization, 'Physics']);
      await asOwner(api, 'insert into requester_organizations (tenant_id, requester_id, organization_id) values ($1, $2, $3)', [alpha.id, user.id, organization]);
      await asOwner(api, 'insert into requester_emails (tenant_id, email, requester_id) values ($1, $2, $3)', [alpha.id, 'pau@home.example', user.id]);

      const signIn = await post('auth/login', { email: user.email, password: user.password }).expect(200);
      expect(Object.keys(signIn.body.requester).sort()).toEqual(['id', 'language', 'name']);
      const response = await me(signIn.body.token).expect(200);
      expect(response.body).toEqual({
        requester: {
          id: user.id,
          name: 'Pau Member',
          language: null,
          emails: [
            { email: 'member@physics.example', isPrimary: true },
            { email: 'pau@home.example', isPrimary: false },
          ],
          organizations: [{ id: organization, name: 'Physics' }],
        },
        instance: expect.objectContaining({ slug: 'alpha', name: 'Instance alpha' }),
      });
      expect(response.text).not.toMatch(/password|hash|tenant/i);
      // The second address signs in too.
      await post('auth/login', { email: 'pau@home.example', password: user.password }).expect(200);

      await api.http().post(at('alpha', 'portal/auth/logout')).set(bearer(signIn.body.token)).expect(204);
      expectProblem(await me(signIn.body.token), 401, 'auth.unauthenticated');
      await me(user.token).expect(200);
    });

    it('answers a wrong password and an unknown address alike', async () => {
      const user = await registerRequester(api, alpha, 'alike@example.org');
      const wrong = await post('auth/login', { email: user.email, password: 'not the password' });
      const unknown = await post('auth/login', { email: 'nobody@example.org', password: user.password });
      expectProblem(wrong, 401, 'auth.invalid-credentials');
      expect(withoutRequest(unknown.body)).toEqual(withoutRequest(wrong.body));
    });

    it('ends sessions and refuses logins of requesters who may no longer sign in or were deactivated', async () => {
      for (const [email, column] of [
        ['barred@example.org', 'can_login'],
        ['gone@example.org', 'is_active'],
      ]) {
        const user = await registerRequester(api, alpha, email);
        await me(user.token).expect(200);
        await asOwner(api, `update requesters set ${column} = false where tenant_id = $1 and id = $2`, [alpha.id, user.id]);
        expectProblem(await me(user.token), 401, 'auth.unauthenticated');
        expectProblem(await post('auth/login', { email, password: user.password }), 401, 'auth.invalid-credentials');
      }
    });

    it('keeps the realms apart: requester tokens open no staff route, staff and operator tokens no portal route', async () => {
      const user = await registerRequester(api, alpha, 'realm@example.org');
      for (const path of ['auth/me', 'departments', 'statuses']) {
        expectProblem(await api.http().get(at('alpha', path)).set(bearer(user.token)), 401, 'auth.unauthenticated');
      }
      for (const token of [alpha.token, TEST_OPERATOR_TOKEN]) {
        expectProblem(await me(token), 401, 'auth.unauthenticated');
        expectProblem(await api.http().get(at('alpha', 'portal/tickets')).set(bearer(token)), 401, 'auth.unauthenticated');
      }
      // A staff login does not take a requester's password, nor the other way round.
      expectProblem(await api.http().post(at('alpha', 'auth/login')).send({ email: user.email, password: user.password }), 401, 'auth.invalid-credentials');
      expectProblem(await post('auth/login', { email: alpha.manager.email, password: alpha.manager.password }), 401, 'auth.invalid-credentials');
      await me(user.token).expect(200);
    });

    it('refuses an expired session', async () => {
      const user = await registerRequester(api, alpha, 'expiring@example.org');
      await asOwner(api, "update requester_sessions set expires_at = now() - interval '1 second' where tenant_id = $1 and requester_id = $2", [alpha.id, user.id]);
      expectProblem(await me(user.token), 401, 'auth.unauthenticated');
    });
  });

  describe('password reset', () => {
    it('answers every address alike and mails a one-hour link to known ones only', async () => {
      const user = await registerRequester(api, alpha, 'forgetful@example.org');
      const known = await post('auth/password-reset/request', { email: 'Forgetful@example.org' });
      const unknown = await post('auth/password-reset/request', { email: 'stranger@example.org' });
      expect({ status: known.status, text: known.text }).toEqual({ status: 202, text: '' });
      expect({ status: unknown.status, text: unknown.text }).toEqual({ status: 202, text: '' });
      expect(await mailsTo(api, alpha, 'stranger@example.org')).toEqual([]);
      const mail = (await mailsTo(api, alpha, user.email)).filter((m) => m.topic === 'requester.password-reset');
      expect(mail).toEqual([
        { topic: 'requester.password-reset', payload: { requesterId: user.id, email: user.email, token: expect.stringMatching(/^tsl_/), expiresAt: expect.any(String) } },
      ]);
      const { rows } = await asOwner<{ minutes: number; token_hash: Buffer }>(
        api,
        "select extract(epoch from expires_at - created_at) / 60 as minutes, token_hash from requester_tokens where tenant_id = $1 and requester_id = $2 and purpose = 'reset'",
        [alpha.id, user.id],
      );
      expect(rows.map((r) => Number(r.minutes))).toEqual([60]);
      // Only the token's hash is stored.
      expect(rows[0].token_hash.equals(createHash('sha256').update(mail[0].payload.token).digest())).toBe(true);
    });

    it('sets the new password once, ends every session and keeps a weak attempt from using the link', async () => {
      const user = await registerRequester(api, alpha, 'resetting@example.org');
      const other = await portalLogin(api, 'alpha', user.email, user.password);
      await post('auth/password-reset/request', { email: user.email }).expect(202);
      const token = await mailedToken(api, alpha, 'requester.password-reset', user.email);

      expectProblem(await post('auth/password-reset/confirm', { token, password: 'short' }), 400, 'auth.weak-password');
      await me(user.token).expect(200);
      const response = await post('auth/password-reset/confirm', { token, password: 'the new password' }).expect(204);
      expect(response.text).toBe('');
      for (const session of [user.token, other]) expectProblem(await me(session), 401, 'auth.unauthenticated');
      expectProblem(await post('auth/login', { email: user.email, password: user.password }), 401, 'auth.invalid-credentials');
      await portalLogin(api, 'alpha', user.email, 'the new password');
      expectProblem(await post('auth/password-reset/confirm', { token, password: 'yet another password' }), 410, 'requester.token-expired');
      await portalLogin(api, 'alpha', user.email, 'the new password');
    });

    it('refuses an expired link and a link of another purpose', async () => {
      const user = await registerRequester(api, alpha, 'slow@example.org');
      await post('auth/password-reset/request', { email: user.email }).expect(202);
      const token = await mailedToken(api, alpha, 'requester.password-reset', user.email);
      expectProblem(await post('invitation/accept', { token, password: 'a long passphrase' }), 400, 'requester.token-invalid');
      await asOwner(api, "update requester_tokens set expires_at = now() - interval '1 second' where tenant_id = $1 and requester_id = $2", [alpha.id, user.id]);
      expectProblem(await post('auth/password-reset/confirm', { token, password: 'a long passphrase' }), 410, 'requester.token-expired');
      await portalLogin(api, 'alpha', user.email, user.password);
    });

    it('does not hand a first password to anyone by reset where registration is not open', async () => {
      await knownWithoutPassword('guest-only@example.org');
      const user = await registerRequester(api, alpha, 'has-password@example.org');
      await setSettings(api, alpha, { registration: 'closed' });
      await post('auth/password-reset/request', { email: 'guest-only@example.org' }).expect(202);
      await post('auth/password-reset/request', { email: user.email }).expect(202);
      expect(await mailsTo(api, alpha, 'guest-only@example.org')).toEqual([]);
      expect((await mailsTo(api, alpha, user.email)).map((m) => m.topic)).toContain('requester.password-reset');
    });
  });

  describe('invitations', () => {
    let invitee: string;

    beforeAll(async () => {
      await knownWithoutPassword('invited@example.org');
      invitee = (
        await asOwner<{ requester_id: string }>(api, 'select requester_id from requester_emails where tenant_id = $1 and email = $2', [alpha.id, 'invited@example.org'])
      ).rows[0].requester_id;
    });

    const invite = (id: string, token: string) => api.http().post(at('alpha', `admin/requesters/${id}/invitation`)).set(bearer(token));

    it('is for managers only', async () => {
      const agent = await api.addAgent(alpha, { name: 'Agent', role: 'View only' });
      const token = await api.login('alpha', agent.email, agent.password);
      expectProblem(await invite(invitee, token), 403, 'auth.forbidden');
      expect(await mailsTo(api, alpha, 'invited@example.org')).toEqual([]);
      const requester = await registerRequester(api, alpha, 'not-staff@example.org');
      expectProblem(await invite(invitee, requester.token), 401, 'auth.unauthenticated');
    });

    it('mails a seven-day link, never shows it to the manager, and signs the requester in once', async () => {
      const before = Date.now();
      const response: Response = await invite(invitee, alpha.token).expect(202);
      expect(response.body).toEqual({ requesterId: invitee, email: 'invited@example.org', expiresAt: expect.any(String) });
      const days = (new Date(response.body.expiresAt).getTime() - before) / 86_400_000;
      expect(days).toBeGreaterThan(6.99);
      expect(days).toBeLessThan(7.01);
      const token = await mailedToken(api, alpha, 'requester.invitation', 'invited@example.org');
      expect(response.text).not.toContain(token);

      expectProblem(await post('invitation/accept', { token, password: 'short' }), 400, 'auth.weak-password');
      const accepted = await post('invitation/accept', { token, password: 'the invited password' }).expect(200);
      expect(accepted.body.requester.id).toBe(invitee);
      await me(accepted.body.token).expect(200);
      expectProblem(await post('invitation/accept', { token, password: 'a second password' }), 410, 'requester.token-expired');
      await portalLogin(api, 'alpha', 'invited@example.org', 'the invited password');
    });

    it('refuses requesters who have a password or may not sign in, unknown ids and malformed ids', async () => {
      const registered = await registerRequester(api, alpha, 'already@example.org');
      expectProblem(await invite(registered.id, alpha.token), 409, 'requester.already-registered');
      await knownWithoutPassword('barred-invite@example.org');
      const { rows } = await asOwner<{ id: string }>(
        api,
        'update requesters set can_login = false where tenant_id = $1 and id = (select requester_id from requester_emails where email = $2) returning id',
        [alpha.id, 'barred-invite@example.org'],
      );
      expectProblem(await invite(rows[0].id, alpha.token), 409, 'requester.cannot-login');
      expectProblem(await invite('01938f6e-0000-7000-8000-00000000ffff', alpha.token), 404, 'requester.not-found');
      expectProblem(await invite('not-a-uuid', alpha.token), 400, 'request.bad-request');
    });
  });

  describe('people known from tickets', () => {
    it('lets a collaborator copied on a ticket register only through an invitation mailed to them', async () => {
      const reference = await openTicket(api, 'alpha', (await registerRequester(api, alpha, 'opener@example.org')).token, {
        collaborators: ['colleague@example.org'],
      });
      expect(reference).toMatch(/^\d{6}$/);
      await register('colleague@example.org').expect(202);
      expect((await mailsTo(api, alpha, 'colleague@example.org')).map((m) => m.topic)).toEqual(['requester.invitation']);
    });
  });
});

describe('requester login rate limiting', () => {
  const MAX_ATTEMPTS = 3;
  let api: TestApi;
  let echo: Instance;

  const login = (email: string, password: string) => api.http().post(at('echo', 'portal/auth/login')).send({ email, password });

  beforeAll(async () => {
    api = await startTestApi({ TESSERA_LOGIN_MAX_ATTEMPTS: String(MAX_ATTEMPTS) });
    echo = await api.provision('echo');
  });

  afterAll(() => api.close());

  it(`locks a requester account after ${MAX_ATTEMPTS} failures with 429 and Retry-After, leaving staff logins alone`, async () => {
    // The requester shares the manager's address: the staff account must stay open.
    const user = await registerRequester(api, echo, echo.manager.email);
    for (let i = 0; i < MAX_ATTEMPTS; i++) expectProblem(await login(user.email.toUpperCase(), 'a wrong password'), 401, 'auth.invalid-credentials');
    const locked = await login(user.email, user.password);
    expectProblem(locked, 429, 'auth.rate-limited');
    expect(locked.body).not.toHaveProperty('token');
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(api.config.auth.loginWindowSeconds);
    await api.login('echo', echo.manager.email, echo.manager.password);
    const other = await registerRequester(api, echo, 'other@echo.example');
    await portalLogin(api, 'echo', other.email, other.password);
  });

  it('caps the mails one address can be sent, answering 202 all the same', async () => {
    const user = await registerRequester(api, echo, 'flooded@echo.example');
    for (let i = 0; i < MAX_ATTEMPTS + 2; i++) {
      await api.http().post(at('echo', 'portal/auth/password-reset/request')).send({ email: user.email }).expect(202);
    }
    // The registration mail counted too.
    const resets = (await mailsTo(api, echo, user.email)).filter((m) => m.topic === 'requester.password-reset');
    expect(resets).toHaveLength(MAX_ATTEMPTS - 1);
  });
});
