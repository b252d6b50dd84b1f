import { TEST_OPERATOR_TOKEN } from '@tessera/testing';
import { Agent, Instance, TestApi, asOwner, at, bearer, expectProblem, startTestApi } from './api-harness';

describe('staff authentication', () => {
  let api: TestApi;
  let alpha: Instance;
  let bravo: Instance;

  const login = (slug: string, body: object) => api.http().post(at(slug, 'auth/login')).send(body);
  const me = (slug: string, token: string) => api.http().get(at(slug, 'auth/me')).set(bearer(token));

  beforeAll(async () => {
    api = await startTestApi();
    alpha = await api.provision('alpha');
    bravo = await api.provision('bravo');
  });

  afterAll(() => api.close());

  describe('login', () => {
    it('returns a session token, its expiry and the agent without any password hash', async () => {
      const before = Date.now();
      const response = await login('alpha', { email: alpha.manager.email, password: alpha.manager.password }).expect(200);
      const { token, expiresAt, staff } = response.body;
      expect(token).toMatch(/^tss_[A-Za-z0-9_-]{43}$/);
      expect(token).not.toBe(alpha.token);
      const ttl = api.config.auth.sessionTtlMinutes * 60_000;
      expect(new Date(expiresAt).getTime()).toBeGreaterThanOrEqual(before + ttl);
      expect(new Date(expiresAt).getTime()).toBeLessThanOrEqual(Date.now() + ttl);
      expect(staff).toMatchObject({ id: alpha.manager.id, email: alpha.manager.email, isManager: true });
      expect(Object.keys(staff).filter((key) => /password|hash/i.test(key))).toEqual([]);
      expect(response.text).not.toContain('$argon2');
      expect(new Date(staff.lastLoginAt).getTime()).toBeGreaterThanOrEqual(before);
    });

    it('lets the token open /auth/me, naming the manager, the instance and the stored last login', async () => {
      const signIn = await login('alpha', { email: alpha.manager.email, password: alpha.manager.password }).expect(200);
      const response = await me('alpha', signIn.body.token).expect(200);
      expect(response.body.staff).toMatchObject({ id: alpha.manager.id, email: alpha.manager.email, name: 'Manager of alpha' });
      expect(response.body.staff).not.toHaveProperty('passwordHash');
      // Read back from the database: this login, not the one provisioning did, is recorded.
      expect(response.body.staff.lastLoginAt).toBe(signIn.body.staff.lastLoginAt);
      expect(response.body.instance).toMatchObject({ slug: 'alpha', name: 'Instance alpha' });
    });

    it('answers a wrong password and an unknown e-mail alike, so accounts cannot be enumerated', async () => {
      const wrongPassword = await login('alpha', { email: alpha.manager.email, password: 'not the password' });
      const unknownEmail = await login('alpha', { email: 'nobody@alpha.example', password: alpha.manager.password });
      expectProblem(wrongPassword, 401, 'auth.invalid-credentials');
      expectProblem(unknownEmail, 401, 'auth.invalid-credentials');
      const { instance: _a, requestId: _b, ...wrongPasswordProblem } = wrongPassword.body;
      const { instance: _c, requestId: _d, ...unknownEmailProblem } = unknownEmail.body;
      expect(unknownEmailProblem).toEqual(wrongPasswordProblem);
      expect(wrongPassword.body).not.toHaveProperty('token');
    });

    it('does not accept the password of an account of another instance', async () => {
      const response = await login('alpha', { email: bravo.manager.email, password: bravo.manager.password });
      expectProblem(response, 401, 'auth.invalid-credentials');
    });

    it('treats the e-mail address case-insensitively', async () => {
      const response = await login('alpha', { email: 'Manager@ALPHA.Example', password: alpha.manager.password }).expect(200);
      expect(response.body.staff.id).toBe(alpha.manager.id);
      await me('alpha', response.body.token).expect(200);
    });

    it.each([
      ['a missing password', { email: 'manager@alpha.example' }, 'password'],
      // A name that is not an address may be a directory user name (LDAP): only an empty one is malformed.
      ['an empty e-mail', { email: '', password: 'password of alpha' }, 'email'],
      ['an unknown field', { email: 'manager@alpha.example', password: 'password of alpha', remember: true }, 'remember'],
    ])('refuses %s with request.invalid naming the field', async (_case, body, field) => {
      const response = await login('alpha', body);
      expectProblem(response, 400, 'request.invalid');
      expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual([field]);
      expect(response.body).not.toHaveProperty('token');
    });
  });

  describe('logout', () => {
    it('ends that session at once and leaves the other sessions of the account working', async () => {
      const leaving = await api.login('alpha', alpha.manager.email, alpha.manager.password);
      const staying = await api.login('alpha', alpha.manager.email, alpha.manager.password);
      const response = await api.http().post(at('alpha', 'auth/logout')).set(bearer(leaving)).expect(204);
      expect(response.text).toBe('');
      expectProblem(await me('alpha', leaving), 401, 'auth.unauthenticated');
      expectProblem(await api.http().post(at('alpha', 'auth/logout')).set(bearer(leaving)), 401, 'auth.unauthenticated');
      await me('alpha', staying).expect(200);
      await me('alpha', alpha.token).expect(200);
    });
  });

  describe('realms', () => {
    it('refuses a token of instance A on every route of instance B, and B takes its own token', async () => {
      for (const path of ['auth/me', 'departments', 'statuses']) {
        expectProblem(await api.http().get(at('bravo', path)).set(bearer(alpha.token)), 401, 'auth.unauthenticated');
      }
      expectProblem(await api.http().post(at('bravo', 'auth/logout')).set(bearer(alpha.token)), 401, 'auth.unauthenticated');
      // The refused logout on B must not have ended the session on A.
      await me('alpha', alpha.token).expect(200);
      const own = await me('bravo', bravo.token).expect(200);
      expect(own.body.staff.id).toBe(bravo.manager.id);
      expect(own.body.instance.slug).toBe('bravo');
      const departments = await api.http().get(at('bravo', 'departments')).set(bearer(bravo.token)).expect(200);
      expect(Array.isArray(departments.body)).toBe(true);
    });

    it('opens no instance route with the operator token', async () => {
      for (const path of ['auth/me', 'departments']) {
        expectProblem(await api.http().get(at('alpha', path)).set(bearer(TEST_OPERATOR_TOKEN)), 401, 'auth.unauthenticated');
      }
    });

    it('opens no platform route with a staff token', async () => {
      for (const path of ['/api/v1/platform/tenants', '/api/v1/platform/tenants/alpha']) {
        expectProblem(await api.http().get(path).set(bearer(alpha.token)), 401, 'auth.unauthenticated');
      }
      await api.operator.get('/tenants').expect(200);
    });

    it('answers an unknown instance with 404 even to a valid token of another instance', async () => {
      expectProblem(await me('nowhere', alpha.token), 404, 'tenant.not-found');
      expectProblem(await api.http().get(at('nowhere', 'departments')).set(bearer(alpha.token)), 404, 'tenant.not-found');
      expectProblem(await login('nowhere', { email: alpha.manager.email, password: alpha.manager.password }), 404, 'tenant.not-found');
    });
  });

  describe('bearer tokens', () => {
    it('refuses a request without an Authorization header', async () => {
      expectProblem(await api.http().get(at('alpha', 'auth/me')), 401, 'auth.unauthenticated');
    });

    it.each(['Bearer', 'Basic xyz', 'Bearer tss_short', 'Bearer tss_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'])(
      'refuses the header "%s"',
      async (header) => {
        expectProblem(await api.http().get(at('alpha', 'auth/me')).set('Authorization', header), 401, 'auth.unauthenticated');
      },
    );

    it('refuses a valid token sent under another scheme or with extra words', async () => {
      for (const header of [`Basic ${alpha.token}`, `Bearer ${alpha.token} extra`, alpha.token]) {
        expectProblem(await api.http().get(at('alpha', 'auth/me')).set('Authorization', header), 401, 'auth.unauthenticated');
      }
    });

    it('refuses an expired session, while a new login of the same agent works', async () => {
      const agent = await api.addAgent(alpha, { name: 'Expiring', role: 'View only' });
      const token = agent.token;
      await me('alpha', token).expect(200);
      const { rowCount: expired } = await asOwner(
        api,
        "update staff_sessions set expires_at = now() - interval '1 minute' where tenant_id = $1 and staff_id = $2",
        [alpha.id, agent.id],
      );
      expect(expired).toBe(1);
      expectProblem(await me('alpha', token), 401, 'auth.unauthenticated');
      await me('alpha', await api.login('alpha', agent.email, agent.password)).expect(200);
    });

    it('refuses the existing token and the logins of a deactivated agent', async () => {
      const agent = await api.addAgent(alpha, { name: 'Leaver', role: 'View only' });
      const token = await api.login('alpha', agent.email, agent.password);
      const before = await me('alpha', token).expect(200);
      expect(before.body.staff).toMatchObject({ id: agent.id, isManager: false });
      const { rowCount: deactivated } = await asOwner(api, 'update staff set is_active = false where tenant_id = $1 and email = $2', [
        alpha.id,
        agent.email,
      ]);
      expect(deactivated).toBe(1);
      expectProblem(await me('alpha', token), 401, 'auth.unauthenticated');
      expectProblem(await login('alpha', { email: agent.email, password: agent.password }), 401, 'auth.invalid-credentials');
    });
  });
});

describe('login rate limiting', () => {
  const MAX_ATTEMPTS = 3;
  let api: TestApi;
  let charlie: Instance;
  let colleague: Agent;

  const login = (slug: string, email: string, password: string) =>
    api.http().post(at(slug, 'auth/login')).send({ email, password });

  beforeAll(async () => {
    api = await startTestApi({ TESSERA_LOGIN_MAX_ATTEMPTS: String(MAX_ATTEMPTS) });
    charlie = await api.provision('charlie');
    colleague = await api.addAgent(charlie, { name: 'Colleague', role: 'View only' });
    // The same e-mail address as charlie's manager, on another instance.
    await api.operator
      .post('/tenants', {
        slug: 'delta',
        name: 'Instance delta',
        manager: { email: charlie.manager.email, name: 'Namesake', password: 'the password on delta' },
      })
      .expect(201);
  });

  afterAll(() => api.close());

  it(`locks an account after ${MAX_ATTEMPTS} failed logins, refusing even the right password with 429`, async () => {
    // Spelled differently each time: the count is per account, not per spelling.
    for (const email of [charlie.manager.email, charlie.manager.email.toUpperCase(), 'Manager@Charlie.example']) {
      expectProblem(await login('charlie', email, 'a wrong password'), 401, 'auth.invalid-credentials');
    }
    const locked = await login('charlie', charlie.manager.email, charlie.manager.password);
    expectProblem(locked, 429, 'auth.rate-limited');
    expect(locked.body).not.toHaveProperty('token');
    const retryAfter = Number(locked.headers['retry-after']);
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(api.config.auth.loginWindowSeconds);
    expect(locked.body.retryAfter).toBe(retryAfter);
  });

  it('keeps the other accounts of the instance open while one is locked', async () => {
    expectProblem(await login('charlie', charlie.manager.email, charlie.manager.password), 429, 'auth.rate-limited');
    const response = await login('charlie', colleague.email, colleague.password).expect(200);
    expect(response.body.staff.id).toBe(colleague.id);
  });

  it('does not lock the same e-mail address on another instance', async () => {
    expectProblem(await login('charlie', charlie.manager.email, charlie.manager.password), 429, 'auth.rate-limited');
    const response = await login('delta', charlie.manager.email, 'the password on delta').expect(200);
    expect(response.body.staff.name).toBe('Namesake');
  });
});
