import { freePort, testLdapServer } from '@tessera/testing';
import { AdminClient, expectProblem, startAdminApi } from './admin-harness';
import { Instance, TestApi, at, bearer } from './api-harness';

// Sign-in through the instance's LDAP directory, against the slapd tools/test runs.
describe('LDAP per instance', () => {
  const ldap = testLdapServer();
  let api: TestApi;
  let instance: Instance;
  let admin: AdminClient;
  let roleId: string;

  const settings = (extra: object = {}) => ({
    url: ldap.url,
    bindDn: ldap.bindDn,
    bindPassword: ldap.bindPassword,
    searchBase: ldap.people,
    searchFilter: '(&(objectClass=inetOrgPerson)(|(uid={{username}})(mail={{username}})))',
    ...extra,
  });
  const login = (email: string, password: string) => api.http().post(at(instance.slug, 'auth/login')).send({ email, password });

  beforeAll(async () => {
    ({ api, instance, admin } = await startAdminApi('ldap-desk'));
    roleId = (await admin.get('roles').expect(200)).body[0].id;
  });

  afterAll(() => api.close());

  it('keeps one directory per instance, its bind password sealed and never returned', async () => {
    expectProblem(await admin.get('ldap'), 404, 'ldap.not-configured');
    const saved = await admin.put('ldap', settings()).expect(200);
    expect(saved.body).toMatchObject({
      url: ldap.url,
      startTls: false,
      bindDn: ldap.bindDn,
      hasBindPassword: true,
      nameAttribute: 'cn',
      emailAttribute: 'mail',
      phoneAttribute: 'telephoneNumber',
      departmentAttribute: 'departmentNumber',
      forAgents: true,
      forRequesters: false,
      autoProvision: false,
    });
    const read = await admin.get('ldap').expect(200);
    for (const text of [saved.text, read.text]) {
      expect(text).not.toContain(ldap.bindPassword);
      expect(text).not.toMatch(/bindSecret|bindPassword|tenantId/);
    }
    const [row] = await api.sql<{ bind_secret: Buffer }>('select bind_secret from ldap_directories where tenant_id = $1', [instance.id]);
    expect(row.bind_secret.includes(Buffer.from(ldap.bindPassword))).toBe(false);
    // Saved again without the password: the stored one stays.
    const { bindPassword: _kept, ...withoutPassword } = settings();
    expect((await admin.put('ldap', withoutPassword).expect(200)).body.hasBindPassword).toBe(true);
  });

  it('refuses settings it could not use, in the person’s language', async () => {
    expectProblem(await admin.put('ldap', settings({ url: 'http://ldap.example.org' })), 400, 'ldap.invalid');
    expectProblem(await admin.put('ldap', settings({ searchFilter: '(uid=marta)' })), 400, 'ldap.invalid');
    expectProblem(await admin.put('ldap', settings({ searchFilter: '(&(uid={{username}})' })), 400, 'ldap.invalid');
    expectProblem(await admin.put('ldap', settings({ url: 'ldaps://ldap.example.org', startTls: true })), 400, 'ldap.invalid');
    expectProblem(await admin.put('ldap', settings({ autoProvision: true })), 400, 'ldap.invalid');
    const german = await admin.put('ldap', settings({ searchFilter: '(uid=marta)' })).set('Accept-Language', 'de');
    expect(german.body).toMatchObject({ code: 'ldap.invalid', field: 'searchFilter' });
    expect(german.body.detail).toMatch(/Verzeichniseinstellungen/);
    // Nothing of the refused settings was kept.
    expect((await admin.get('ldap').expect(200)).body.searchFilter).toBe(settings().searchFilter);
  });

  it('tests the connection: what the filter finds, or what is wrong', async () => {
    await admin.put('ldap', settings()).expect(200);
    const found = await admin.post('ldap/test').expect(200);
    expect(found.body.sample.length).toBeGreaterThan(0);
    expect(found.body.sample).toContainEqual({
      dn: `uid=marta,${ldap.people}`,
      name: 'Marta Puig',
      email: 'marta.puig@example.org',
      phone: '+34 600 000 001',
      department: 'Support',
    });

    await admin.put('ldap', settings({ bindPassword: 'not the admin password' })).expect(200);
    const refused = await admin.post('ldap/test').set('Accept-Language', 'ca');
    expectProblem(refused, 400, 'ldap.bind-rejected');
    expect(refused.body.detail).toMatch(/compte de servei/);

    await admin.put('ldap', settings({ searchBase: `ou=nobody,${ldap.base}` })).expect(200);
    expectProblem(await admin.post('ldap/test'), 400, 'ldap.base-not-found');

    await admin.put('ldap', settings({ url: `ldap://127.0.0.1:${await freePort()}` })).expect(200);
    const down = await admin.post('ldap/test');
    expectProblem(down, 503, 'ldap.unreachable');
    expect(down.body.reason).toMatch(/ECONNREFUSED/);
  });

  it('signs in an agent the directory keeps, by user name or address, and refreshes name and phone', async () => {
    await admin.put('ldap', settings()).expect(200);
    const created = await admin.post('agents', { email: 'marta.puig@example.org', name: 'M. Puig', authSource: 'ldap', primaryDepartmentId: null, isManager: true }).expect(201);
    expect(created.body).toMatchObject({ authSource: 'ldap', phone: null });

    const byName = await login('marta', 'marta-secret-passphrase').expect(200);
    expect(byName.body.staff).toMatchObject({ id: created.body.id, name: 'Marta Puig' });
    await login('Marta.Puig@example.org', 'marta-secret-passphrase').expect(200);
    expect((await admin.get(`agents/${created.body.id}`).expect(200)).body).toMatchObject({ name: 'Marta Puig', phone: '+34 600 000 001' });

    // A wrong password is the same answer as a wrong local one.
    const wrong = await login('marta', 'not her passphrase');
    const wrongLocal = await login(instance.manager.email, 'not the passphrase');
    expectProblem(wrong, 401, 'auth.invalid-credentials');
    const answer = ({ requestId: _id, ...body }: Record<string, unknown>) => body;
    expect(answer(wrong.body)).toEqual(answer(wrongLocal.body));
    // A local account keeps its own password.
    await login(instance.manager.email, instance.manager.password).expect(200);
  });

  it('treats what is typed as a value, never as filter syntax', async () => {
    await admin.put('ldap', settings()).expect(200);
    await ldap.addPerson({ uid: 'star*light', name: 'Star Light', email: 'star.light@example.org', password: 'star light passphrase' });
    await admin.post('agents', { email: 'star.light@example.org', name: 'Star', authSource: 'ldap', isManager: true }).expect(201);
    // A wildcard or a smuggled expression matches nobody...
    for (const attempt of ['*', 'star*', 'marta)(uid=*', '*)(|(uid=*', 'marta\\29']) {
      expectProblem(await login(attempt, 'marta-secret-passphrase'), 401, 'auth.invalid-credentials');
      expectProblem(await login(attempt, 'star light passphrase'), 401, 'auth.invalid-credentials');
    }
    // ...while the literal name, asterisk and all, is found.
    await login('star*light', 'star light passphrase').expect(200);
  });

  it('creates an agent at the first sign-in, in the department the directory names', async () => {
    const billing = await admin.post('departments', { name: 'Billing' }).expect(201);
    await admin.put('ldap', settings({ autoProvision: true, agentRoleId: roleId })).expect(200);
    const first = await login('joan', 'joan-secret-passphrase').expect(200);
    const agent = (await admin.get(`agents/${first.body.staff.id}`).expect(200)).body;
    expect(agent).toMatchObject({
      email: 'joan.serra@example.org',
      name: 'Joan Serra',
      phone: '+34 600 000 002',
      authSource: 'ldap',
      isManager: false,
      primaryDepartmentId: billing.body.id,
      roleId,
    });
    // The second sign-in finds the same agent.
    expect((await login('joan.serra@example.org', 'joan-secret-passphrase').expect(200)).body.staff.id).toBe(agent.id);

    // A department the instance does not have, and no fallback: no account, and a clear answer.
    const refused = await login('anna', 'anna-secret-passphrase');
    expectProblem(refused, 403, 'ldap.no-department');
    expect(await api.sql("select 1 from staff where email = 'anna.vidal@example.org'")).toEqual([]);
    // With a fallback department, the person gets in there.
    await admin.put('ldap', settings({ autoProvision: true, agentRoleId: roleId, agentDepartmentId: billing.body.id })).expect(200);
    expect((await login('anna', 'anna-secret-passphrase').expect(200)).body.staff).toMatchObject({ primaryDepartmentId: billing.body.id });
  });

  it('answers 503 for directory accounts while the directory is down, and local sign-ins go on', async () => {
    await admin.put('ldap', settings({ url: `ldap://127.0.0.1:${await freePort()}` })).expect(200);
    const down = await login('marta', 'marta-secret-passphrase');
    expectProblem(down, 503, 'ldap.unreachable');
    expect(down.text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
    const token = (await login(instance.manager.email, instance.manager.password).expect(200)).body.token;
    await api.http().get(at(instance.slug, 'auth/me')).set(bearer(token)).expect(200);
  });

  it('signs requesters in to the portal through the directory when the instance says so', async () => {
    const portal = (path: string, body: object) => api.http().post(at(instance.slug, `portal/${path}`)).send(body);
    await ldap.addPerson({ uid: 'pau', name: 'Pau Riera', email: 'pau.riera@example.org', password: 'pau riera passphrase', phone: '+34 600 000 009' });
    // Agents only: the portal does not ask the directory.
    await admin.put('ldap', settings({ autoProvision: true, agentRoleId: roleId })).expect(200);
    expectProblem(await portal('auth/login', { email: 'pau', password: 'pau riera passphrase' }), 401, 'auth.invalid-credentials');

    await admin.put('ldap', settings({ forAgents: false, forRequesters: true, autoProvision: true, portalLdapOnly: true })).expect(200);
    const signedIn = await portal('auth/login', { email: 'pau', password: 'pau riera passphrase' }).expect(200);
    expect(signedIn.body.requester).toMatchObject({ name: 'Pau Riera' });
    const [row] = await api.sql<{ auth_source: string; phone: string }>('select auth_source, phone from requesters where id = $1', [signedIn.body.requester.id]);
    expect(row).toEqual({ auth_source: 'ldap', phone: '+34 600 000 009' });
    expectProblem(await portal('auth/login', { email: 'pau.riera@example.org', password: 'wrong' }), 401, 'auth.invalid-credentials');
    // LDAP-only: no self-registration, in the person's language.
    const refused = await portal('auth/register', { name: 'Someone', email: 'someone@example.org', password: 'a long passphrase' }).set('Accept-Language', 'es');
    expectProblem(refused, 403, 'ldap.directory-accounts');
    expect(refused.body.detail).toMatch(/directorio/);
    // The portal is told so before anyone signs in: user names are taken, and nobody registers.
    const facts = (await api.http().get(`/api/v1/t/${instance.slug}/portal/instance`).expect(200)).body;
    expect(facts).toMatchObject({ registration: 'closed', directorySignIn: { agents: false, requesters: true } });
    // The directory no longer signs agents in: Marta's agent account is refused.
    expectProblem(await login('marta', 'marta-secret-passphrase'), 401, 'auth.invalid-credentials');
  });

  it('lets nobody in through a switched-off or removed directory', async () => {
    await admin.put('ldap', settings({ isActive: false })).expect(200);
    expectProblem(await login('marta', 'marta-secret-passphrase'), 401, 'auth.invalid-credentials');
    await admin.delete('ldap').expect(204);
    expectProblem(await admin.get('ldap'), 404, 'ldap.not-configured');
    expectProblem(await login('marta', 'marta-secret-passphrase'), 401, 'auth.invalid-credentials');
  });
});
