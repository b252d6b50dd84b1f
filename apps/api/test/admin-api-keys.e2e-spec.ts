import { randomUUID } from 'node:crypto';
import { ApiKeyService } from '@tessera/auth';
import { TenantDatabase } from '@tessera/database';
import { AdminClient, expectProblem, startAdminApi } from './admin-harness';
import { Instance, TestApi } from './api-harness';

describe('instance admin: API keys', () => {
  let api: TestApi;
  let alpha: Instance;
  let admin: AdminClient;

  beforeAll(async () => {
    ({ api, instance: alpha, admin } = await startAdminApi());
  });

  afterAll(() => api.close());

  const authenticate = (token: string, address: string | null) =>
    api.app.get(TenantDatabase).run(alpha, () => api.app.get(ApiKeyService).authenticate(token, address));

  it('creates a key whose token is shown once and works, and lists keys without tokens', async () => {
    const created = await admin
      .post('api-keys', { name: 'Monitoring', scopes: ['tickets.read', 'tickets.create'], allowedNetworks: ['192.0.2.0/24', '2001:db8::7'] })
      .expect(201);
    expect(created.body).toMatchObject({
      name: 'Monitoring',
      scopes: ['tickets.create', 'tickets.read'],
      allowedNetworks: ['192.0.2.0/24', '2001:db8::7/128'],
      createdByStaffId: alpha.manager.id,
      lastUsedAt: null,
      revokedAt: null,
    });
    const { token } = created.body;
    expect(token).toMatch(/^tsk_[A-Za-z0-9_-]{43}$/);
    expect(await authenticate(token, '192.0.2.10')).toEqual({ apiKeyId: created.body.id, scopes: ['tickets.create', 'tickets.read'] });

    const list = await admin.get('api-keys').expect(200);
    const listed = list.body.find((k: { id: string }) => k.id === created.body.id);
    const { token: _token, ...withoutToken } = created.body;
    expect(listed).toMatchObject({ ...withoutToken, lastUsedAt: expect.any(String) });
    expect(list.text).not.toContain(token);
    expect(Object.keys(listed)).not.toEqual(expect.arrayContaining(['token', 'tokenHash']));
  });

  it('revokes a key at once and keeps it listed', async () => {
    const { body: key } = await admin.post('api-keys', { name: 'Old form', scopes: ['tickets.create'] }).expect(201);
    await authenticate(key.token, null);
    await admin.delete(`api-keys/${key.id}`).expect(204);
    await expect(authenticate(key.token, null)).rejects.toMatchObject({ code: 'auth.unauthenticated' });
    const listed = (await admin.get('api-keys').expect(200)).body.find((k: { id: string }) => k.id === key.id);
    expect(listed.revokedAt).not.toBeNull();
    const one = await admin.get(`api-keys/${key.id}`).expect(200);
    expect(one.body).toEqual(listed);
    expect(JSON.stringify(one.body)).not.toContain(key.token);
    expectProblem(await admin.get(`api-keys/${randomUUID()}`), 404, 'api-key.not-found');
    await admin.delete(`api-keys/${key.id}`).expect(204);
    expect((await admin.get('api-keys').expect(200)).body.find((k: { id: string }) => k.id === key.id).revokedAt).toBe(listed.revokedAt);
    expectProblem(await admin.delete(`api-keys/${randomUUID()}`), 404, 'api-key.not-found');
    expectProblem(await admin.delete('api-keys/old-form'), 400, 'request.bad-request');
  });

  it.each([
    ['an unknown scope', { name: 'X', scopes: ['tickets.create', 'tickets.burn'] }, 'api-key.invalid', { unknown: ['tickets.burn'] }],
    ['no scope', { name: 'X', scopes: [] }, 'api-key.invalid', { field: 'scopes' }],
    ['a network that is not one', { name: 'X', scopes: ['tickets.read'], allowedNetworks: ['office', '10.0.0.0/8'] }, 'api-key.invalid', { invalid: ['office'] }],
    ['no name', { scopes: ['tickets.read'] }, 'request.invalid', {}],
    ['scopes that are not a list', { name: 'X', scopes: 'tickets.read' }, 'request.invalid', {}],
    ['a null network list', { name: 'X', scopes: ['tickets.read'], allowedNetworks: null }, 'request.invalid', {}],
  ])('refuses %s and creates nothing', async (_case, body, code, details) => {
    const before = (await admin.get('api-keys').expect(200)).body;
    const response = await admin.post('api-keys', body);
    expectProblem(response, 400, code);
    expect(response.body).toMatchObject(details);
    expect((await admin.get('api-keys').expect(200)).body).toEqual(before);
  });
});
