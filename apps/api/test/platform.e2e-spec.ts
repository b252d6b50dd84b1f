import { Client } from 'pg';
import { TestApi, bearer, startTestApi } from './api-harness';

const manager = { email: 'boss@example.org', name: 'Boss', password: 'a long enough password' };

describe('platform API', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api.close());

  describe('create', () => {
    it('creates an instance from the working default with its first manager', async () => {
      const response = await api.operator
        .post('/tenants', { slug: 'student-office', name: 'Student office', timezone: 'Europe/Madrid', manager })
        .expect(201);
      expect(response.body).toMatchObject({
        slug: 'student-office',
        name: 'Student office',
        status: 'active',
        defaultLanguage: 'en',
        timezone: 'Europe/Madrid',
        suspendedAt: null,
        manager: { email: 'boss@example.org', name: 'Boss' },
      });
      expect(response.body.links.api).toMatch(/\/api\/v1\/t\/student-office$/);
      expect(JSON.stringify(response.body)).not.toContain(manager.password);

      const token = await api.login('student-office', manager.email, manager.password);
      const get = (path: string) => api.http().get(`/api/v1/t/student-office/${path}`).set(bearer(token)).expect(200);
      const departments = (await get('departments')).body;
      expect(departments.map((d: { name: string }) => d.name)).toEqual(['Support']);
      const topics = (await get('help-topics')).body;
      expect(topics).toEqual([expect.objectContaining({ name: 'General inquiry', departmentId: departments[0].id, isActive: true })]);
      const statuses = (await get('statuses')).body;
      expect(statuses.map((s: { name: string; state: string }) => [s.name, s.state])).toEqual([
        ['New', 'new'], ['Open', 'open'], ['Pending', 'pending'], ['Resolved', 'resolved'], ['Closed', 'closed'],
      ]);
      const priorities = (await get('priorities')).body;
      expect(priorities.map((p: { name: string }) => p.name)).toEqual(['Low', 'Normal', 'High', 'Emergency']);
      const slas = (await get('sla-plans')).body;
      expect(slas).toEqual([expect.objectContaining({ isDefault: true, firstResponseMinutes: 480, resolutionMinutes: 720 })]);
      expect(topics[0].slaPlanId).toBe(slas[0].id);
      const me = (await get('auth/me')).body;
      expect(me.staff).toMatchObject({ email: manager.email, isManager: true, primaryDepartmentId: departments[0].id });
    });

    it('names the defaults in the instance language', async () => {
      await api.operator.post('/tenants', { slug: 'suport-upc', name: 'Suport', defaultLanguage: 'ca', manager }).expect(201);
      const token = await api.login('suport-upc', manager.email, manager.password);
      const statuses = await api.http().get('/api/v1/t/suport-upc/statuses').set(bearer(token)).expect(200);
      expect(statuses.body.map((s: { name: string }) => s.name)).toEqual(['Nou', 'Obert', 'Pendent', 'Resolt', 'Tancat']);
    });

    it.each([
      ['ab', 'length'],
      ['a'.repeat(41), 'length'],
      ['Upper', 'characters'],
      ['with space', 'characters'],
      ['under_score', 'characters'],
      ['-edge', 'hyphens'],
      ['double--hyphen', 'hyphens'],
      ['api', 'reserved'],
      ['admin', 'reserved'],
      ['platform', 'reserved'],
      ['healthz', 'reserved'],
    ])('refuses the slug %j (%s) and creates nothing', async (slug, problem) => {
      const response = await api.operator.post('/tenants', { slug, name: 'Bad', manager }).expect(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body).toMatchObject({ code: 'tenant.slug-invalid', problem, type: 'urn:tessera:problem:tenant.slug-invalid' });
      await api.operator.get(`/tenants/${encodeURIComponent(slug)}`).expect(404);
    });

    it('refuses a duplicate slug with 409', async () => {
      await api.operator.post('/tenants', { slug: 'twice', name: 'First', manager }).expect(201);
      const response = await api.operator.post('/tenants', { slug: 'twice', name: 'Second', manager }).expect(409);
      expect(response.body.code).toBe('tenant.slug-taken');
      expect((await api.operator.get('/tenants/twice').expect(200)).body.name).toBe('First');
    });

    it('lets exactly one of two simultaneous creations of a slug win', async () => {
      const attempts = await Promise.all(
        [1, 2, 3].map((n) => api.operator.post('/tenants', { slug: 'race', name: `Racer ${n}`, manager })),
      );
      expect(attempts.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    });

    it.each([
      ['no manager', { slug: 'no-manager', name: 'X' }, 'manager'],
      ['a weak password', { slug: 'weak', name: 'X', manager: { ...manager, password: 'short' } }, 'manager.password'],
      ['a bad e-mail', { slug: 'bad-mail', name: 'X', manager: { ...manager, email: 'not-an-address' } }, 'manager.email'],
      ['an unknown field', { slug: 'extra', name: 'X', manager, plan: 'gold' }, 'plan'],
      ['an unknown language', { slug: 'lang', name: 'X', manager, defaultLanguage: 'fr' }, 'defaultLanguage'],
    ])('refuses %s and creates nothing', async (_case, body, field) => {
      const response = await api.operator.post('/tenants', body).expect(400);
      expect(response.body.code).toBe('request.invalid');
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      await api.operator.get(`/tenants/${(body as { slug: string }).slug}`).expect(404);
    });

    it('refuses an unknown time zone and creates nothing', async () => {
      const response = await api.operator.post('/tenants', { slug: 'time-zone', name: 'X', manager, timezone: 'Mars/Olympus' }).expect(400);
      expect(response.body.code).toBe('tenant.invalid-setting');
      await api.operator.get('/tenants/time-zone').expect(404);
    });
  });

  describe('list and get', () => {
    it('pages through every instance with a cursor', async () => {
      for (const slug of ['page-one', 'page-two', 'page-three']) {
        await api.operator.post('/tenants', { slug, name: slug, manager }).expect(201);
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
        const page = await api.operator.get(`/tenants${query}`).expect(200);
        expect(page.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.body.items.map((t: { slug: string }) => t.slug));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(expect.arrayContaining(['page-one', 'page-two', 'page-three']));
      expect(new Set(seen).size).toBe(seen.length);
    });

    it('refuses a bad limit or cursor', async () => {
      expect((await api.operator.get('/tenants?limit=0').expect(400)).body.code).toBe('request.invalid');
      expect((await api.operator.get('/tenants?limit=1000').expect(400)).body.code).toBe('request.invalid');
      expect((await api.operator.get('/tenants?cursor=bm9wZQ').expect(400)).body.code).toBe('pagination.invalid-cursor');
    });

    it('answers 404 for an unknown instance', async () => {
      const response = await api.operator.get('/tenants/nobody-here').expect(404);
      expect(response.body).toMatchObject({ code: 'tenant.not-found', status: 404 });
    });
  });

  describe('suspend and resume', () => {
    it('closes every instance route with 403 while suspended and opens them again', async () => {
      const instance = await api.provision('paused');
      await api.http().get('/api/v1/t/paused/departments').set(bearer(instance.token)).expect(200);

      const suspended = await api.operator.post('/tenants/paused/suspend').expect(200);
      expect(suspended.body.status).toBe('suspended');
      expect(suspended.body.suspendedAt).not.toBeNull();
      for (const request of [
        api.http().get('/api/v1/t/paused/departments').set(bearer(instance.token)),
        api.http().get('/api/v1/t/paused/auth/me').set(bearer(instance.token)),
        api.http().post('/api/v1/t/paused/auth/login').send({ email: instance.manager.email, password: instance.manager.password }),
      ]) {
        const response = await request.expect(403);
        expect(response.body.code).toBe('tenant.suspended');
      }
      expect((await api.operator.post('/tenants/paused/suspend').expect(409)).body.code).toBe('tenant.already-in-state');

      const resumed = await api.operator.post('/tenants/paused/resume').expect(200);
      expect(resumed.body).toMatchObject({ status: 'active', suspendedAt: null });
      await api.http().get('/api/v1/t/paused/departments').set(bearer(instance.token)).expect(200);
      await api.operator.post('/tenants/paused/resume').expect(409);
    });
  });

  describe('rename', () => {
    it('moves the instance to the new slug and redirects the old one with 308', async () => {
      const instance = await api.provision('old-name');
      const renamed = await api.operator.patch('/tenants/old-name', { slug: 'new-name', name: 'Renamed' }).expect(200);
      expect(renamed.body).toMatchObject({ id: instance.id, slug: 'new-name', name: 'Renamed' });

      const redirect = await api.http().get('/api/v1/t/old-name/departments?x=1').set(bearer(instance.token)).expect(308);
      expect(redirect.headers.location).toBe('/api/v1/t/new-name/departments?x=1');
      expect(redirect.body.code).toBe('tenant.moved');
      const login = await api.http().post('/api/v1/t/old-name/auth/login').send({ email: 'x@y.z', password: 'whatever' }).expect(308);
      expect(login.headers.location).toBe('/api/v1/t/new-name/auth/login');
      const platform = await api.operator.get('/tenants/old-name').expect(308);
      expect(platform.headers.location).toBe('/api/v1/platform/tenants/new-name');

      // Same instance, same sessions: only the name changed.
      await api.http().get('/api/v1/t/new-name/departments').set(bearer(instance.token)).expect(200);
      // The old slug stays reserved for the redirect.
      expect((await api.operator.post('/tenants', { slug: 'old-name', name: 'Squatter', manager }).expect(409)).body.code).toBe(
        'tenant.slug-taken',
      );
    });

    it('redirects correctly when the slug is a word of the URL itself', async () => {
      await api.provision('tenants');
      await api.operator.patch('/tenants/tenants', { slug: 'moved-tenants' }).expect(200);
      const redirect = await api.operator.get('/tenants/tenants').expect(308);
      expect(redirect.headers.location).toBe('/api/v1/platform/tenants/moved-tenants');
    });

    it('can rename back to a previous slug', async () => {
      await api.provision('first-slug');
      await api.operator.patch('/tenants/first-slug', { slug: 'second-slug' }).expect(200);
      await api.operator.patch('/tenants/second-slug', { slug: 'first-slug' }).expect(200);
      await api.operator.get('/tenants/first-slug').expect(200);
      expect((await api.operator.get('/tenants/second-slug').expect(308)).headers.location).toBe('/api/v1/platform/tenants/first-slug');
    });

    it("refuses another instance's slug, a bad slug and an empty change", async () => {
      await api.provision('keeper');
      await api.provision('mover');
      expect((await api.operator.patch('/tenants/mover', { slug: 'keeper' }).expect(409)).body.code).toBe('tenant.slug-taken');
      expect((await api.operator.patch('/tenants/mover', { slug: 'Bad Slug' }).expect(400)).body.code).toBe('tenant.slug-invalid');
      expect((await api.operator.patch('/tenants/mover', {}).expect(400)).body.code).toBe('request.empty');
      await api.operator.get('/tenants/mover').expect(200);
    });
  });

  describe('delete', () => {
    it("removes the instance and every row it owns", async () => {
      const instance = await api.provision('doomed');
      await api.operator.delete('/tenants/doomed').expect(204);
      await api.operator.get('/tenants/doomed').expect(404);
      await api.http().get('/api/v1/t/doomed/departments').set(bearer(instance.token)).expect(404);
      await api.operator.delete('/tenants/doomed').expect(404);

      const owner = new Client({ connectionString: api.database.ownerUrl });
      await owner.connect();
      try {
        const { rows } = await owner.query(
          `select (select count(*) from departments where tenant_id = $1)::int as departments,
                  (select count(*) from staff where tenant_id = $1)::int as staff,
                  (select count(*) from staff_sessions where tenant_id = $1)::int as sessions`,
          [instance.id],
        );
        expect(rows[0]).toEqual({ departments: 0, staff: 0, sessions: 0 });
      } finally {
        await owner.end();
      }
    });
  });

  describe('operator realm', () => {
    it('refuses requests without the operator token', async () => {
      await api.http().get('/api/v1/platform/tenants').expect(401);
      const wrong = await api.http().get('/api/v1/platform/tenants').set(bearer('not-the-operator-token')).expect(401);
      expect(wrong.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(wrong.body.code).toBe('auth.unauthenticated');
      await api.http().post('/api/v1/platform/tenants').send({ slug: 'sneaky', name: 'x', manager }).expect(401);
      await api.operator.get('/tenants/sneaky').expect(404);
    });
  });
});
