import type { Response } from 'supertest';
import request from 'supertest';
import { TEST_OPERATOR_TOKEN } from '@tessera/testing';
import { Instance, TestApi, bearer, startTestApi } from './api-harness';
import { openTicket, registerRequester } from './portal-harness';

interface Schema {
  type?: string;
  format?: string;
  $ref?: string;
  properties?: Record<string, Schema>;
  allOf?: Schema[];
}

interface Operation {
  parameters?: { name: string; in: string; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}

interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

// A small seeded generator (mulberry32): the same cases on every run.
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Case {
  what: string;
  path: string;
  body?: string | Buffer;
}

const WRITES = ['post', 'put', 'patch', 'delete'];
const nested = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

// Every writing route of the OpenAPI document the API publishes, sent hostile bodies, paths and
// cursors against the real database: nothing answers 5xx, every refusal is problem+json, and no
// refused request changes a row of the instance (or the control plane).
describe('the API under fuzzed input', () => {
  let api: TestApi;
  let desk: Instance;
  let document: Document;
  let reference: string;
  let requesterToken: string;
  let checksum: () => Promise<string>;

  beforeAll(async () => {
    api = await startTestApi();
    desk = await api.provision('fuzz');
    const requester = await registerRequester(api, desk, 'fuzz@example.org', 'Fuzz');
    requesterToken = requester.token;
    reference = await openTicket(api, desk.slug, requester.token);
    document = (await api.http().get('/api/docs-json').expect(200)).body;
    const tables = await api.sql<{ table_name: string }>(
      "select table_name from information_schema.columns where table_schema = 'public' and column_name = 'tenant_id' order by table_name",
    );
    const parts = tables.map(({ table_name: name }) => `select '${name}' as t, count(*) as n, coalesce(sum(hashtext(x::text)), 0) as h from "${name}" x where tenant_id = $1`);
    parts.push("select 'tenants', count(*), coalesce(sum(hashtext(x::text)), 0) from tenants x");
    checksum = async () => JSON.stringify(await api.sql(parts.join(' union all ') + ' order by 1', [desk.id]));
  });

  afterAll(() => api.close());

  const resolve = (schema: Schema): Schema => {
    if (schema.$ref) return resolve(document.components.schemas[schema.$ref.split('/').pop()!]);
    if (schema.allOf) return schema.allOf.map(resolve).reduce((all, part) => ({ ...all, ...part, properties: { ...all.properties, ...part.properties } }), {} as Schema);
    return schema;
  };

  // A value of the wrong type for a property: every validator refuses it.
  const wrong = (schema: Schema): unknown => {
    const type = resolve(schema).type;
    if (type === 'string' || type === 'number' || type === 'integer' || type === 'boolean') return {};
    if (type === 'array' || type === 'object' || schema.$ref) return 'x';
    return undefined;
  };

  const auth = (path: string, test: request.Test): request.Test => {
    if (path.startsWith('/api/v1/platform')) return test.set(bearer(TEST_OPERATOR_TOKEN));
    if (path.includes('/portal/')) return test.set(bearer(requesterToken));
    return test.set(bearer(desk.token));
  };

  const fill = (template: string, operation: Operation, override?: (name: string, schema?: Schema) => string | undefined) =>
    template.replace(/\{([^}]+)\}/g, (_match, name: string) => {
      const schema = operation.parameters?.find((p) => p.in === 'path' && p.name === name)?.schema;
      const chosen = override?.(name, schema);
      if (chosen !== undefined) return chosen;
      if (name === 'slug') return desk.slug;
      if (name === 'reference') return encodeURIComponent(reference);
      return '0190a0b0-0000-4000-8000-000000000001';
    });

  function cases(template: string, operation: Operation, next: () => number): Case[] {
    const path = fill(template, operation);
    const list: Case[] = [
      { what: 'nested 3000 deep', path, body: nested(3000) },
      { what: 'over 1 MB', path, body: JSON.stringify({ x: 'x'.repeat(1024 * 1024) }) },
      { what: 'a NUL character', path, body: JSON.stringify({ name: 'a\u0000b', subject: '\u0000' }) },
      { what: 'a lone surrogate', path, body: '{"name":"\\ud800","message":"a\\udc00"}' },
      { what: 'bytes that are not UTF-8', path, body: Buffer.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]) },
      { what: 'malformed JSON', path, body: '{"name":' },
    ];
    if (template.includes('{')) {
      list.push({ what: 'NUL in the path', path: fill(template, operation, () => '%00') });
      if (operation.parameters?.some((p) => p.in === 'path' && p.schema?.format === 'uuid')) {
        list.push({ what: 'a bad id', path: fill(template, operation, (_name, schema) => (schema?.format === 'uuid' ? 'not-a-uuid' : undefined)) });
      }
      if (template.includes('{reference}')) list.push({ what: 'an unknown reference', path: fill(template, operation, (name) => (name === 'reference' ? 'nope%23999999' : undefined)) });
    }
    const json = operation.requestBody?.content['application/json']?.schema;
    const properties = Object.entries(json ? resolve(json).properties ?? {} : {}).filter(([, schema]) => wrong(schema) !== undefined);
    // Up to three properties, chosen by the seed, each sent with a value of the wrong type.
    for (let picked = 0; picked < 3 && properties.length > 0; picked++) {
      const [name, schema] = properties.splice(Math.floor(next() * properties.length), 1)[0];
      list.push({ what: `${name} of the wrong type`, path, body: JSON.stringify({ [name]: wrong(schema) }) });
    }
    return list;
  }

  it('answers every hostile request to a writing route with a 4xx problem and writes nothing', async () => {
    const next = random(20261202);
    const failures: string[] = [];
    let sent = 0;
    const started = Date.now();
    for (const [template, methods] of Object.entries(document.paths).sort(([a], [b]) => a.localeCompare(b))) {
      for (const method of WRITES.filter((m) => methods[m])) {
        const before = await checksum();
        for (const item of cases(template, methods[method], next)) {
          const test = auth(item.path, api.http()[method as 'post'](item.path));
          // serialize: the bytes as they are; superagent would otherwise turn a Buffer into JSON.
          const response: Response = item.body === undefined ? await test : await test.set('Content-Type', 'application/json').serialize((sent: string) => sent).send(item.body as string);
          sent++;
          const label = `${method.toUpperCase()} ${template} with ${item.what}: ${response.status}`;
          if (response.status < 400 || response.status >= 500) failures.push(`${label} ${response.text.slice(0, 200)}`);
          else if (!/application\/problem\+json/.test(response.headers['content-type'] ?? '')) failures.push(`${label} as ${response.headers['content-type']}`);
        }
        if ((await checksum()) !== before) failures.push(`${method.toUpperCase()} ${template}: a refused request changed the data`);
      }
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(500);
    expect(Date.now() - started).toBeLessThan(50_000);
  }, 90_000);

  it('refuses bad cursors and paging values on every list', async () => {
    const failures: string[] = [];
    let lists = 0;
    for (const [template, methods] of Object.entries(document.paths)) {
      const operation = methods.get;
      if (!operation?.parameters?.some((p) => p.in === 'query' && p.name === 'cursor')) continue;
      lists++;
      // Cursors that decode, with a sort key no column holds: the database must not be the one to refuse.
      const forged = (key: unknown) => `cursor=${Buffer.from(JSON.stringify([key, '0190a0b0-0000-4000-8000-000000000001'])).toString('base64url')}`;
      const refused = ['cursor=garbage', 'cursor=%00', 'limit=x', 'limit=100000', 'cursor[a]=1'];
      // A forged cursor may name a place in some list; it must never reach the database as an error.
      for (const query of [...refused, forged('\u0000'), forged('not a date'), forged(1e308)]) {
        const path = `${fill(template, operation)}?${query}`;
        const response = await auth(path, api.http().get(path));
        const problem = /application\/problem\+json/.test(response.headers['content-type'] ?? '');
        const bad = response.status >= 500 || (response.status >= 400 && !problem) || (refused.includes(query) && response.status < 400);
        if (bad) failures.push(`GET ${template}?${query}: ${response.status} ${response.text.slice(0, 200)}`);
      }
    }
    expect(lists).toBeGreaterThan(3);
    expect(failures).toEqual([]);
  });
});
