import { randomUUID } from 'node:crypto';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { adminControllers } from '../src/admin/admin-controllers';
import { addAgent, adminClient, expectProblem } from './admin-harness';
import { Instance, TestApi, bearer, startTestApi } from './api-harness';

interface Route {
  method: string;
  path: string;
}

// Every handler of the admin controllers, read from their route metadata.
function adminRoutes(): Route[] {
  return adminControllers.flatMap((controller) => {
    const base: string = Reflect.getMetadata(PATH_METADATA, controller);
    return Object.getOwnPropertyNames(controller.prototype).flatMap((name) => {
      const handler = (controller.prototype as unknown as Record<string, object>)[name];
      const path: string | undefined = Reflect.getMetadata(PATH_METADATA, handler);
      if (path === undefined || name === 'constructor') return [];
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
      return [{ method, path: `/${base}/${path}`.replace(/\/{2,}/g, '/').replace(/\/$/, '') }];
    });
  });
}

// A department's help topics, filters and members are kept by its agents whose role there holds
// the permission too (admin-delegated.e2e-spec.ts); every other admin route is the managers'.
const DELEGATED = /^\/api\/v1\/t\/:slug\/admin\/(help-topics|filters|departments\/:id\/members)(\/|$)/;

describe('instance admin: managers only', () => {
  let api: TestApi;
  let alpha: Instance;

  beforeAll(async () => {
    api = await startTestApi();
    alpha = await api.provision('alpha');
  });

  afterAll(() => api.close());

  it('answers 403 auth.forbidden on every admin route to an agent, even one with every permission, and changes nothing', async () => {
    const allAccess = (await adminClient(api, 'alpha', alpha.token).get('roles').expect(200)).body.find((r: { name: string }) => r.name === 'All access');
    expect(allAccess.permissions).toEqual(expect.arrayContaining(['topics.manage', 'filters.manage', 'members.manage']));
    const agent = await addAgent(api, alpha, 'agent@alpha.example', { roleId: allAccess.id });
    const snapshot = async () =>
      Promise.all(['departments', 'teams', 'roles', 'agents', 'organizations', 'api-keys', 'settings', 'priority-matrix'].map(async (path) => {
        return (await adminClient(api, 'alpha', alpha.token).get(path).expect(200)).body;
      }));
    const before = await snapshot();
    // The metadata and the HTTP router agree on how many admin routes there are.
    const routes = adminRoutes();
    const router = api.app.getHttpAdapter().getInstance().router as { stack: { route?: { path: string } }[] };
    expect(routes).toHaveLength(router.stack.filter((layer) => layer.route?.path.startsWith('/api/v1/t/:slug/admin/')).length);
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.filter((route) => DELEGATED.test(route.path))).toHaveLength(14);
    for (const route of routes.filter((r) => !DELEGATED.test(r.path))) {
      const url = route.path.replace(':slug', 'alpha').replace(':id', randomUUID());
      const call = api.http()[route.method.toLowerCase() as 'get'](url).set(bearer(agent.token));
      const response = route.method === 'GET' || route.method === 'DELETE' ? await call : await call.send({ name: 'Sneaky' });
      expect(`${route.method} ${route.path} -> ${response.status}`).toBe(`${route.method} ${route.path} -> 403`);
      expectProblem(response, 403, 'auth.forbidden');
    }
    expect(await snapshot()).toEqual(before);
    // The agent's own routes still work.
    await api.http().get('/api/v1/t/alpha/departments').set(bearer(agent.token)).expect(200);
  });

  it('lets every agent list the colleagues, active teams and organizations a ticket can go to, and nothing more of them', async () => {
    const admin = adminClient(api, 'alpha', alpha.token);
    const viewOnly = (await admin.get('roles').expect(200)).body.find((r: { name: string }) => r.name === 'View only');
    const reader = await addAgent(api, alpha, 'reader@alpha.example', { roleId: viewOnly.id });
    const locked = await addAgent(api, alpha, 'locked@alpha.example');
    await admin.patch(`agents/${locked.id}`, { isLocked: true }).expect(200);
    const team = (await admin.post('teams', { name: 'Second line', leadStaffId: reader.id }).expect(201)).body;
    await admin.post('teams', { name: 'Disbanded' }).expect(201).then(({ body }) => admin.patch(`teams/${body.id}`, { isActive: false }).expect(200));
    const organization = (await admin.post('organizations', { name: 'ETSETB', domains: ['etsetb.example'] }).expect(201)).body;
    const get = async (path: string) => (await api.http().get(`/api/v1/t/alpha/${path}`).set(bearer(reader.token)).expect(200)).body;
    const agents = await get('agents');
    expect(agents.map((a: { email: string }) => a.email)).toEqual(expect.arrayContaining([alpha.manager.email, 'reader@alpha.example']));
    expect(agents.map((a: { email: string }) => a.email)).not.toContain('locked@alpha.example');
    expect(agents.find((a: { id: string }) => a.id === reader.id)).toEqual({ id: reader.id, name: 'reader@alpha.example', email: 'reader@alpha.example', departmentIds: [expect.any(String)], teamIds: [team.id] });
    expect(await get('teams')).toEqual([{ id: team.id, name: 'Second line', memberIds: [reader.id] }]);
    expect(await get('organizations')).toEqual([{ id: organization.id, name: 'ETSETB' }]);
  });

  it('lets every manager in', async () => {
    const deputy = await addAgent(api, alpha, 'deputy@alpha.example', { isManager: true });
    await adminClient(api, 'alpha', deputy.token).get('agents').expect(200);
    await adminClient(api, 'alpha', alpha.token).get('settings').expect(200);
  });

  it('documents every admin route in the OpenAPI description, with examples and the 403', async () => {
    const document = (await api.http().get('/api/docs-json').expect(200)).body;
    for (const route of adminRoutes()) {
      const path = route.path.replace(/:(\w+)/g, '{$1}');
      const operation = document.paths[path]?.[route.method.toLowerCase()];
      expect(`${route.method} ${path}: ${operation ? 'documented' : 'missing'}`).toBe(`${route.method} ${path}: documented`);
      expect(operation.responses).toHaveProperty('403');
      expect(operation.tags).toEqual(['instance administration']);
    }
    const { schemas } = document.components;
    expect(schemas.CreateAgentRequest.properties.email.example).toBe('jordi.vila@example.org');
    expect(schemas.UpdateAgentRequest.required ?? []).toEqual([]);
    expect(Object.keys(schemas.UpdateAgentRequest.properties)).toEqual(expect.arrayContaining(['email', 'roleId', 'isLocked', 'isActive']));
    expect(schemas.PriorityMatrixRequest.properties.bands.items.$ref).toMatch(/PriorityBandRequest/);
  });
});
