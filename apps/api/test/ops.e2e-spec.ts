import { waitUntil } from '@tessera/testing';
import { TestApi, startTestApi } from './api-harness';

describe('ops endpoints', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api.close());

  it('answers /healthz', async () => {
    const response = await api.http().get('/healthz').expect(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('answers /api/v1 with an index whose links lead somewhere', async () => {
    const response = await api.http().get('/api/v1').expect(200).expect('content-type', /application\/json/);
    expect(response.body).toMatchObject({ name: 'Tessera API', version: 'v1' });
    const { links } = response.body as { links: Record<string, string> };
    expect(links.instances).toBe('/api/v1/t/{slug}');
    for (const name of ['docs', 'openapi', 'health', 'ready', 'platform'] as const) {
      const linked = await api.http().get(links[name]);
      expect([name, linked.status]).not.toEqual([name, 404]);
    }
    await api.http().get('/api/v1/').expect(200);
  });

  it('answers /readyz when the database and Redis answer', async () => {
    const response = await api.http().get('/readyz').expect(200);
    expect(response.body).toEqual({ status: 'ready', checks: { database: 'up', redis: 'up' } });
  });

  it('exposes Prometheus metrics with route patterns, process metrics and queue depths', async () => {
    await api.http().get('/api/v1/t/nowhere/auth/me').expect(404);
    const response = await api.http().get('/metrics').expect(200);
    expect(response.headers['content-type']).toMatch(/text\/plain/);
    expect(response.text).toMatch(/tessera_http_request_duration_seconds_count\{[^}]*route="\/api\/v1\/t\/:slug\/auth\/me"[^}]*status="404"/);
    expect(response.text).not.toContain('nowhere');
    expect(response.text).toContain('process_cpu_user_seconds_total');
    expect(response.text).toMatch(/tessera_queue_jobs\{[^}]*queue="\{housekeeping\}"/);
  });

  it('serves the OpenAPI document and its UI', async () => {
    const document = await api.http().get('/api/docs-json').expect(200);
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/platform/tenants', '/api/v1/platform/tenants/{slug}', '/api/v1/t/{slug}/auth/login']),
    );
    expect(Object.keys(document.body.components.securitySchemes).sort()).toEqual(['apiKey', 'mailbox', 'operator', 'requester', 'staff']);
    await api.http().get('/api/docs').expect(200).expect('content-type', /html/);
  });

  it('documents every API route with its success answer, and every field with an example', async () => {
    const document = (await api.http().get('/api/docs-json').expect(200)).body;
    const router = api.app.getHttpAdapter().getInstance().router as { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
    const routes = router.stack
      .filter((layer) => layer.route?.path.startsWith('/api/v1/'))
      .flatMap((layer) => Object.keys(layer.route!.methods).map((method) => ({ method, path: layer.route!.path.replace(/:(\w+)/g, '{$1}') })));
    expect(routes.length).toBeGreaterThan(100);
    const undocumented = routes.filter(({ method, path }) => {
      const responses = document.paths[path]?.[method]?.responses ?? {};
      return !Object.keys(responses).some((status) => status.startsWith('2'));
    });
    expect(undocumented).toEqual([]);
    // A field is explained by an example, its allowed values, its format or its own schema.
    const bare: string[] = [];
    for (const [name, schema] of Object.entries<{ properties?: Record<string, Record<string, unknown>> }>(document.components.schemas)) {
      for (const [field, spec] of Object.entries(schema.properties ?? {})) {
        const explained = ['example', 'enum', 'format', '$ref', 'allOf'].some((key) => key in spec) || ['boolean', 'array'].includes(spec.type as string);
        if (!explained) bare.push(`${name}.${field}`);
      }
    }
    expect(bare).toEqual([]);
  });

  it('sends security headers and a request id, keeping a sane caller id', async () => {
    const response = await api.http().get('/healthz').set('X-Request-Id', 'lb-1234').expect(200);
    expect(response.headers['x-request-id']).toBe('lb-1234');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('answers unknown routes and malformed JSON with problem+json', async () => {
    const missing = await api.http().get('/no/such/route').expect(404);
    expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(missing.body).toMatchObject({ status: 404, type: 'urn:tessera:problem:http.not-found' });
    const malformed = await api.operator.post('/tenants').set('Content-Type', 'application/json').send('{"slug": ').expect(400);
    expect(malformed.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(malformed.body).not.toHaveProperty('stack');
  });
});

describe('readiness when a dependency is down', () => {
  it('answers 503 naming Redis when Redis is unreachable, and leaves no timer behind when closed', async () => {
    const timers = () => process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;
    const before = timers();
    const api = await startTestApi({ REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      const response = await api.http().get('/readyz').expect(503);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body).toMatchObject({ code: 'ops.not-ready', failed: ['redis'], checks: { database: 'up' } });
    } finally {
      await api.close();
    }
    // Connections that never reached Redis are dropped at once: nothing keeps the process (or
    // jest) waiting after the app closed.
    await waitUntil(async () => timers() <= before, 1_000, 'no timer left by the closed app');
  });

  it('answers 503 naming the database when the database is gone', async () => {
    const api = await startTestApi();
    try {
      await api.http().get('/readyz').expect(200);
      await api.database.drop();
      const response = await api.http().get('/readyz').expect(503);
      expect(response.body).toMatchObject({ failed: ['database'], checks: { redis: 'up' } });
    } finally {
      await api.close();
    }
  });
});
