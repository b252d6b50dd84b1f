import { base32Decode, hotp, totpStep } from '@tessera/auth';
import { Agent, Instance, TestApi, adminClient, asOwner, at, bearer, expectProblem, startTestApi } from './api-harness';
import { mailedToken, mailsTo } from './portal-harness';

// Agents' two-factor sign-in and password reset, through the API on real PostgreSQL and Redis.
describe('staff two-factor sign-in and password reset', () => {
  let api: TestApi;
  let alpha: Instance;
  let bravo: Instance;
  let agents = 0;

  beforeAll(async () => {
    api = await startTestApi({ TESSERA_LOGIN_MAX_ATTEMPTS: '4' });
    alpha = await api.provision('alpha');
    bravo = await api.provision('bravo');
  });

  afterAll(() => api.close());

  const post = (slug: string, path: string, body: object, token?: string) => {
    const request = api.http().post(at(slug, path));
    return (token ? request.set(bearer(token)) : request).send(body);
  };
  const newAgent = (instance = alpha) => api.addAgent(instance, { name: `Agent ${++agents}`, role: 'All access' });

  // A code the server has not seen yet for this agent: the step of now, or the next one when
  // now's was used. Each test keeps to two codes per agent, so one is always at hand.
  async function freshCode(instance: Instance, staffId: string, secret: string): Promise<string> {
    const [row] = (await asOwner<{ last_step: string | null }>(api, 'select last_step from staff_two_factor where tenant_id = $1 and staff_id = $2', [instance.id, staffId])).rows;
    const now = totpStep(new Date());
    const last = row?.last_step == null ? null : Number(row.last_step);
    const step = last === null ? now : Math.max(now, last + 1);
    if (step > now + 1) throw new Error('no fresh code without waiting');
    return hotp(base32Decode(secret), step);
  }

  // Sets up a second factor for the agent through its own session; the secret and the codes.
  async function enrol(agent: Agent, instance = alpha): Promise<{ secret: string; recoveryCodes: string[] }> {
    const { secret } = (await post(instance.slug, 'auth/two-factor/enrolment', {}, agent.token).expect(200)).body;
    const { recoveryCodes } = (await post(instance.slug, 'auth/two-factor/enrolment/confirm', { code: await freshCode(instance, agent.id, secret) }, agent.token).expect(200)).body;
    return { secret, recoveryCodes };
  }

  const challengeOf = async (agent: Agent, instance = alpha): Promise<string> => {
    const response = await post(instance.slug, 'auth/login', { email: agent.email, password: agent.password }).expect(200);
    expect(response.body).not.toHaveProperty('token');
    return response.body.secondFactor.challenge;
  };

  describe('enrolment', () => {
    it('hands out a secret, its otpauth URI and a QR code, and keeps the secret sealed until a code confirms it', async () => {
      const agent = await newAgent();
      expect((await api.http().get(at('alpha', 'auth/two-factor')).set(bearer(agent.token)).expect(200)).body).toEqual({
        enabled: false,
        enabledAt: null,
        recoveryCodesLeft: 0,
        required: false,
      });
      const started = (await post('alpha', 'auth/two-factor/enrolment', {}, agent.token).expect(200)).body;
      expect(started.secret).toMatch(/^[A-Z2-7]{32}$/);
      expect(started.otpauthUri).toBe(
        `otpauth://totp/${encodeURIComponent(`Instance alpha:${agent.email}`)}?secret=${started.secret}&issuer=Instance+alpha&algorithm=SHA1&digits=6&period=30`,
      );
      expect(Buffer.from(started.qrCode.replace('data:image/svg+xml;base64,', ''), 'base64').toString()).toContain('<svg');
      const [stored] = (await asOwner<{ secret: Buffer; enabled_at: Date | null }>(api, 'select secret, enabled_at from staff_two_factor where staff_id = $1', [agent.id])).rows;
      expect(stored.enabled_at).toBeNull();
      expect(stored.secret.toString('latin1')).not.toContain(started.secret);
      // Still off: the password alone signs in.
      expect((await post('alpha', 'auth/login', { email: agent.email, password: agent.password }).expect(200)).body.token).toMatch(/^tss_/);

      expectProblem(await post('alpha', 'auth/two-factor/enrolment/confirm', { code: '000000' }, agent.token), 400, 'auth.code-invalid');
      const confirmed = await post('alpha', 'auth/two-factor/enrolment/confirm', { code: await freshCode(alpha, agent.id, started.secret) }, agent.token).expect(200);
      expect(confirmed.body.recoveryCodes).toHaveLength(10);
      expect(new Set(confirmed.body.recoveryCodes).size).toBe(10);
      const hashes = (await asOwner<{ code_hash: Buffer }>(api, 'select code_hash from staff_recovery_codes where staff_id = $1', [agent.id])).rows;
      expect(hashes).toHaveLength(10);
      for (const { code_hash } of hashes) expect(confirmed.body.recoveryCodes).not.toContain(code_hash.toString('utf8'));
      const status = (await api.http().get(at('alpha', 'auth/two-factor')).set(bearer(agent.token)).expect(200)).body;
      expect(status).toMatchObject({ enabled: true, recoveryCodesLeft: 10, required: false });
      expectProblem(await post('alpha', 'auth/two-factor/enrolment', {}, agent.token), 409, 'auth.two-factor-enabled');
    });

    it('refuses a confirmation without a started enrolment', async () => {
      const agent = await newAgent();
      expectProblem(await post('alpha', 'auth/two-factor/enrolment/confirm', { code: '123456' }, agent.token), 409, 'auth.two-factor-not-enabled');
    });
  });

  describe('sign-in', () => {
    it('asks for a code after the password, and gives the session for a right one', async () => {
      const agent = await newAgent();
      const { secret } = await enrol(agent);
      const login = (await post('alpha', 'auth/login', { email: agent.email, password: agent.password }).expect(200)).body;
      expect(login).toEqual({ secondFactor: { challenge: expect.stringMatching(/^tsc_/), expiresAt: expect.any(String), next: 'code' } });
      const signedIn = (await post('alpha', 'auth/login/code', { challenge: login.secondFactor.challenge, code: await freshCode(alpha, agent.id, secret) }).expect(200)).body;
      expect(signedIn.token).toMatch(/^tss_/);
      expect(signedIn.staff.id).toBe(agent.id);
      await api.http().get(at('alpha', 'auth/me')).set(bearer(signedIn.token)).expect(200);
      // The challenge is spent.
      expectProblem(await post('alpha', 'auth/login/code', { challenge: login.secondFactor.challenge, code: '123456' }), 401, 'auth.sign-in-challenge-invalid');
    });

    it('never takes the same code twice, and refuses wrong ones in every language', async () => {
      const agent = await newAgent();
      const { secret, recoveryCodes } = await enrol(agent);
      const code = await freshCode(alpha, agent.id, secret);
      await post('alpha', 'auth/login/code', { challenge: await challengeOf(agent), code }).expect(200);
      const challenge = await challengeOf(agent);
      expectProblem(await post('alpha', 'auth/login/code', { challenge, code }), 400, 'auth.code-invalid');
      const wrong = await api.http().post(at('alpha', 'auth/login/code')).set('Accept-Language', 'de').send({ challenge, code: '99999' });
      expectProblem(wrong, 400, 'auth.code-invalid');
      expect(wrong.body.detail).toBe('Der Code ist falsch, wurde schon benutzt oder ist abgelaufen');
      // The challenge survives wrong codes.
      await post('alpha', 'auth/login/code', { challenge, code: recoveryCodes[0] }).expect(200);
    });

    it('takes a code brought by two sign-ins at once for only one of them', async () => {
      const agent = await newAgent();
      const { secret } = await enrol(agent);
      const [first, second] = [await challengeOf(agent), await challengeOf(agent)];
      const code = await freshCode(alpha, agent.id, secret);
      const answers = await Promise.all([first, second].map((challenge) => post('alpha', 'auth/login/code', { challenge, code })));
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 400]);
      expect(answers.find((answer) => answer.status === 400)!.body.code).toBe('auth.code-invalid');
    });

    it('takes each recovery code once', async () => {
      const agent = await newAgent();
      const { recoveryCodes } = await enrol(agent);
      const typed = recoveryCodes[3].toLowerCase().replace('-', ' ');
      expect((await post('alpha', 'auth/login/code', { challenge: await challengeOf(agent), code: typed }).expect(200)).body.token).toMatch(/^tss_/);
      expectProblem(await post('alpha', 'auth/login/code', { challenge: await challengeOf(agent), code: recoveryCodes[3] }), 400, 'auth.code-invalid');
      expect((await api.http().get(at('alpha', 'auth/two-factor')).set(bearer(agent.token)).expect(200)).body.recoveryCodesLeft).toBe(9);
    });

    it('renews the recovery codes for a code: the old ones stop working', async () => {
      const agent = await newAgent();
      const { recoveryCodes } = await enrol(agent);
      expectProblem(await post('alpha', 'auth/two-factor/recovery-codes', { code: '000000' }, agent.token), 400, 'auth.code-invalid');
      const renewed = (await post('alpha', 'auth/two-factor/recovery-codes', { code: recoveryCodes[0] }, agent.token).expect(200)).body.recoveryCodes;
      expect(renewed).toHaveLength(10);
      expect(renewed.filter((code: string) => recoveryCodes.includes(code))).toEqual([]);
      expectProblem(await post('alpha', 'auth/login/code', { challenge: await challengeOf(agent), code: recoveryCodes[1] }), 400, 'auth.code-invalid');
      await post('alpha', 'auth/login/code', { challenge: await challengeOf(agent), code: renewed[1] }).expect(200);
    });

    it('counts wrong codes like wrong passwords, then refuses even a right one for the window', async () => {
      const agent = await newAgent();
      const { secret } = await enrol(agent);
      const challenge = await challengeOf(agent);
      for (let i = 0; i < 4; i++) expectProblem(await post('alpha', 'auth/login/code', { challenge, code: '000000' }), 400, 'auth.code-invalid');
      const limited = await post('alpha', 'auth/login/code', { challenge, code: await freshCode(alpha, agent.id, secret) });
      expectProblem(limited, 429, 'auth.rate-limited');
      expect(limited.body).not.toHaveProperty('token');
    });

    it('refuses a malformed, unknown or expired challenge, and one of another instance', async () => {
      const agent = await newAgent();
      const { secret } = await enrol(agent);
      expectProblem(await post('alpha', 'auth/login/code', { challenge: 'nonsense', code: '123456' }), 401, 'auth.sign-in-challenge-invalid');
      expectProblem(await post('alpha', 'auth/login/code', { challenge: `tsc_${'A'.repeat(43)}`, code: '123456' }), 401, 'auth.sign-in-challenge-invalid');
      const challenge = await challengeOf(agent);
      expectProblem(await post('bravo', 'auth/login/code', { challenge, code: await freshCode(alpha, agent.id, secret) }), 401, 'auth.sign-in-challenge-invalid');
      await asOwner(api, "update staff_sign_in_challenges set expires_at = now() - interval '1 second' where staff_id = $1", [agent.id]);
      expectProblem(await post('alpha', 'auth/login/code', { challenge, code: await freshCode(alpha, agent.id, secret) }), 401, 'auth.sign-in-challenge-invalid');
      expectProblem(await post('alpha', 'auth/login/code', { challenge }), 400, 'request.invalid');
    });
  });

  describe('switching it off', () => {
    it('takes a code, then the password alone signs in again', async () => {
      const agent = await newAgent();
      const { recoveryCodes } = await enrol(agent);
      expectProblem(await post('alpha', 'auth/two-factor/disable', { code: '000000' }, agent.token), 400, 'auth.code-invalid');
      await post('alpha', 'auth/two-factor/disable', { code: recoveryCodes[0] }, agent.token).expect(204);
      expect(await api.sql('select staff_id from staff_recovery_codes where staff_id = $1', [agent.id])).toEqual([]);
      expect((await post('alpha', 'auth/login', { email: agent.email, password: agent.password }).expect(200)).body.token).toMatch(/^tss_/);
      expectProblem(await post('alpha', 'auth/two-factor/disable', { code: '123456' }, agent.token), 409, 'auth.two-factor-not-enabled');
    });
  });

  describe("a manager's help", () => {
    it("removes an agent's lost second factor, for managers only, in their own instance", async () => {
      const agent = await newAgent();
      const colleague = await newAgent();
      await enrol(agent);
      expectProblem(await api.http().delete(at('alpha', `admin/agents/${agent.id}/two-factor`)).set(bearer(colleague.token)), 403, 'auth.forbidden');
      expectProblem(await api.http().delete(at('bravo', `admin/agents/${agent.id}/two-factor`)).set(bearer(bravo.token)), 404, 'directory.not-found');
      expect((await post('alpha', 'auth/login', { email: agent.email, password: agent.password }).expect(200)).body.secondFactor.next).toBe('code');
      await api.http().delete(at('alpha', `admin/agents/${agent.id}/two-factor`)).set(bearer(alpha.token)).expect(204);
      expect(await api.sql('select staff_id from staff_recovery_codes where staff_id = $1', [agent.id])).toEqual([]);
      expect((await post('alpha', 'auth/login', { email: agent.email, password: agent.password }).expect(200)).body.token).toMatch(/^tss_/);
    });
  });

  describe('required by the instance', () => {
    it('sends agents without a second factor to set one up after the password, and keeps it on', async () => {
      const agent = await newAgent();
      const admin = adminClient(api, 'alpha', alpha.token);
      expect((await admin.patch('settings', { requireTwoFactor: true }).expect(200)).body.requireTwoFactor).toBe(true);
      try {
        expect((await admin.get('settings').expect(200)).body.requireTwoFactor).toBe(true);
        const login = (await post('alpha', 'auth/login', { email: agent.email, password: agent.password }).expect(200)).body;
        expect(login.secondFactor.next).toBe('enrol');
        // An enrolment challenge is not a code challenge.
        expectProblem(await post('alpha', 'auth/login/code', { challenge: login.secondFactor.challenge, code: '123456' }), 401, 'auth.sign-in-challenge-invalid');
        const { secret } = (await post('alpha', 'auth/login/enrolment', { challenge: login.secondFactor.challenge }).expect(200)).body;
        expectProblem(await post('alpha', 'auth/login/enrolment/confirm', { challenge: login.secondFactor.challenge, code: '000000' }), 400, 'auth.code-invalid');
        const done = (await post('alpha', 'auth/login/enrolment/confirm', { challenge: login.secondFactor.challenge, code: await freshCode(alpha, agent.id, secret) }).expect(200)).body;
        expect(done.token).toMatch(/^tss_/);
        expect(done.recoveryCodes).toHaveLength(10);
        expect((await api.http().get(at('alpha', 'auth/two-factor')).set(bearer(done.token)).expect(200)).body).toMatchObject({ enabled: true, required: true });
        expectProblem(await post('alpha', 'auth/two-factor/disable', { code: done.recoveryCodes[0] }, done.token), 409, 'auth.two-factor-required');
        // Next time: a code, as for anyone with a second factor.
        expect((await post('alpha', 'auth/login', { email: agent.email, password: agent.password }).expect(200)).body.secondFactor.next).toBe('code');
        // Bravo requires nothing.
        expect((await adminClient(api, 'bravo', bravo.token).get('settings').expect(200)).body.requireTwoFactor).toBe(false);
      } finally {
        await admin.patch('settings', { requireTwoFactor: false }).expect(200);
      }
    });
  });

  describe('password reset by mail', () => {
    const request = (slug: string, email: string) => post(slug, 'auth/password-reset/request', { email });

    it('answers alike for known and unknown addresses and mails a link to agents only', async () => {
      const agent = await newAgent();
      await request('alpha', agent.email).expect(202);
      await request('alpha', 'nobody@alpha.example').expect(202);
      // An agent of another instance is unknown here.
      await request('bravo', agent.email).expect(202);
      expect((await mailsTo(api, alpha, agent.email)).map((m) => m.topic)).toEqual(['staff.password-reset']);
      expect(await mailsTo(api, alpha, 'nobody@alpha.example')).toEqual([]);
      expect(await mailsTo(api, bravo, agent.email)).toEqual([]);
      const [mail] = await mailsTo(api, alpha, agent.email);
      expect(mail.payload).toEqual({ staffId: agent.id, email: agent.email, token: expect.stringMatching(/^tsp_/), expiresAt: expect.any(String) });
      const stored = await api.sql<{ token_hash: Buffer }>('select token_hash from staff_password_resets where staff_id = $1', [agent.id]);
      expect(stored).toHaveLength(1);
      expect(stored[0].token_hash.toString('latin1')).not.toContain(mail.payload.token);
    });

    it('sets the new password once, ending every session of the agent', async () => {
      const agent = await newAgent();
      await request('alpha', agent.email).expect(202);
      const token = await mailedToken(api, alpha, 'staff.password-reset', agent.email);
      expectProblem(await post('bravo', 'auth/password-reset/confirm', { token, password: 'a new long password' }), 400, 'auth.reset-token-invalid');
      expectProblem(await post('alpha', 'auth/password-reset/confirm', { token, password: 'short' }), 400, 'auth.weak-password');
      await post('alpha', 'auth/password-reset/confirm', { token, password: 'a new long password' }).expect(204);
      expectProblem(await api.http().get(at('alpha', 'auth/me')).set(bearer(agent.token)), 401, 'auth.unauthenticated');
      expectProblem(await post('alpha', 'auth/password-reset/confirm', { token, password: 'another long password' }), 410, 'auth.reset-token-expired');
      expectProblem(await post('alpha', 'auth/login', { email: agent.email, password: agent.password }), 401, 'auth.invalid-credentials');
      expect((await post('alpha', 'auth/login', { email: agent.email, password: 'a new long password' }).expect(200)).body.token).toMatch(/^tss_/);
    });

    it('refuses an expired link and an unknown one', async () => {
      const agent = await newAgent();
      await request('alpha', agent.email).expect(202);
      const token = await mailedToken(api, alpha, 'staff.password-reset', agent.email);
      await asOwner(api, "update staff_password_resets set expires_at = now() - interval '1 second' where staff_id = $1", [agent.id]);
      expectProblem(await post('alpha', 'auth/password-reset/confirm', { token, password: 'a new long password' }), 410, 'auth.reset-token-expired');
      expectProblem(await post('alpha', 'auth/password-reset/confirm', { token: `tsp_${'B'.repeat(43)}`, password: 'a new long password' }), 400, 'auth.reset-token-invalid');
      expectProblem(await post('alpha', 'auth/login', { email: agent.email, password: 'a new long password' }), 401, 'auth.invalid-credentials');
    });

    it('keeps the second factor: the new password still needs a code', async () => {
      const agent = await newAgent();
      await enrol(agent);
      await request('alpha', agent.email).expect(202);
      await post('alpha', 'auth/password-reset/confirm', { token: await mailedToken(api, alpha, 'staff.password-reset', agent.email), password: 'a new long password' }).expect(204);
      expect((await post('alpha', 'auth/login', { email: agent.email, password: 'a new long password' }).expect(200)).body.secondFactor.next).toBe('code');
    });

    it('caps the mails per address, still answering 202', async () => {
      const agent = await newAgent(bravo);
      for (let i = 0; i < 6; i++) await request('bravo', agent.email).expect(202);
      expect(await mailsTo(api, bravo, agent.email)).toHaveLength(4);
    });
  });
});
