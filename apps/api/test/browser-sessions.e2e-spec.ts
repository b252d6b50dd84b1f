import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { Instance, TestApi, at, bearer, expectProblem, startTestApi } from './api-harness';
import { guestTokenOf, openTicket, registerRequester } from './portal-harness';

// What a browser gets: the pages of the web app at /{slug}/ and /{slug}/scp/, sessions in
// HttpOnly cookies scoped to one instance and realm, and a CSRF token for unsafe requests.
describe('browser pages and sessions', () => {
  let api: TestApi;
  let a: Instance;
  let b: Instance;
  let webRoot: string;

  const cookieOf = (response: Response, name: string): string => {
    const header = ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((c) => c.startsWith(`${name}=`));
    if (!header) throw new Error(`no ${name} cookie set`);
    return header;
  };
  const valueOf = (setCookie: string) => setCookie.split(';')[0];

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'tessera-web-'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>app</title><div id="root"></div>');
    writeFileSync(join(webRoot, 'app-3f2a.js'), 'console.log(1)');
    api = await startTestApi({ TESSERA_WEB_ROOT: webRoot });
    a = await api.provision('cookies-a');
    b = await api.provision('cookies-b');
  });

  afterAll(async () => {
    await api?.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  describe('pages', () => {
    it.each(['/cookies-a/', '/cookies-a/tickets/suport%23310?email=x%40y&token=t', '/cookies-a/scp/', '/cookies-a/scp/tickets/abc'])(
      'answer the app for %s, with a strict Content-Security-Policy',
      async (path) => {
        const page = await api.http().get(path).expect(200);
        expect(page.headers['content-type']).toMatch(/^text\/html/);
        expect(page.text).toContain('<div id="root">');
        const csp = page.headers['content-security-policy'];
        expect(csp).toContain("script-src 'self'");
        expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
        expect(csp).toContain("frame-ancestors 'none'");
        expect(page.headers['cache-control']).toBe('no-cache');
      },
    );

    it('answer 404 with the app for an unknown instance, so it can say so', async () => {
      const page = await api.http().get('/no-such-desk/').set('Accept', 'text/html').expect(404);
      // API clients get the API's answer instead.
      expectProblem(await api.http().get('/no-such-desk/'), 404, 'http.not-found');
      expect(page.text).toContain('<div id="root">');
    });

    it('answer 503 with the app for a suspended instance', async () => {
      const c = await api.provision('cookies-c');
      await api.operator.post('/tenants/cookies-c/suspend').expect(200);
      const page = await api.http().get('/cookies-c/scp/').set('Accept', 'text/html').expect(503);
      expect(page.text).toContain('<div id="root">');
      expect(c.slug).toBe('cookies-c');
    });

    it('redirect the bare slug, a renamed instance and the older mail links', async () => {
      expect((await api.http().get('/cookies-a').expect(308)).headers.location).toBe('/cookies-a/');
      expect((await api.http().get('/cookies-a/agent/tickets/T%2312').expect(301)).headers.location).toBe('/cookies-a/scp/tickets/T%2312');
      expect((await api.http().get('/cookies-a/admin/mailboxes/42?x=1').expect(301)).headers.location).toBe('/cookies-a/scp/admin/mailboxes/42?x=1');
      await api.provision('cookies-old');
      await api.operator.patch('/tenants/cookies-old', { slug: 'cookies-new' }).expect(200);
      expect((await api.http().get('/cookies-old/scp/tickets/1').expect(308)).headers.location).toBe('/cookies-new/scp/tickets/1');
    });

    it('serve the build files from /static/ for good, and leave the API routes alone', async () => {
      const file = await api.http().get('/static/app-3f2a.js').expect(200);
      expect(file.headers['cache-control']).toContain('immutable');
      expectProblem(await api.http().get('/static/missing.js'), 404, 'http.not-found');
      expectProblem(await api.http().get(at('cookies-a', 'auth/me')), 401, 'auth.unauthenticated');
      expect((await api.http().get('/healthz').expect(200)).headers['content-type']).toMatch(/json/);
    });
  });

  describe('staff', () => {
    it('keep a cookie session, scoped to the instance, with no token in the body', async () => {
      const login = await api
        .http()
        .post(at(a.slug, 'auth/login'))
        .set('X-Tessera-Session', 'cookie')
        .send({ email: a.manager.email, password: a.manager.password })
        .expect(200);
      expect(login.body.token).toBeUndefined();
      expect(login.body.csrfToken).toEqual(expect.any(String));
      const cookie = cookieOf(login, 'tessera_staff');
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      expect(cookie).toContain(`Path=/api/v1/t/${a.slug}/`);
      // Served over http here: Secure only where TESSERA_PUBLIC_URL is https.
      expect(cookie).not.toMatch(/Secure/i);

      const me = await api.http().get(at(a.slug, 'auth/me')).set('Cookie', valueOf(cookie)).expect(200);
      expect(me.body.staff.email).toBe(a.manager.email);
      expect(me.body.csrfToken).toBe(login.body.csrfToken);
    });

    it('refuse unsafe requests by cookie without the CSRF token, and take them with it', async () => {
      const login = await api.http().post(at(a.slug, 'auth/login')).set('X-Tessera-Session', 'cookie').send({ email: a.manager.email, password: a.manager.password });
      const cookie = valueOf(cookieOf(login, 'tessera_staff'));
      const body = { source: 'phone', subject: 'Projector', message: 'No signal.', requester: { email: 'csrf@example.org', name: 'CSRF' } };
      const before = await api.sql<{ n: string }>('select count(*) as n from tickets where tenant_id = $1', [a.id]);
      expectProblem(await api.http().post(at(a.slug, 'tickets')).set('Cookie', cookie).send(body), 403, 'auth.csrf-mismatch');
      expectProblem(await api.http().post(at(a.slug, 'tickets')).set('Cookie', cookie).set('X-CSRF-Token', 'forged').send(body), 403, 'auth.csrf-mismatch');
      const after = await api.sql<{ n: string }>('select count(*) as n from tickets where tenant_id = $1', [a.id]);
      expect(after[0].n).toBe(before[0].n);
      await api.http().post(at(a.slug, 'tickets')).set('Cookie', cookie).set('X-CSRF-Token', login.body.csrfToken).send(body).expect(201);
    });

    it('end the session on the server at logout and clear the cookie', async () => {
      const login = await api.http().post(at(a.slug, 'auth/login')).set('X-Tessera-Session', 'cookie').send({ email: a.manager.email, password: a.manager.password });
      const cookie = valueOf(cookieOf(login, 'tessera_staff'));
      const logout = await api.http().post(at(a.slug, 'auth/logout')).set('Cookie', cookie).set('X-CSRF-Token', login.body.csrfToken).expect(204);
      expect(cookieOf(logout, 'tessera_staff')).toMatch(/Expires=Thu, 01 Jan 1970/);
      // The same cookie replayed is refused, and cleared again.
      const replay = await api.http().get(at(a.slug, 'auth/me')).set('Cookie', cookie);
      expectProblem(replay, 401, 'auth.unauthenticated');
      expect(cookieOf(replay, 'tessera_staff')).toMatch(/Expires=Thu, 01 Jan 1970/);
    });

    it("are refused by another instance, even sent to its routes", async () => {
      const login = await api.http().post(at(a.slug, 'auth/login')).set('X-Tessera-Session', 'cookie').send({ email: a.manager.email, password: a.manager.password });
      const cookie = valueOf(cookieOf(login, 'tessera_staff'));
      expectProblem(await api.http().get(at(b.slug, 'auth/me')).set('Cookie', cookie), 401, 'auth.unauthenticated');
      expectProblem(await api.http().get(at(b.slug, 'tickets?queue=all')).set('Cookie', cookie), 401, 'auth.unauthenticated');
    });

    it('leave bearer tokens as they were, and let a bearer token win over a cookie', async () => {
      const plain = await api.http().post(at(a.slug, 'auth/login')).send({ email: a.manager.email, password: a.manager.password }).expect(200);
      expect(plain.body.token).toMatch(/^tss_/);
      expect(plain.headers['set-cookie']).toBeUndefined();
      // An unsafe request by bearer token needs no CSRF token, whatever cookie comes along.
      await api
        .http()
        .post(at(a.slug, 'tickets'))
        .set(bearer(plain.body.token))
        .set('Cookie', 'tessera_staff=tss_garbage')
        .send({ source: 'phone', subject: 'Bearer', message: 'Works.', requester: { email: 'bearer@example.org', name: 'B' } })
        .expect(201);
    });
  });

  describe('requesters', () => {
    it('keep a portal cookie for the portal routes only', async () => {
      const user = await registerRequester(api, a, 'marta@cookies.example');
      const login = await api.http().post(at(a.slug, 'portal/auth/login')).set('X-Tessera-Session', 'cookie').send({ email: user.email, password: user.password }).expect(200);
      const cookie = cookieOf(login, 'tessera_requester');
      expect(cookie).toContain(`Path=/api/v1/t/${a.slug}/portal/`);
      expect(login.body.token).toBeUndefined();
      const me = await api.http().get(at(a.slug, 'portal/auth/me')).set('Cookie', valueOf(cookie)).expect(200);
      expect(me.body.requester.name).toBe(user.email);
      expect(me.body.csrfToken).toBe(login.body.csrfToken);
      // Not a staff session, and not a session of instance B.
      expectProblem(await api.http().get(at(a.slug, 'auth/me')).set('Cookie', valueOf(cookie).replace('tessera_requester', 'tessera_staff')), 401, 'auth.unauthenticated');
      expectProblem(await api.http().get(at(b.slug, 'portal/auth/me')).set('Cookie', valueOf(cookie)), 401, 'auth.unauthenticated');

      const reference = await openTicket(api, a.slug, user.token);
      const reply = at(a.slug, `portal/tickets/${encodeURIComponent(reference)}/replies`);
      expectProblem(await api.http().post(reply).set('Cookie', valueOf(cookie)).send({ message: 'No token' }), 403, 'auth.csrf-mismatch');
      await api.http().post(reply).set('Cookie', valueOf(cookie)).set('X-CSRF-Token', login.body.csrfToken).send({ message: 'With token' }).expect(201);
    });

    it('get a guest cookie from the guest link, for that ticket only', async () => {
      const topics = (await api.http().get(at(a.slug, 'portal/help-topics')).expect(200)).body;
      const open = (subject: string) =>
        api
          .http()
          .post(at(a.slug, 'portal/tickets'))
          .send({ helpTopicId: topics[0].id, subject, message: 'From the portal', name: 'Guest', email: 'guest@cookies.example' })
          .expect(201);
      const first = (await open('First')).body;
      const second = (await open('Second')).body;
      const guest = await api
        .http()
        .post(at(a.slug, 'portal/guest'))
        .set('X-Tessera-Session', 'cookie')
        .send({ reference: first.ticket.reference, email: 'guest@cookies.example', token: await guestTokenOf(api, a, first.ticket.reference, 'guest@cookies.example') })
        .expect(200);
      expect(guest.body).toMatchObject({ reference: first.ticket.reference, csrfToken: expect.any(String) });
      expect(guest.body.token).toBeUndefined();
      const cookie = valueOf(cookieOf(guest, 'tessera_requester'));
      const ticket = (reference: string) => api.http().get(at(a.slug, `portal/tickets/${encodeURIComponent(reference)}`)).set('Cookie', cookie);
      expect((await ticket(first.ticket.reference).expect(200)).body.subject).toBe('First');
      expect((await ticket(second.ticket.reference)).status).toBe(404);
    });
  });

  describe('own preferences', () => {
    it('let agents and requesters keep their language on their account', async () => {
      const me = await api.http().patch(at(a.slug, 'auth/me')).set(bearer(a.token)).send({ language: 'nl' }).expect(200);
      expect(me.body.staff.language).toBe('nl');
      expect((await api.http().get(at(a.slug, 'auth/me')).set(bearer(a.token)).expect(200)).body.staff.language).toBe('nl');
      expectProblem(await api.http().patch(at(a.slug, 'auth/me')).set(bearer(a.token)).send({ language: 'fr' }), 400, 'request.invalid');
      expectProblem(await api.http().patch(at(a.slug, 'auth/me')).set(bearer(a.token)).send({ language: 'de', isManager: false }), 400, 'request.invalid');
      await api.http().patch(at(a.slug, 'auth/me')).set(bearer(a.token)).send({ language: null }).expect(200);

      const user = await registerRequester(api, a, 'language@cookies.example');
      const requester = await api.http().patch(at(a.slug, 'portal/auth/me')).set(bearer(user.token)).send({ language: 'ca' }).expect(200);
      expect(requester.body.requester.language).toBe('ca');
      const [row] = await api.sql<{ language: string }>('select language from requesters where tenant_id = $1 and id = $2', [a.id, user.id]);
      expect(row.language).toBe('ca');
    });
  });
});
