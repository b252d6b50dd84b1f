import { Test } from '@nestjs/testing';
import { ConfigModule } from '@tessera/config';
import { DatabaseModule, TenantDatabase, TenantRef, newId } from '@tessera/database';
import { TestDatabase, createTestDatabase, testConfig } from '@tessera/testing';
import { ClsModule } from 'nestjs-cls';
import { DataSource } from 'typeorm';
import { ApiKey } from './api-key.entity';
import { ApiKeyService, NewApiKey } from './api-key.service';
import { AuthError } from './auth.errors';
import { hashToken } from './session-token';

describe('API keys on a real database', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let db: TenantDatabase;
  let keys: ApiKeyService;
  let close: () => Promise<void>;
  const a: TenantRef = { id: newId(), slug: 'keys-a' };
  const b: TenantRef = { id: newId(), slug: 'keys-b' };

  beforeAll(async () => {
    database = await createTestDatabase();
    const module = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(testConfig(database)), ClsModule.forRoot({ global: true }), DatabaseModule.forRoot({ entities: [ApiKey], applicationName: 'api-key-test' })],
      providers: [ApiKeyService],
    }).compile();
    await module.init();
    dataSource = module.get(DataSource);
    db = module.get(TenantDatabase);
    keys = module.get(ApiKeyService);
    close = () => module.close();
    for (const t of [a, b]) await dataSource.query('insert into tenants (id, slug, name) values ($1, $2, $2)', [t.id, t.slug]);
  });

  afterAll(async () => {
    await close();
    await database.drop();
  });

  const create = (tenant: TenantRef, input: Partial<NewApiKey> = {}) =>
    db.run(tenant, () => keys.create({ name: 'Monitoring', scopes: ['tickets.create'], ...input }, null));
  const authenticate = (tenant: TenantRef, token: string, address: string | null) => db.run(tenant, () => keys.authenticate(token, address));
  const lastUsed = async (tenant: TenantRef, id: string) => (await db.run(tenant, () => keys.get(id))).lastUsedAt;

  async function refusal(promise: Promise<unknown>): Promise<{ kind: string; code: string }> {
    const error = await promise.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AuthError);
    const { kind, code } = error as AuthError;
    return { kind, code };
  }

  it('hands out the token once and keeps only its SHA-256', async () => {
    const { apiKey, token } = await create(a);
    expect(token).toMatch(/^tsk_[A-Za-z0-9_-]{43}$/);
    const [row] = await db.run(a, (m) => m.query('select token_hash from api_keys where id = $1', [apiKey.id]));
    expect(row.token_hash.equals(hashToken(token))).toBe(true);
    expect(apiKey.tokenHash).toBeUndefined();
    expect(JSON.stringify(await db.run(a, () => keys.list()))).not.toContain(token);
  });

  it('authenticates a key from anywhere when it names no network, and records the use', async () => {
    const { apiKey, token } = await create(a, { scopes: ['tickets.read', 'tickets.create'] });
    expect(await lastUsed(a, apiKey.id)).toBeNull();
    for (const address of ['198.51.100.9', '2001:db8::1', null]) {
      expect(await authenticate(a, token, address)).toEqual({ apiKeyId: apiKey.id, scopes: ['tickets.create', 'tickets.read'] });
    }
    expect(await lastUsed(a, apiKey.id)).toBeInstanceOf(Date);
  });

  it('lets a restricted key in only from its networks, comparing in the database', async () => {
    const { apiKey, token } = await create(a, { allowedNetworks: ['192.0.2.0/24', '203.0.113.7', '2001:db8::/32'] });
    expect(apiKey.allowedNetworks).toEqual(['192.0.2.0/24', '203.0.113.7/32', '2001:db8::/32']);
    for (const address of ['192.0.2.77', '::ffff:192.0.2.77', '203.0.113.7', '2001:db8:1::9']) {
      expect((await authenticate(a, token, address)).apiKeyId).toBe(apiKey.id);
    }
    const usedAt = await lastUsed(a, apiKey.id);
    for (const address of ['192.0.3.1', '203.0.113.8', '2001:db9::1', null, 'not-an-address']) {
      expect(await refusal(authenticate(a, token, address))).toEqual({ kind: 'forbidden', code: 'auth.forbidden' });
    }
    // Refused uses are not recorded as uses.
    expect(await lastUsed(a, apiKey.id)).toEqual(usedAt);
  });

  it('clears host bits of a network it stores', async () => {
    const { apiKey, token } = await create(a, { allowedNetworks: ['10.1.2.3/8'] });
    expect(apiKey.allowedNetworks).toEqual(['10.0.0.0/8']);
    expect((await authenticate(a, token, '10.200.0.1')).apiKeyId).toBe(apiKey.id);
  });

  it('refuses unknown, malformed, revoked and foreign keys as unauthenticated', async () => {
    const { apiKey, token } = await create(a);
    const unauthenticated = { kind: 'unauthenticated', code: 'auth.unauthenticated' };
    expect(await refusal(authenticate(b, token, null))).toEqual(unauthenticated);
    expect(await refusal(authenticate(a, `tsk_${'A'.repeat(43)}`, null))).toEqual(unauthenticated);
    expect(await refusal(authenticate(a, token.replace('tsk_', 'tss_'), null))).toEqual(unauthenticated);
    expect(await refusal(authenticate(a, `${token}x`, null))).toEqual(unauthenticated);
    await authenticate(a, token, null);
    const revoked = await db.run(a, () => keys.revoke(apiKey.id));
    expect(revoked.revokedAt).toBeInstanceOf(Date);
    expect(await refusal(authenticate(a, token, null))).toEqual(unauthenticated);
    // Revoking again keeps the first time.
    expect((await db.run(a, () => keys.revoke(apiKey.id))).revokedAt).toEqual(revoked.revokedAt);
    expect(await refusal(db.run(b, () => keys.revoke(apiKey.id)))).toEqual({ kind: 'not_found', code: 'api-key.not-found' });
  });

  it.each([
    ['an unknown scope', { scopes: ['tickets.create', 'tickets.delete'] }, 'scopes'],
    ['no scope', { scopes: [] }, 'scopes'],
    ['a network that is not one', { allowedNetworks: ['192.0.2.0/24', 'office'] }, 'allowedNetworks'],
    ['a prefix too long', { allowedNetworks: ['192.0.2.0/33'] }, 'allowedNetworks'],
    ['a blank name', { name: '  ' }, 'name'],
  ])('refuses %s', async (_case, input, field) => {
    const before = (await db.run(a, () => keys.list())).length;
    const error = await create(a, input).catch((caught: AuthError) => caught);
    expect(error).toMatchObject({ kind: 'invalid', code: 'api-key.invalid', details: { field } });
    expect((await db.run(a, () => keys.list())).length).toBe(before);
  });
});
