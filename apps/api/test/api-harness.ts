import { INestApplication } from '@nestjs/common';
import { Config } from '@tessera/config';
import { TEST_OPERATOR_TOKEN, TestDatabase, createTestDatabase, testConfig } from '@tessera/testing';
import { Client } from 'pg';
import request from 'supertest';
import { createApi } from '../src/app';

export interface Instance {
  id: string;
  slug: string;
  manager: { id: string; email: string; password: string };
  token: string;
}

export interface TestApi {
  app: INestApplication;
  config: Config;
  database: TestDatabase;
  http(): ReturnType<typeof request>;
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
  // Runs SQL as the database owner, outside row-level security: for fixtures no route creates
  // yet and for reading what a request left behind (the outbox).
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

const PLATFORM = '/api/v1/platform';

// The real HTTP application on its own cloned database; one per test file.
export async function startTestApi(overrides: Record<string, string> = {}): Promise<TestApi> {
  const database = await createTestDatabase();
  const config = testConfig(database, overrides);
  const app = await createApi(config);
  await app.init();
  const http = () => request(app.getHttpServer());
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
  const owner = new Client({ connectionString: database.ownerUrl });
  await owner.connect();
  // A test that drops the database ends this connection; an idle client's error event would
  // otherwise fail the run, and any later query fails on its own.
  owner.on('error', () => undefined);
  return {
    app,
    config,
    database,
    http,
    operator,
    login,
    sql: async (text, params) => (await owner.query(text, params)).rows,
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

export function bearer(token: string): { Authorization: string } {
  return { Authorization: `Bearer ${token}` };
}
