import { INestApplication } from '@nestjs/common';
import { defaultPriorityMatrix } from '@tessera/directory';
import { AdminObjects, adminObjectsOf } from './admin-harness';
import { Instance, TestApi, bearer, startTestApi } from './api-harness';

interface Route {
  method: string;
  path: string;
}

// Every route the app registered, read from the HTTP router itself so that a new route cannot
// slip past this suite.
function registeredRoutes(app: INestApplication): Route[] {
  const router = app.getHttpAdapter().getInstance().router as { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  return router.stack
    .filter((layer) => layer.route)
    .flatMap((layer) =>
      Object.keys(layer.route!.methods)
        .filter((method) => method !== '_all')
        .map((method) => ({ method: method.toUpperCase(), path: layer.route!.path })),
    );
}

interface Objects extends AdminObjects {
  departmentId: string;
  helpTopicId: string;
  slaPlanId: string;
}

// How to aim each instance route at instance A's objects. A route missing here fails the suite.
type Probe = {
  params?: (a: Objects) => Record<string, string>;
  body?: (a: Instance, o: Objects) => object;
  // What B gets on its own URL when the body names A's objects (default: success).
  status?: number;
  // Public routes are reached without a token; they must still never show A's data.
  public?: boolean;
};

const probes: Record<string, Probe> = {
  'POST /api/v1/t/:slug/auth/login': { public: true, body: (a) => ({ email: a.manager.email, password: a.manager.password }) },
  'GET /api/v1/t/:slug/auth/me': {},
  'POST /api/v1/t/:slug/auth/logout': {},
  'GET /api/v1/t/:slug/departments': {},
  'GET /api/v1/t/:slug/departments/:id': { params: (o) => ({ id: o.departmentId }) },
  'GET /api/v1/t/:slug/help-topics': {},
  'GET /api/v1/t/:slug/help-topics/:id': { params: (o) => ({ id: o.helpTopicId }) },
  'GET /api/v1/t/:slug/statuses': {},
  'GET /api/v1/t/:slug/priorities': {},
  'GET /api/v1/t/:slug/sla-plans': {},
  'GET /api/v1/t/:slug/sla-plans/:id': { params: (o) => ({ id: o.slaPlanId }) },
  ...adminProbes(),
};

// The instance admin API: A's ids in the URL answer 404; A's ids in a body are not found either.
function adminProbes(): Record<string, Probe> {
  const admin = '/api/v1/t/:slug/admin';
  const id = (pick: (o: Objects) => string) => (o: Objects) => ({ id: pick(o) });
  const crud = (path: string, pick: (o: Objects) => string, create: Probe, update: object): Record<string, Probe> => ({
    [`POST ${admin}/${path}`]: create,
    [`PATCH ${admin}/${path}/:id`]: { params: id(pick), body: () => update },
    [`DELETE ${admin}/${path}/:id`]: { params: id(pick) },
  });
  const readable = (path: string, pick: (o: Objects) => string) => ({
    [`GET ${admin}/${path}`]: {},
    [`GET ${admin}/${path}/:id`]: { params: id(pick) },
  });
  const agent = { email: 'probe@tenant-b.example', name: 'Probe', password: 'a long enough password' };
  return {
    ...readable('departments', (o) => o.departmentId),
    ...crud('departments', (o) => o.departmentId, { body: (_a, o) => ({ name: 'Probe', parentId: o.departmentId }), status: 404 }, { name: 'Probe' }),
    ...readable('teams', (o) => o.teamId),
    ...crud('teams', (o) => o.teamId, { body: (_a, o) => ({ name: 'Probe', leadStaffId: o.agentId }), status: 404 }, { name: 'Probe' }),
    [`PUT ${admin}/teams/:id/members`]: { params: id((o) => o.teamId), body: () => ({ staffIds: [] }) },
    ...readable('roles', (o) => o.roleId),
    ...crud('roles', (o) => o.roleId, { body: () => ({ name: 'Probe', permissions: [] }) }, { name: 'Probe' }),
    ...readable('agents', (o) => o.agentId),
    [`POST ${admin}/agents`]: { body: (_a, o) => ({ ...agent, primaryDepartmentId: o.departmentId, roleId: o.roleId }), status: 404 },
    [`PATCH ${admin}/agents/:id`]: { params: id((o) => o.agentId), body: () => ({ isLocked: true }) },
    ...readable('requesters', (o) => o.requesterId),
    [`POST ${admin}/requesters`]: { body: (a, o) => ({ name: 'Probe', emails: [`someone@${a.slug}.example.org`], organizationIds: [o.organizationId] }), status: 404 },
    [`PATCH ${admin}/requesters/:id`]: { params: id((o) => o.requesterId), body: () => ({ name: 'Probe' }) },
    ...readable('organizations', (o) => o.organizationId),
    [`GET ${admin}/organizations/:id/members`]: { params: id((o) => o.organizationId) },
    ...crud('organizations', (o) => o.organizationId, { body: (a) => ({ name: 'Probe', domains: [`${a.slug}.example.org`] }) }, { name: 'Probe' }),
    ...crud('help-topics', (o) => o.helpTopicId, { body: (_a, o) => ({ name: 'Probe', departmentId: o.departmentId }), status: 404 }, { name: 'Probe' }),
    ...crud('statuses', (o) => o.statusId, { body: () => ({ name: 'Probe', state: 'pending' }) }, { name: 'Probe' }),
    ...crud('priorities', (o) => o.priorityId, { body: () => ({ name: 'Probe', urgency: 50 }) }, { name: 'Probe' }),
    ...crud('sla-plans', (o) => o.slaPlanId, { body: () => ({ name: 'Probe', firstResponseMinutes: 60, resolutionMinutes: 120 }) }, { name: 'Probe' }),
    [`GET ${admin}/settings`]: {},
    [`PATCH ${admin}/settings`]: { body: () => ({ lockSeconds: 120 }) },
    [`GET ${admin}/priority-matrix`]: {},
    [`PUT ${admin}/priority-matrix`]: { body: (_a, o) => ({ bands: defaultPriorityMatrix(o.priorityIds) }), status: 400 },
    [`GET ${admin}/api-keys`]: {},
    [`POST ${admin}/api-keys`]: { body: () => ({ name: 'Probe', scopes: ['tickets.read'] }) },
    [`DELETE ${admin}/api-keys/:id`]: { params: id((o) => o.apiKeyId) },
  };
}

describe('tenant isolation on every instance route', () => {
  let api: TestApi;
  let a: Instance;
  let b: Instance;
  let objectsOfA: Objects;
  let idsOfA: string[];
  let routes: Route[];

  beforeAll(async () => {
    api = await startTestApi();
    a = await api.provision('tenant-a');
    b = await api.provision('tenant-b');
    const get = (path: string) => api.http().get(`/api/v1/t/tenant-a/${path}`).set(bearer(a.token)).expect(200);
    const [departments, topics, slas, statuses, priorities] = await Promise.all(
      ['departments', 'help-topics', 'sla-plans', 'statuses', 'priorities'].map(get),
    );
    const admin = await adminObjectsOf(api, a);
    objectsOfA = { departmentId: departments.body[0].id, helpTopicId: topics.body[0].id, slaPlanId: slas.body[0].id, ...admin };
    idsOfA = [a.id, a.manager.id, ...[departments, topics, slas, statuses, priorities].flatMap((r) => r.body.map((x: { id: string }) => x.id))];
    idsOfA.push(...Object.values(admin).flat());
    routes = registeredRoutes(api.app).filter((route) => route.path.startsWith('/api/v1/t/'));
  });

  afterAll(() => api.close());

  const key = (route: Route) => `${route.method} ${route.path}`;

  function url(route: Route, slug: string): string {
    const params = { slug, ...(probes[key(route)].params?.(objectsOfA) ?? {}) };
    return route.path.replace(/:(\w+)/g, (_match, name: string) => {
      const value = (params as Record<string, string>)[name];
      if (!value) throw new Error(`No value for :${name} of ${key(route)}`);
      return value;
    });
  }

  async function call(route: Route, slug: string, token: string | null, body?: object) {
    let request = api.http()[route.method.toLowerCase() as 'get' | 'post'](url(route, slug));
    if (token) request = request.set(bearer(token));
    return body ? request.send(body) : request;
  }

  it('has a probe for every instance route and no stale probes', () => {
    expect(routes.length).toBeGreaterThan(5);
    expect(routes.map(key).sort()).toEqual(Object.keys(probes).sort());
  });

  it("gives instance B's staff 404 or nothing of instance A's, on B's URL", async () => {
    for (const route of routes) {
      const probe = probes[key(route)];
      // A fresh token per route: logout ends the session it is called with.
      const token = await api.login('tenant-b', b.manager.email, b.manager.password);
      const body = probe.body?.(a, objectsOfA);
      const response = await call(route, 'tenant-b', probe.public ? null : token, body);
      const label = `${key(route)} -> ${response.status}`;
      if (probe.params) expect(label).toBe(`${key(route)} -> 404`);
      else if (probe.public) expect(label).toBe(`${key(route)} -> 401`);
      else if (probe.status) expect(label).toBe(`${key(route)} -> ${probe.status}`);
      else expect(response.status).toBeLessThan(300);
      // An error may echo the id the caller sent; no other id of A may appear.
      const sent = url(route, 'tenant-b') + JSON.stringify(body ?? {});
      for (const id of idsOfA.filter((i) => !sent.includes(i))) expect(`${label} ${response.text}`).not.toContain(id);
    }
  });

  it("refuses instance A's token on every route of instance B", async () => {
    for (const route of routes.filter((r) => !probes[key(r)].public)) {
      const response = await call(route, 'tenant-b', a.token);
      expect(`${key(route)} -> ${response.status}`).toBe(`${key(route)} -> 401`);
    }
    // A's token still works on A: nothing above logged it out.
    await api.http().get('/api/v1/t/tenant-a/auth/me').set(bearer(a.token)).expect(200);
  });

  it('refuses every non-public route without a token and with the operator token', async () => {
    for (const route of routes.filter((r) => !probes[key(r)].public)) {
      expect(`${key(route)} -> ${(await call(route, 'tenant-a', null)).status}`).toBe(`${key(route)} -> 401`);
      const operator = await call(route, 'tenant-a', api.config.operator.token);
      expect(`${key(route)} -> ${operator.status}`).toBe(`${key(route)} -> 401`);
    }
  });

  it("still serves instance A's own objects to A", async () => {
    for (const route of routes.filter((r) => r.method === 'GET')) {
      expect(`${key(route)} -> ${(await call(route, 'tenant-a', a.token)).status}`).toBe(`${key(route)} -> 200`);
    }
  });
});
