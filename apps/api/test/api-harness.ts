import { INestApplication } from '@nestjs/common';
import { Config } from '@tessera/config';
import { TEST_OPERATOR_TOKEN, TestDatabase, createTestDatabase, testConfig } from '@tessera/testing';
import { Pool, QueryResult, QueryResultRow } from 'pg';
import request from 'supertest';
import type { Response } from 'supertest';
import { createApi } from '../src/app';

export interface Instance {
  id: string;
  slug: string;
  manager: { id: string; email: string; password: string };
  token: string;
}

// An agent as the tests need one. Departments and teams are named and created when missing;
// roles are named as the instance's roles ("All access", "Limited access", ...).
export interface AgentFixture {
  name: string;
  // The role in the primary department.
  role: string;
  // The primary department; by default the instance's first one.
  department?: string;
  // Extra departments, each with the role there.
  departments?: Record<string, string>;
  teams?: string[];
  isManager?: boolean;
}

export interface Agent {
  id: string;
  email: string;
  password: string;
  token: string;
  departmentIds: Record<string, string>;
  teamIds: Record<string, string>;
}

export interface TestApi {
  app: INestApplication;
  config: Config;
  database: TestDatabase;
  http(): ReturnType<typeof request>;
  // The app on a real port, for clients that read a response while it streams; listens once.
  url(): Promise<string>;
  // Operator-authenticated requests to the platform API.
  operator: {
    get(path: string): request.Test;
    post(path: string, body?: object): request.Test;
    patch(path: string, body: object): request.Test;
    delete(path: string): request.Test;
  };
  // Creates an instance through the platform API and signs its manager in.
  provision(slug: string, extra?: { defaultLanguage?: string; timezone?: string }): Promise<Instance>;
  login(slug: string, email: string, password: string): Promise<string>;
  // Writes an agent with departments, roles and teams, and signs them in through the login route.
  addAgent(instance: Instance, agent: AgentFixture): Promise<Agent>;
  // An organization with these requesters (created when missing) as members.
  addOrganization(instance: Instance, name: string, memberEmails: string[]): Promise<string>;
  // Runs SQL as the database owner, outside row-level security: for fixtures no route creates
  // yet and for reading what a request left behind (the outbox).
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  // The same, with the driver's whole result (row counts of updates).
  ownerQuery<Row extends QueryResultRow = QueryResultRow>(text: string, params?: unknown[]): Promise<QueryResult<Row>>;
  close(): Promise<void>;
}

const PLATFORM = '/api/v1/platform';

export interface TestApiOptions {
  // A database of the test's own making (a private server a fault test may restart); by
  // default one cloned from the shared server's template.
  database?: TestDatabase;
}

// The real HTTP application on its own cloned database; one per test file.
export async function startTestApi(overrides: Record<string, string> = {}, options: TestApiOptions = {}): Promise<TestApi> {
  const database = options.database ?? (await createTestDatabase());
  const config = testConfig(database, overrides);
  const app = await createApi(config);
  await app.init();
  const http = () => request(app.getHttpServer());
  let listening: Promise<string> | undefined;
  const url = () => (listening ??= app.listen(0, '127.0.0.1').then(() => app.getUrl()));
  const auth = (test: request.Test) => test.set('Authorization', `Bearer ${TEST_OPERATOR_TOKEN}`);
  const operator = {
    get: (path: string) => auth(http().get(`${PLATFORM}${path}`)),
    post: (path: string, body?: object) => auth(http().post(`${PLATFORM}${path}`)).send(body),
    patch: (path: string, body: object) => auth(http().patch(`${PLATFORM}${path}`)).send(body),
    delete: (path: string) => auth(http().delete(`${PLATFORM}${path}`)),
  };
  const login = async (slug: string, email: string, password: string) => {
    const response = await http().post(`/api/v1/t/${slug}/auth/login`).send({ email, password });
    if (response.status !== 200) throw new Error(`login to ${slug} failed: ${response.status} ${response.text}`);
    return response.body.token as string;
  };
  // A pool, not one connection: a test that restarts the database server reads on afterwards.
  // Tests that drop the database end its connections; an idle one's error event must not fail
  // the run, and any later query fails on its own.
  const owner = new Pool({ connectionString: database.ownerUrl, max: 2 });
  owner.on('error', () => undefined);
  const ownerQuery = <Row extends QueryResultRow = QueryResultRow>(text: string, params?: unknown[]) => owner.query<Row>(text, params);
  const sql = async <T = Record<string, unknown>>(text: string, params?: unknown[]) => (await owner.query(text, params)).rows as T[];
  // The id of the named row, inserted when missing (names are unique per instance).
  // The id of the department, team or organization of this name, created when missing.
  const named = async (admin: AdminClient, path: string, name: string): Promise<string> => {
    const listed = (await admin.get(path).expect(200)).body;
    const found = (Array.isArray(listed) ? listed : listed.items).find((item: { name: string }) => item.name === name);
    return found?.id ?? (await admin.post(path, { name }).expect(201)).body.id;
  };
  return {
    app,
    config,
    database,
    http,
    url,
    operator,
    login,
    sql,
    ownerQuery,
    // Both go through the admin API, as a manager would.
    async addAgent(instance, agent) {
      const admin = adminClient({ http }, instance.slug, instance.token);
      const email = `${agent.name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@${instance.slug}.example`;
      const password = `password of ${email}`;
      const roles: { id: string; name: string }[] = (await admin.get('roles').expect(200)).body;
      const roleId = (name: string) => {
        const role = roles.find((r) => r.name === name);
        if (!role) throw new Error(`No role "${name}" in ${instance.slug}`);
        return role.id;
      };
      // By default the department the instance started with, which is its manager's.
      const me = (await http().get(`/api/v1/t/${instance.slug}/auth/me`).set(bearer(instance.token)).expect(200)).body.staff;
      const departments: { id: string; name: string }[] = (await admin.get('departments').expect(200)).body;
      const primary = agent.department ?? departments.find((d) => d.id === me.primaryDepartmentId)!.name;
      const departmentIds: Record<string, string> = {};
      for (const name of [primary, ...Object.keys(agent.departments ?? {})]) departmentIds[name] = await named(admin, 'departments', name);
      const created = await admin.post('agents', {
        email,
        name: agent.name,
        password,
        isManager: agent.isManager ?? false,
        primaryDepartmentId: departmentIds[primary],
        roleId: roleId(agent.role),
        departments: Object.entries(agent.departments ?? {}).map(([name, role]) => ({ departmentId: departmentIds[name], roleId: roleId(role) })),
      });
      if (created.status !== 201) throw new Error(`creating agent ${email} failed: ${created.status} ${created.text}`);
      const id: string = created.body.id;
      const teamIds: Record<string, string> = {};
      for (const team of agent.teams ?? []) {
        teamIds[team] = await named(admin, 'teams', team);
        const members: string[] = (await admin.get(`teams/${teamIds[team]}`).expect(200)).body.memberIds;
        await admin.put(`teams/${teamIds[team]}/members`, { staffIds: [...members, id] }).expect(200);
      }
      return { id, email, password, token: await login(instance.slug, email, password), departmentIds, teamIds };
    },
    async addOrganization(instance, name, memberEmails) {
      const admin = adminClient({ http }, instance.slug, instance.token);
      const organizationId = await named(admin, 'organizations', name);
      for (const email of memberEmails) {
        const found = (await admin.get(`requesters?q=${encodeURIComponent(email)}`).expect(200)).body.items.find((r: { emails: string[] }) => r.emails.includes(email));
        if (found) await admin.patch(`requesters/${found.id}`, { organizationIds: [...found.organizationIds, organizationId] }).expect(200);
        else await admin.post('requesters', { name: email.split('@')[0], emails: [email], organizationIds: [organizationId] }).expect(201);
      }
      return organizationId;
    },
    async provision(slug, extra = {}) {
      const manager = { email: `manager@${slug}.example`, name: `Manager of ${slug}`, password: `password of ${slug}` };
      const response = await operator.post('/tenants', { slug, name: `Instance ${slug}`, manager, ...extra });
      if (response.status !== 201) throw new Error(`provisioning ${slug} failed: ${response.status} ${response.text}`);
      const token = await login(slug, manager.email, manager.password);
      return { id: response.body.id, slug, manager: { id: response.body.manager.id, ...manager }, token };
    },
    async close() {
      await owner.end();
      await app.close();
      await database.drop();
    },
  };
}

// Requests to /api/v1/t/{slug}/admin/... with a manager's (or any agent's) token.
export interface AdminClient {
  get(path: string): request.Test;
  post(path: string, body?: object): request.Test;
  patch(path: string, body: object): request.Test;
  put(path: string, body: object): request.Test;
  delete(path: string): request.Test;
}

export function adminClient(api: Pick<TestApi, 'http'>, slug: string, token: string): AdminClient {
  const http = () => api.http();
  const url = (path: string) => `/api/v1/t/${slug}/admin/${path}`;
  const auth = (test: request.Test) => test.set(bearer(token));
  return {
    get: (path) => auth(http().get(url(path))),
    post: (path, body) => auth(http().post(url(path))).send(body),
    patch: (path, body) => auth(http().patch(url(path))).send(body),
    put: (path, body) => auth(http().put(url(path))).send(body),
    delete: (path) => auth(http().delete(url(path))),
  };
}

export function bearer(token: string): { Authorization: string } {
  return { Authorization: `Bearer ${token}` };
}

export const at = (slug: string, path: string) => `/api/v1/t/${slug}/${path}`;

export type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

// One request to /api/v1/t/{slug}/{path} with an agent's (or API key's) token, and the body when given.
export function instanceRequest(api: Pick<TestApi, 'http'>, slug: string, token: string, method: Method, path: string, body?: object): request.Test {
  const test = api.http()[method](at(slug, path)).set(bearer(token));
  return body === undefined ? test : test.send(body);
}

export function expectProblem(response: Response, status: number, code: string): void {
  expect({ status: response.status, body: response.body }).toMatchObject({ status, body: { status, code } });
  expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
  expect(response.body.type).toBe(`urn:tessera:problem:${code}`);
  if (status === 401) expect(response.headers['www-authenticate']).toBe('Bearer');
}

// The owner connection is not bound by row-level security: it stands for an administrator (or
// the mail worker reading the outbox).
export async function asOwner<Row extends QueryResultRow = QueryResultRow>(api: TestApi, sql: string, params: unknown[]): Promise<QueryResult<Row>> {
  return api.ownerQuery<Row>(sql, params);
}

