import { randomUUID } from 'node:crypto';
import { TenantDatabase } from '@tessera/database';
import { AgentAdminService } from '@tessera/directory';
import { AdminClient, addAgent, adminClient, expectProblem, startAdminApi } from './admin-harness';
import { Instance, TestApi, bearer } from './api-harness';

describe('instance admin: agents', () => {
  let api: TestApi;
  let alpha: Instance;
  let admin: AdminClient;
  let support: string;
  let desk: string;
  let roles: Record<string, string>;

  beforeAll(async () => {
    ({ api, instance: alpha, admin } = await startAdminApi());
    support = (await admin.get('departments').expect(200)).body[0].id;
    desk = (await admin.post('departments', { name: 'Desk' }).expect(201)).body.id;
    roles = Object.fromEntries((await admin.get('roles').expect(200)).body.map((r: { name: string; id: string }) => [r.name, r.id]));
  });

  afterAll(() => api.close());

  const me = (token: string) => api.http().get('/api/v1/t/alpha/auth/me').set(bearer(token));
  const login = (email: string, password: string) => api.http().post('/api/v1/t/alpha/auth/login').send({ email, password });
  const emails = async () => (await admin.get('agents').expect(200)).body.map((a: { email: string }) => a.email).sort();
  const newAgent = (email: string, extra: object = {}) => ({
    email,
    name: 'New Agent',
    password: 'a long enough password',
    primaryDepartmentId: support,
    roleId: roles['Limited access'],
    ...extra,
  });

  function expectNoSecrets(body: unknown): void {
    expect(JSON.stringify(body)).not.toMatch(/argon2|passwordHash|"password"/);
  }

  it('lists and gets agents with their departments, role names and teams, never a password hash', async () => {
    const list = await admin.get('agents').expect(200);
    expect(list.body).toEqual([
      expect.objectContaining({
        id: alpha.manager.id,
        email: alpha.manager.email,
        isManager: true,
        isActive: true,
        isLocked: false,
        roleId: null,
        departments: [{ departmentId: support, departmentName: 'Support', roleId: null, roleName: null, isPrimary: true }],
        teamIds: [],
      }),
    ]);
    expectNoSecrets(list.body);
    expect((await admin.get(`agents/${alpha.manager.id}`).expect(200)).body).toEqual(list.body[0]);
    expectProblem(await admin.get(`agents/${randomUUID()}`), 404, 'directory.not-found');
    expectProblem(await admin.get('agents/7'), 400, 'request.bad-request');
  });

  it('creates an agent with a primary and an extra department who can then sign in', async () => {
    const created = await admin
      .post('agents', newAgent('Jordi.Vila@Alpha.example', {
        name: 'Jordi Vila',
        departments: [{ departmentId: desk, roleId: roles['View only'] }],
        language: 'ca',
        signature: 'Jordi',
      }))
      .expect(201);
    expect(created.body).toMatchObject({
      email: 'jordi.vila@alpha.example',
      name: 'Jordi Vila',
      isManager: false,
      primaryDepartmentId: support,
      roleId: roles['Limited access'],
      language: 'ca',
      signature: 'Jordi',
      lastLoginAt: null,
      departments: [
        { departmentId: support, departmentName: 'Support', roleId: roles['Limited access'], roleName: 'Limited access', isPrimary: true },
        { departmentId: desk, departmentName: 'Desk', roleId: roles['View only'], roleName: 'View only', isPrimary: false },
      ],
    });
    expectNoSecrets(created.body);
    const token = await api.login('alpha', 'jordi.vila@alpha.example', 'a long enough password');
    expect((await me(token).expect(200)).body.staff).toMatchObject({ id: created.body.id, isManager: false });
    // An agent is not a manager: the admin API is closed to them.
    expectProblem(await adminClient(api, 'alpha', token).get('agents'), 403, 'auth.forbidden');
  });

  it('creates a manager without a department', async () => {
    const created = await admin.post('agents', { email: 'boss2@alpha.example', name: 'Second boss', password: 'a long enough password', isManager: true }).expect(201);
    expect(created.body).toMatchObject({ isManager: true, primaryDepartmentId: null, roleId: null, departments: [] });
    const token = await api.login('alpha', 'boss2@alpha.example', 'a long enough password');
    await adminClient(api, 'alpha', token).get('agents').expect(200);
  });

  it.each([
    ['no primary department for an agent', { primaryDepartmentId: null }, 400, 'directory.invalid', 'primaryDepartmentId'],
    ['no role for an agent', { roleId: undefined }, 400, 'directory.invalid', 'roleId'],
    ['the primary department again as an extra one', { departments: [{ departmentId: 'SUPPORT', roleId: 'ROLE' }] }, 400, 'directory.invalid', 'departments'],
    ['an extra department twice', { departments: [{ departmentId: 'DESK', roleId: 'ROLE' }, { departmentId: 'DESK', roleId: 'ROLE' }] }, 400, 'directory.invalid', 'departments'],
    ['an unknown department', { primaryDepartmentId: randomUUID() }, 404, 'directory.not-found', undefined],
    ['an unknown role', { roleId: randomUUID() }, 404, 'directory.not-found', undefined],
    ['an unknown extra role', { departments: [{ departmentId: 'DESK', roleId: randomUUID() }] }, 404, 'directory.not-found', undefined],
    ['a short password', { password: 'short' }, 400, 'auth.weak-password', 'password'],
    ['a taken e-mail, whatever its case', { email: 'MANAGER@alpha.example' }, 409, 'auth.email-taken', undefined],
  ])('refuses %s and creates nothing', async (_case, extra, status, code, field) => {
    const swap = (value: unknown) => (value === 'SUPPORT' ? support : value === 'DESK' ? desk : value === 'ROLE' ? roles['View only'] : value);
    const departments = (extra as { departments?: { departmentId: string; roleId: string }[] }).departments?.map((d) => ({
      departmentId: swap(d.departmentId),
      roleId: swap(d.roleId),
    }));
    const before = await emails();
    const response = await admin.post('agents', newAgent('refused@alpha.example', { ...extra, ...(departments ? { departments } : {}) }));
    expectProblem(response, status, code);
    if (field) expect(response.body.field).toBe(field);
    expect(await emails()).toEqual(before);
  });

  it.each([
    ['an unknown language', { language: 'fr' }, 'language'],
    ['an extra department without a role', { departments: [{ departmentId: randomUUID() }] }, 'departments.0.roleId'],
    ['an e-mail that is not one', { email: 'jordi' }, 'email'],
    ['an unknown field', { admin: true }, 'admin'],
  ])('refuses %s with request.invalid', async (_case, extra, field) => {
    const response = await admin.post('agents', newAgent('invalid@alpha.example', extra));
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('updates the profile, the departments and the e-mail used to sign in', async () => {
    const agent = await addAgent(api, alpha, 'mover@alpha.example');
    const updated = await admin
      .patch(`agents/${agent.id}`, {
        name: 'Moved Agent',
        email: 'moved@alpha.example',
        primaryDepartmentId: desk,
        roleId: roles['Expanded access'],
        departments: [{ departmentId: support, roleId: roles['View only'] }],
        language: 'de',
        signature: 'Grüße',
      })
      .expect(200);
    expect(updated.body).toMatchObject({
      name: 'Moved Agent',
      email: 'moved@alpha.example',
      language: 'de',
      signature: 'Grüße',
      departments: [
        { departmentId: desk, roleName: 'Expanded access', isPrimary: true },
        { departmentId: support, roleName: 'View only', isPrimary: false },
      ],
    });
    expectProblem(await login('mover@alpha.example', agent.password), 401, 'auth.invalid-credentials');
    await login('moved@alpha.example', agent.password).expect(200);
    // The session opened before the change goes on: only the address changed.
    await me(agent.token).expect(200);

    const cleared = await admin.patch(`agents/${agent.id}`, { departments: [], language: null }).expect(200);
    expect(cleared.body).toMatchObject({ language: null, departments: [expect.objectContaining({ departmentId: desk, isPrimary: true })] });
    // Moving the primary department onto an extra one is refused.
    const clash = await admin.patch(`agents/${agent.id}`, { departments: [{ departmentId: desk, roleId: roles['View only'] }] });
    expectProblem(clash, 400, 'directory.invalid');
    expectProblem(await admin.patch(`agents/${agent.id}`, { email: alpha.manager.email }), 409, 'auth.email-taken');
    expectProblem(await admin.patch(`agents/${agent.id}`, {}), 400, 'request.empty');
    expectProblem(await admin.patch(`agents/${agent.id}`, { isActive: null }), 400, 'request.invalid');
    expectProblem(await admin.patch(`agents/${randomUUID()}`, { name: 'Ghost' }), 404, 'directory.not-found');
    expect((await admin.get(`agents/${agent.id}`).expect(200)).body.email).toBe('moved@alpha.example');
  });

  it('ends the sessions on a new password, which then replaces the old one', async () => {
    const agent = await addAgent(api, alpha, 'forgetful@alpha.example');
    expectProblem(await admin.patch(`agents/${agent.id}`, { password: 'short' }), 400, 'auth.weak-password');
    await me(agent.token).expect(200);
    await admin.patch(`agents/${agent.id}`, { password: 'a brand new passphrase' }).expect(200);
    expectProblem(await me(agent.token), 401, 'auth.unauthenticated');
    expectProblem(await login(agent.email, agent.password), 401, 'auth.invalid-credentials');
    await login(agent.email, 'a brand new passphrase').expect(200);
  });

  it.each([
    ['locking', { isLocked: true }, { isLocked: false }],
    ['deactivating', { isActive: false }, { isActive: true }],
  ])('ends the sessions and refuses sign-in when %s, until undone', async (_case, change, undo) => {
    const agent = await addAgent(api, alpha, `${Object.keys(change)[0]}@alpha.example`);
    const second = await api.login('alpha', agent.email, agent.password);
    const changed = await admin.patch(`agents/${agent.id}`, change).expect(200);
    expect(changed.body).toMatchObject(change);
    for (const token of [agent.token, second]) expectProblem(await me(token), 401, 'auth.unauthenticated');
    expectProblem(await login(agent.email, agent.password), 401, 'auth.invalid-credentials');
    await admin.patch(`agents/${agent.id}`, undo).expect(200);
    await me(await api.login('alpha', agent.email, agent.password)).expect(200);
  });

  it('refuses a manager demoting, locking or deactivating their own account', async () => {
    for (const change of [{ isManager: false, roleId: roles['View only'] }, { isLocked: true }, { isActive: false }]) {
      expectProblem(await admin.patch(`agents/${alpha.manager.id}`, change), 409, 'agent.own-account');
    }
    const self = await admin.get(`agents/${alpha.manager.id}`).expect(200);
    expect(self.body).toMatchObject({ isManager: true, isActive: true, isLocked: false, roleId: null });
    await me(alpha.token).expect(200);
    // Other changes to one's own account are fine.
    await admin.patch(`agents/${alpha.manager.id}`, { signature: 'The manager' }).expect(200);
  });

  it('lets a manager demote another one, who loses the admin API at once', async () => {
    const other = await addAgent(api, alpha, 'deputy@alpha.example', { isManager: true });
    const deputy = adminClient(api, 'alpha', other.token);
    await deputy.get('agents').expect(200);
    // A demoted manager becomes an agent and needs a role in the primary department.
    expectProblem(await admin.patch(`agents/${other.id}`, { isManager: false, roleId: null }), 400, 'directory.invalid');
    await admin.patch(`agents/${other.id}`, { isManager: false }).expect(200);
    expectProblem(await deputy.get('agents'), 403, 'auth.forbidden');
    await me(other.token).expect(200);
  });

  it('never leaves the instance without an active manager, even when two managers demote each other at once', async () => {
    // An instance of its own with exactly two managers.
    const bravo = await api.provision('bravo');
    const other = await addAgent(api, bravo, 'second-boss@bravo.example', { isManager: true });
    const viewOnly = (await adminClient(api, 'bravo', bravo.token).get('roles').expect(200)).body.find((r: { name: string }) => r.name === 'View only');
    const demote = { isManager: false, roleId: viewOnly.id };
    const [a, b] = await Promise.all([
      adminClient(api, 'bravo', bravo.token).patch(`agents/${other.id}`, demote),
      adminClient(api, 'bravo', other.token).patch(`agents/${bravo.manager.id}`, demote),
    ]);
    expect([a.status, b.status].filter((status) => status === 200)).toHaveLength(1);
    for (const refused of [a, b].filter((r) => r.status !== 200)) {
      expect(['agent.last-manager', 'auth.forbidden']).toContain(refused.body.code);
    }
    const [survivor, token] = a.status === 200 ? [bravo.manager.id, bravo.token] : [other.id, other.token];
    const left = (await adminClient(api, 'bravo', token).get('agents').expect(200)).body;
    expect(left.filter((agent: { isManager: boolean }) => agent.isManager).map((agent: { id: string }) => agent.id)).toEqual([survivor]);

    // Outside a request (no acting manager), the rule holds on its own.
    const lockLast = api.app.get(TenantDatabase).run(bravo, () => api.app.get(AgentAdminService).update(survivor, { isLocked: true }, 'maintenance'));
    await expect(lockLast).rejects.toMatchObject({ code: 'agent.last-manager' });
  });
});
