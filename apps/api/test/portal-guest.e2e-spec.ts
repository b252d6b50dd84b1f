import { Instance, TestApi, adminClient, asOwner, at, bearer, expectProblem, startTestApi } from './api-harness';
import { firstTopicId, guestTokenOf, registerRequester, setSettings, withTicket } from './portal-harness';

const withoutRequest = ({ instance: _i, requestId: _r, ...rest }: Record<string, unknown>) => rest;

describe('guest access to tickets', () => {
  const MAX_ATTEMPTS = 4;
  let api: TestApi;
  let golf: Instance;
  let topicId: string;

  const portal = (path: string) => at('golf', `portal/${path}`);
  const guest = (body: object) => api.http().post(portal('guest')).send(body);
  const asGuest = (token: string) => ({
    get: (path: string) => api.http().get(portal(path)).set(bearer(token)),
    post: (path: string, body: object = {}) => api.http().post(portal(path)).set(bearer(token)).send(body),
  });

  // Opens a ticket without an account, as the portal's new-ticket form does for guests.
  async function guestTicket(email: string, fields: object = {}): Promise<{ reference: string; guestToken: string }> {
    const response = await api
      .http()
      .post(portal('tickets'))
      .send({ helpTopicId: topicId, subject: `Question from ${email}`, message: 'Can you help?', name: 'Guest Person', email, ...fields })
      .expect(201);
    const reference = response.body.ticket.reference;
    return { reference, guestToken: await linkOf(reference, email) };
  }

  // The guest link the mails to that address carry.
  const linkOf = (reference: string, email: string) => guestTokenOf(api, golf, reference, email);
  const linkMails = async () => (await asOwner<{ payload: Record<string, string> }>(api, "select payload from outbox where tenant_id = $1 and topic = 'requester.ticket-link' order by id", [golf.id])).rows.map((row) => row.payload);

  beforeAll(async () => {
    api = await startTestApi({ TESSERA_LOGIN_MAX_ATTEMPTS: String(MAX_ATTEMPTS) });
    golf = await api.provision('golf');
    topicId = await firstTopicId(api, 'golf');
  });

  afterEach(() => setSettings(api, golf, { registration: 'open' }));
  afterAll(() => api.close());

  it('opens a ticket without an account and answers with no link: the link goes to the address', async () => {
    const response = await api
      .http()
      .post(portal('tickets'))
      .send({ helpTopicId: topicId, subject: 'No account', message: 'Hello', name: 'Núria Guest', email: 'nuria@example.org' })
      .expect(201);
    expect(Object.keys(response.body)).toEqual(['ticket']);
    expect(JSON.stringify(response.body)).not.toMatch(/tsg_|tsr_/);
    expect(response.body.ticket).toMatchObject({ subject: 'No account', role: 'requester', requester: { name: 'Núria Guest' } });
    expect(response.body.ticket.thread.map((e: { kind: string }) => e.kind)).toEqual(['event', 'message']);
    const { rows } = await asOwner(api, "select source from tickets where tenant_id = $1 and reference = $2", [golf.id, response.body.ticket.reference]);
    expect(rows).toEqual([{ source: 'web' }]);
    // The link of the mails opens the ticket.
    const token = await linkOf(response.body.ticket.reference, 'nuria@example.org');
    expect(token).toMatch(/^tsg_[A-Za-z0-9_-]{43}$/);
    await guest({ reference: response.body.ticket.reference, email: 'nuria@example.org', token }).expect(200);
  });

  it("mails a ticket's link to its requester or a collaborator who asks, and answers everyone else alike", async () => {
    const mailLink = (body: object) => api.http().post(portal('guest/link')).send(body);
    const { reference, guestToken } = await guestTicket('forgetful@example.org', { collaborators: ['helper@example.org'] });
    const other = await guestTicket('someone-else@example.org');
    const before = (await linkMails()).length;
    for (const body of [
      { reference: ` ${reference} `, email: 'Forgetful@Example.org' },
      { reference, email: 'helper@example.org' },
      { reference, email: 'someone-else@example.org' },
      { reference: other.reference, email: 'forgetful@example.org' },
      { reference: 'nothing-like-it', email: 'forgetful@example.org' },
      { reference, email: 'nobody@example.org' },
    ]) {
      const answer = await mailLink(body).expect(202);
      expect(answer.text).toBe('');
    }
    const mails = (await linkMails()).slice(before);
    expect(mails).toEqual([
      { requesterId: expect.any(String), email: 'forgetful@example.org', token: guestToken, reference, subject: 'Question from forgetful@example.org' },
      { requesterId: expect.any(String), email: 'helper@example.org', token: await linkOf(reference, 'helper@example.org'), reference, subject: 'Question from forgetful@example.org' },
    ]);
    // Deactivated requesters get nothing; wrong input is a 400 and mails nothing.
    await asOwner(api, 'update requesters set is_active = false where tenant_id = $1 and id = $2', [golf.id, mails[1].requesterId]);
    await mailLink({ reference, email: 'helper@example.org' }).expect(202);
    for (const body of [{ reference, email: 'not-an-address' }, { reference: '', email: 'forgetful@example.org' }, { reference, email: 'forgetful@example.org', token: 'x' }]) {
      expectProblem(await mailLink(body), 400, 'request.invalid');
    }
    expect((await linkMails()).length).toBe(before + 2);
  });

  it(`mails one address at most ${MAX_ATTEMPTS} links in a window, answering alike after that`, async () => {
    const { reference } = await guestTicket('flooded@example.org');
    const before = (await linkMails()).length;
    for (let i = 0; i < MAX_ATTEMPTS + 2; i++) await api.http().post(portal('guest/link')).send({ reference, email: 'flooded@example.org' }).expect(202);
    expect((await linkMails()).length).toBe(before + MAX_ATTEMPTS);
  });

  it('wants an address from guests, and a session from everyone on invitation-only instances', async () => {
    const noAddress = await api.http().post(portal('tickets')).send({ helpTopicId: topicId, subject: 'S', message: 'M', name: 'Nobody' });
    expectProblem(noAddress, 400, 'ticket.invalid');
    expect(noAddress.body.field).toBe('email');
    await setSettings(api, golf, { registration: 'invitation' });
    const refused = await api.http().post(portal('tickets')).send({ helpTopicId: topicId, subject: 'S', message: 'M', name: 'N', email: 'n@example.org' });
    expectProblem(refused, 401, 'auth.unauthenticated');
    const { rows } = await asOwner(api, 'select 1 from requester_emails where tenant_id = $1 and email = $2', [golf.id, 'n@example.org']);
    expect(rows).toEqual([]);
  });

  it('turns the link into a session for that ticket, which can read, list and reply to it', async () => {
    const { reference, guestToken } = await guestTicket('reader@example.org');
    const session = await guest({ reference, email: 'Reader@Example.org', token: guestToken }).expect(200);
    expect(session.body).toEqual({ token: expect.stringMatching(/^tsr_/), expiresAt: expect.any(String), reference });
    const minutes = (new Date(session.body.expiresAt).getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(58);
    expect(minutes).toBeLessThanOrEqual(60);

    const as = asGuest(session.body.token);
    expect((await as.get(`tickets/${reference}`).expect(200)).body).toMatchObject({ reference, role: 'requester' });
    expect((await as.get('tickets').expect(200)).body.items.map((t: { reference: string }) => t.reference)).toEqual([reference]);
    const reply = await as.post(`tickets/${reference}/replies`, { message: 'More details' }).expect(201);
    expect(reply.body).toMatchObject({ reference, followUp: false, guestToken: null, entry: { kind: 'message', body: 'More details', author: { name: 'Guest Person', kind: 'requester' } } });
  });

  it('keeps a guest session to its one ticket, even among the same person\'s tickets', async () => {
    const first = await guestTicket('two-tickets@example.org');
    const second = await guestTicket('two-tickets@example.org');
    const session = (await guest({ reference: first.reference, email: 'two-tickets@example.org', token: first.guestToken }).expect(200)).body.token;
    const as = asGuest(session);
    const unknown = await as.get('tickets/000000');
    expectProblem(unknown, 404, 'ticket.not-found');
    for (const response of [await as.get(`tickets/${second.reference}`), await as.post(`tickets/${second.reference}/replies`, { message: 'x' }), await as.post(`tickets/${second.reference}/close`)]) {
      expectProblem(response, 404, 'ticket.not-found');
    }
    expect((await as.get('tickets').expect(200)).body.items.map((t: { reference: string }) => t.reference)).toEqual([first.reference]);
    // Account routes want a signed-in requester.
    expectProblem(await as.get('auth/me'), 403, 'requester.sign-in-required');
    expectProblem(await as.post('tickets', { helpTopicId: topicId, subject: 'S', message: 'M' }), 403, 'requester.sign-in-required');
    // A guest link opens no staff route either.
    expectProblem(await api.http().get(at('golf', 'departments')).set(bearer(session)), 401, 'auth.unauthenticated');
    await as.post('auth/logout').expect(204);
    expectProblem(await as.get(`tickets/${first.reference}`), 401, 'auth.unauthenticated');
  });

  it('answers a wrong reference, address or token with one and the same 404', async () => {
    const { reference, guestToken } = await guestTicket('careful@example.org');
    const other = await guestTicket('other-guest@example.org');
    const answers = await Promise.all([
      guest({ reference, email: 'careful@example.org', token: other.guestToken }),
      guest({ reference, email: 'other-guest@example.org', token: guestToken }),
      guest({ reference, email: 'nobody@example.org', token: guestToken }),
      guest({ reference: other.reference, email: 'careful@example.org', token: guestToken }),
      guest({ reference: 'nothing-like-it', email: 'careful@example.org', token: guestToken }),
    ]);
    for (const answer of answers) {
      expectProblem(answer, 404, 'ticket.not-found');
      expect(answer.body).not.toHaveProperty('token');
    }
    const details = answers.map((a) => withoutRequest({ ...a.body, detail: a.body.detail.replace(/No ticket \S+/, 'No ticket X') }));
    for (const detail of details) expect(detail).toEqual(details[0]);
  });

  it(`locks a reference out after ${MAX_ATTEMPTS} wrong links, even for the right one`, async () => {
    const { reference, guestToken } = await guestTicket('targeted@example.org');
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      expectProblem(await guest({ reference, email: 'targeted@example.org', token: `tsg_${String(i).repeat(43)}` }), 404, 'ticket.not-found');
    }
    const locked = await guest({ reference, email: 'targeted@example.org', token: guestToken });
    expectProblem(locked, 429, 'auth.rate-limited');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('gives every collaborator a link of their own, which reads and replies but does not close', async () => {
    const requester = await registerRequester(api, golf, 'owner@example.org');
    const created = await api
      .http()
      .post(portal('tickets'))
      .set(bearer(requester.token))
      .send({ helpTopicId: topicId, subject: 'Shared', message: 'See this', collaborators: ['cc@example.org'] })
      .expect(201);
    const reference = created.body.ticket.reference;
    expect(created.body).not.toHaveProperty('guestToken');
    expect(created.body.ticket.collaborators).toEqual([{ name: 'cc' }]);
    const { rows } = await asOwner<{ id: string }>(api, 'select requester_id as id from requester_emails where tenant_id = $1 and email = $2', [golf.id, 'cc@example.org']);
    const link = await withTicket(api, golf, reference, (ticket, tickets) => tickets.guestToken(ticket, rows[0].id));
    const session = (await guest({ reference, email: 'cc@example.org', token: link }).expect(200)).body.token;
    const as = asGuest(session);
    expect((await as.get(`tickets/${reference}`).expect(200)).body).toMatchObject({ role: 'collaborator', actions: { close: false, reopen: false, rate: false } });
    await as.post(`tickets/${reference}/replies`, { message: 'Thanks from the CC' }).expect(201);
    expectProblem(await as.post(`tickets/${reference}/close`), 403, 'ticket.forbidden');
    // The requester's own link is not the collaborator's.
    expectProblem(await guest({ reference, email: 'owner@example.org', token: link }), 404, 'ticket.not-found');
  });

  it('works for requesters who may not sign in, but not for deactivated ones', async () => {
    const barred = await guestTicket('barred-guest@example.org');
    const gone = await guestTicket('gone-guest@example.org');
    await asOwner(api, "update requesters set can_login = false where tenant_id = $1 and name = 'Guest Person' and id in (select requester_id from requester_emails where email = $2)", [
      golf.id,
      'barred-guest@example.org',
    ]);
    const session = (await guest({ reference: barred.reference, email: 'barred-guest@example.org', token: barred.guestToken }).expect(200)).body.token;
    await asGuest(session).get(`tickets/${barred.reference}`).expect(200);

    const goneSession = (await guest({ reference: gone.reference, email: 'gone-guest@example.org', token: gone.guestToken }).expect(200)).body.token;
    await asOwner(api, 'update requesters set is_active = false where tenant_id = $1 and id in (select requester_id from requester_emails where email = $2)', [
      golf.id,
      'gone-guest@example.org',
    ]);
    expectProblem(await asGuest(goneSession).get(`tickets/${gone.reference}`), 401, 'auth.unauthenticated');
    expectProblem(await guest({ reference: gone.reference, email: 'gone-guest@example.org', token: gone.guestToken }), 404, 'ticket.not-found');
  });

  it('leads the link of a merged ticket to the ticket it was merged into', async () => {
    const source = await guestTicket('merged@example.org');
    const target = await guestTicket('merged@example.org');
    await asOwner(api, 'update tickets set merged_into_id = (select id from tickets where tenant_id = $1 and reference = $3) where tenant_id = $1 and reference = $2', [
      golf.id,
      source.reference,
      target.reference,
    ]);
    const session = await guest({ reference: source.reference, email: 'merged@example.org', token: source.guestToken }).expect(200);
    expect(session.body.reference).toBe(target.reference);
    expect((await asGuest(session.body.token).get(`tickets/${source.reference}`).expect(200)).body.reference).toBe(target.reference);
  });

  it('validates the guest request before looking anything up', async () => {
    for (const body of [{ reference: 'x', email: 'not-an-address', token: 't' }, { reference: 'x', email: 'a@example.org' }, { reference: 'x', email: 'a@example.org', token: 't', extra: 1 }]) {
      expectProblem(await guest(body), 400, 'request.invalid');
    }
  });

  it('answers a signed-out caller only what they sent, never the names stored for an address', async () => {
    await registerRequester(api, golf, 'known@example.org', 'Stored Name');
    const organizationId = await api.addOrganization(golf, 'Copied Org', ['known@example.org', 'colleague@example.org']);
    await adminClient(api, 'golf', golf.token).patch(`organizations/${organizationId}`, { autoAddMembers: true }).expect(200);
    const response = await api
      .http()
      .post(portal('tickets'))
      .send({ helpTopicId: topicId, subject: 'Who is this?', message: 'Probing', name: 'Someone Else', email: 'known@example.org' })
      .expect(201);
    const text = JSON.stringify(response.body);
    expect(text).not.toContain('Stored Name');
    expect(text).not.toContain('colleague');
    expect(response.body.ticket).toMatchObject({ requester: { name: 'Someone Else' }, collaborators: [] });
    const authors = response.body.ticket.thread.map((e: { author: { name: string } | null }) => e.author?.name);
    expect(authors).toContain('Someone Else');
    expect(authors.filter((name: string | undefined) => name && name !== 'Someone Else')).toEqual([]);
    // The ticket itself is the known requester's, with the organization copied, as before.
    const { rows } = await asOwner(api, 'select count(*)::int as n from ticket_participants p join tickets t on t.id = p.ticket_id where t.reference = $1', [response.body.ticket.reference]);
    expect(rows[0].n).toBeGreaterThanOrEqual(2);
    // Without a name, the answer names the address's local part.
    const unnamed = await api.http().post(portal('tickets')).send({ helpTopicId: topicId, subject: 'Again', message: 'Probing', email: 'known@example.org' }).expect(201);
    expect(unnamed.body.ticket.requester.name).toBe('known');
  });
});
