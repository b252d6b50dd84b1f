import { INestApplication } from '@nestjs/common';
import { Instance, TestApi, bearer, startTestApi } from './api-harness';

let objectsOfA: Objects;

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

interface Objects {
  departmentId: string;
  helpTopicId: string;
  slaPlanId: string;
  statusId: string;
  priorityId: string;
  requesterId: string;
  ticketReference: string;
}

// How to aim each instance route at instance A's objects. A route missing here fails the suite.
type Probe = {
  params?: (a: Objects) => Record<string, string>;
  body?: (a: Instance) => object;
  // Public routes are reached without a token; they must still never show A's data.
  public?: boolean;
  // What B's request answers when not the default (404 with params, 401 public, else 2xx).
  status?: number;
};

const ticket = (o: Objects) => ({ reference: encodeURIComponent(o.ticketReference) });
const message = () => ({ message: 'probe' });

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
  'POST /api/v1/t/:slug/tickets': {
    // A's department in B's request: not found, and no ticket is made.
    body: () => ({ subject: 'probe', message: 'probe', source: 'phone', requester: { email: 'probe@example.org' }, departmentId: objectsOfA.departmentId }),
    status: 404,
  },
  'GET /api/v1/t/:slug/tickets': {},
  'GET /api/v1/t/:slug/tickets/:reference': { params: ticket },
  'GET /api/v1/t/:slug/tickets/:reference/thread': { params: ticket },
  'POST /api/v1/t/:slug/tickets/:reference/replies': { params: ticket, body: message },
  'POST /api/v1/t/:slug/tickets/:reference/notes': { params: ticket, body: message },
  'POST /api/v1/t/:slug/tickets/:reference/lock': { params: ticket },
  'DELETE /api/v1/t/:slug/tickets/:reference/lock': { params: ticket },
  'PATCH /api/v1/t/:slug/tickets/:reference': { params: ticket, body: () => ({ subject: 'probe' }) },
  'POST /api/v1/t/:slug/tickets/:reference/assign': { params: ticket, body: (a) => ({ staffId: a.manager.id }) },
  'POST /api/v1/t/:slug/tickets/:reference/claim': { params: ticket },
  'POST /api/v1/t/:slug/tickets/:reference/release': { params: ticket },
  'POST /api/v1/t/:slug/tickets/:reference/transfer': { params: ticket, body: () => ({ departmentId: objectsOfA.departmentId }) },
  'POST /api/v1/t/:slug/tickets/:reference/status': { params: ticket, body: () => ({ statusId: objectsOfA.statusId }) },
  'POST /api/v1/t/:slug/tickets/:reference/priority': { params: ticket, body: () => ({ priorityId: objectsOfA.priorityId }) },
  'POST /api/v1/t/:slug/tickets/:reference/topic': { params: ticket, body: () => ({ helpTopicId: objectsOfA.helpTopicId }) },
  'POST /api/v1/t/:slug/tickets/:reference/due': { params: ticket, body: () => ({ dueAt: null }) },
  'POST /api/v1/t/:slug/tickets/:reference/collaborators': { params: ticket, body: () => ({ emails: 'probe@example.org' }) },
  'DELETE /api/v1/t/:slug/tickets/:reference/collaborators/:requesterId': {
    params: (o) => ({ ...ticket(o), requesterId: o.requesterId }),
  },
  'POST /api/v1/t/:slug/tickets/:reference/merge': { params: ticket, body: () => ({ into: objectsOfA.ticketReference }) },
  'POST /api/v1/t/:slug/tickets/:reference/links': { params: ticket, body: () => ({ reference: objectsOfA.ticketReference, kind: 'related' }) },
  'DELETE /api/v1/t/:slug/tickets/:reference/links/:other': { params: (o) => ({ ...ticket(o), other: encodeURIComponent(o.ticketReference) }) },
  'DELETE /api/v1/t/:slug/tickets/:reference': { params: ticket },
};

describe('tenant isolation on every instance route', () => {
  let api: TestApi;
  let a: Instance;
  let b: Instance;
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
    const created = await api
      .http()
      .post('/api/v1/t/tenant-a/tickets')
      .set(bearer(a.token))
      .send({ subject: 'secret of A', message: 'only A may read this', source: 'phone', requester: { email: 'someone@a.example' }, departmentId: departments.body[0].id })
      .expect(201);
    objectsOfA = {
      departmentId: departments.body[0].id,
      helpTopicId: topics.body[0].id,
      slaPlanId: slas.body[0].id,
      statusId: statuses.body[0].id,
      priorityId: priorities.body[0].id,
      requesterId: created.body.requester.id,
      ticketReference: created.body.reference,
    };
    idsOfA = [
      a.id,
      a.manager.id,
      created.body.id,
      created.body.requester.id,
      ...[departments, topics, slas, statuses, priorities].flatMap((r) => r.body.map((x: { id: string }) => x.id)),
    ];
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
    let request = api.http()[route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete'](url(route, slug));
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
      const response = await call(route, 'tenant-b', probe.public ? null : token, probe.body?.(a));
      const label = `${key(route)} -> ${response.status}`;
      if (probe.status) expect(label).toBe(`${key(route)} -> ${probe.status}`);
      else if (probe.params) expect(label).toBe(`${key(route)} -> 404`);
      else if (probe.public) expect(label).toBe(`${key(route)} -> 401`);
      else expect(response.status).toBeLessThan(300);
      // An error may echo the id the caller sent; no other id of A may appear.
      const sent = url(route, 'tenant-b') + JSON.stringify(probe.body?.(a) ?? {});
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

  it("leaves instance A's data as it was", async () => {
    const [row] = await api.sql<{ tickets: number; entries: number; locks: number }>(
      `select (select count(*)::int from tickets where tenant_id = $1) as tickets,
              (select count(*)::int from ticket_entries where tenant_id = $1) as entries,
              (select count(*)::int from ticket_locks where tenant_id = $1) as locks`,
      [a.id],
    );
    expect(row).toEqual({ tickets: 1, entries: 2, locks: 0 });
    expect(await api.sql('select 1 from tickets where tenant_id = $1', [b.id])).toEqual([]);
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
