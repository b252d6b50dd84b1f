import { randomUUID } from 'node:crypto';
import { TenantDatabase } from '@tessera/database';
import { MailboxAdminService } from '@tessera/mailboxes';
import { AdminClient, expectProblem, startAdminApi } from './admin-harness';
import { Instance, TestApi } from './api-harness';

describe('instance admin: mailboxes', () => {
  let api: TestApi;
  let alpha: Instance;
  let admin: AdminClient;
  let departmentId: string;

  beforeAll(async () => {
    ({ api, instance: alpha, admin } = await startAdminApi());
    departmentId = (await admin.get('departments').expect(200)).body[0].id;
  });

  afterAll(() => api.close());

  const credentials = (id: string) => api.app.get(TenantDatabase).run(alpha, () => api.app.get(MailboxAdminService).imapCredentials(id));
  const imap = { imapHost: 'imap.example.edu', imapUser: 'suport', imapPassword: 'app password 1' };

  it('creates an IMAP mailbox whose password is stored sealed and never returned', async () => {
    const created = await admin.post('mailboxes', { name: 'Student office', address: 'Suport@ETSETB.example.edu', departmentId, ...imap }).expect(201);
    expect(created.body).toMatchObject({
      name: 'Student office',
      address: 'suport@etsetb.example.edu',
      departmentId,
      imapHost: 'imap.example.edu',
      imapPort: null,
      imapSecurity: 'tls',
      imapUser: 'suport',
      hasPassword: true,
      imapFolder: 'INBOX',
      fetchIntervalSeconds: 300,
      afterFetch: 'seen',
      autoResponse: true,
      isActive: true,
      hasInboundToken: false,
      lastError: null,
      consecutiveFailures: 0,
    });
    const listed = await admin.get('mailboxes').expect(200);
    for (const text of [created.text, listed.text, (await admin.get(`mailboxes/${created.body.id}`).expect(200)).text]) {
      expect(text).not.toContain('app password 1');
      expect(text).not.toMatch(/imapSecret|imapPassword|inboundTokenHash|tenantId/);
    }
    const [row] = await api.sql<{ imap_secret: Buffer }>('select imap_secret from mailboxes where id = $1', [created.body.id]);
    expect(row.imap_secret.includes(Buffer.from('app password'))).toBe(false);
    expect(await credentials(created.body.id)).toEqual({ host: 'imap.example.edu', port: 993, security: 'tls', user: 'suport', password: 'app password 1' });

    // A new password replaces the old; null removes it.
    await admin.patch(`mailboxes/${created.body.id}`, { imapPassword: 'app password 2', imapSecurity: 'starttls' }).expect(200);
    expect(await credentials(created.body.id)).toMatchObject({ port: 143, security: 'starttls', password: 'app password 2' });
    const cleared = await admin.patch(`mailboxes/${created.body.id}`, { imapPassword: null }).expect(200);
    expect(cleared.body.hasPassword).toBe(false);
    expect((await credentials(created.body.id))?.password).toBeNull();
  });

  it('keeps a piped-only mailbox without IMAP and issues a token for the MTA, once', async () => {
    const piped = await admin.post('mailboxes', { name: 'Piped', address: 'pipe@alpha.example.org', departmentId }).expect(201);
    expect(piped.body).toMatchObject({ imapHost: null, imapUser: null, hasPassword: false, hasInboundToken: false });
    expect(await credentials(piped.body.id)).toBeNull();
    const first = await admin.post(`mailboxes/${piped.body.id}/inbound-token`).expect(201);
    expect(first.body.token).toMatch(/^tsm_[A-Za-z0-9_-]{43}$/);
    const second = await admin.post(`mailboxes/${piped.body.id}/inbound-token`).expect(201);
    expect(second.body.token).not.toBe(first.body.token);
    expect((await admin.get(`mailboxes/${piped.body.id}`).expect(200)).body.hasInboundToken).toBe(true);
    const [row] = await api.sql<{ inbound_token_hash: Buffer }>('select inbound_token_hash from mailboxes where id = $1', [piped.body.id]);
    expect(row.inbound_token_hash.toString('utf8')).not.toContain(second.body.token.slice(4));
  });

  it('refuses bad settings with problem+json and changes nothing', async () => {
    const before = await api.sql('select count(*)::int as n from mailboxes');
    const cases: [object, number, string][] = [
      [{ name: 'X', address: 'not an address', departmentId }, 400, 'request.invalid'],
      [{ name: 'X', address: 'x@alpha.example.org', departmentId, imapPort: 70000 }, 400, 'request.invalid'],
      [{ name: 'X', address: 'x@alpha.example.org', departmentId, imapSecurity: 'ssl3' }, 400, 'request.invalid'],
      [{ name: 'X', address: 'x@alpha.example.org', departmentId, fetchIntervalSeconds: 1 }, 400, 'request.invalid'],
      [{ name: 'X', address: 'x@alpha.example.org', departmentId, imapHost: 'imap.example.org' }, 400, 'mailbox.invalid'],
      [{ name: 'X', address: 'x@alpha.example.org', departmentId, afterFetch: 'move' }, 400, 'mailbox.invalid'],
      [{ name: '  ', address: 'x@alpha.example.org', departmentId }, 400, 'mailbox.invalid'],
      [{ name: 'X', address: 'x@alpha.example.org', departmentId: randomUUID() }, 404, 'directory.not-found'],
      [{ name: 'X', address: 'x@alpha.example.org', departmentId, helpTopicId: randomUUID() }, 404, 'directory.not-found'],
      [{ name: 'Student office', address: 'x@alpha.example.org', departmentId }, 409, 'mailbox.name-taken'],
      [{ name: 'X', address: 'SUPORT@etsetb.example.edu', departmentId }, 409, 'mailbox.address-taken'],
    ];
    for (const [body, status, code] of cases) expectProblem(await admin.post('mailboxes', body), status, code);
    expect(await api.sql('select count(*)::int as n from mailboxes')).toEqual(before);
    expectProblem(await admin.patch(`mailboxes/${randomUUID()}`, { name: 'Y' }), 404, 'mailbox.not-found');
    expectProblem(await admin.get('mailboxes/not-a-uuid'), 400, 'request.bad-request');
  });

  it('shows where fetching stands, and tries new connection settings at once', async () => {
    const created = await admin.post('mailboxes', { name: 'Fetched', address: 'fetched@alpha.example.org', departmentId, ...imap }).expect(201);
    expect(created.body).toMatchObject({ lastFetchAt: null, lastError: null, lastErrorAt: null, consecutiveFailures: 0 });
    const id = created.body.id;
    await api.sql(
      `update mailboxes set uid_validity = 7, last_uid = 42, last_error = 'Connection refused by imap.example.edu:993', last_error_at = now(),
              consecutive_failures = 3, next_fetch_at = now() + interval '1 hour' where id = $1`,
      [id],
    );
    const state = async () => (await api.sql<{ uid_validity: string | null; last_uid: string | null; due: boolean }>(
      'select uid_validity, last_uid, next_fetch_at <= now() as due from mailboxes where id = $1',
      [id],
    ))[0];
    const failing = await admin.get(`mailboxes/${id}`).expect(200);
    expect(failing.body).toMatchObject({ lastError: 'Connection refused by imap.example.edu:993', consecutiveFailures: 3, nextFetchAt: expect.any(String) });
    expect(new Date(failing.body.nextFetchAt).getTime()).toBeGreaterThan(new Date(failing.body.lastErrorAt).getTime());
    expect(failing.text).not.toMatch(/uidValidity|lastUid/);

    // Other changes leave the back-off alone; a new password is tried at the next sweep.
    await admin.patch(`mailboxes/${id}`, { autoResponse: false }).expect(200);
    expect(await state()).toEqual({ uid_validity: '7', last_uid: '42', due: false });
    await admin.patch(`mailboxes/${id}`, { imapPassword: 'app password 3' }).expect(200);
    expect(await state()).toEqual({ uid_validity: '7', last_uid: '42', due: true });
    // Another folder: its UIDs start over.
    await admin.patch(`mailboxes/${id}`, { imapFolder: 'Support' }).expect(200);
    expect(await state()).toEqual({ uid_validity: null, last_uid: null, due: true });
    // Moving fetched mail into the fetched folder would fetch it again and again.
    expectProblem(await admin.patch(`mailboxes/${id}`, { afterFetch: 'move', afterFetchFolder: 'Support' }), 400, 'mailbox.invalid');
  });

  it('moves fetched mail to a folder when told, and deletes a mailbox', async () => {
    const created = await admin
      .post('mailboxes', { name: 'Moving', address: 'move@alpha.example.org', departmentId, ...imap, afterFetch: 'move', afterFetchFolder: 'Tessera', fetchIntervalSeconds: 60 })
      .expect(201);
    expect(created.body).toMatchObject({ afterFetch: 'move', afterFetchFolder: 'Tessera', fetchIntervalSeconds: 60 });
    expectProblem(await admin.patch(`mailboxes/${created.body.id}`, { afterFetchFolder: null }), 400, 'mailbox.invalid');
    await admin.delete(`mailboxes/${created.body.id}`).expect(204);
    expectProblem(await admin.get(`mailboxes/${created.body.id}`), 404, 'mailbox.not-found');
  });
});
