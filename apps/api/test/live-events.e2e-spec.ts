import { newId } from '@tessera/database';
import { LivePublisher } from '@tessera/live';
import { Agent, Instance, TestApi, at, bearer, startTestApi } from './api-harness';
import { EventStream, openEventStream } from './event-stream-client';
import { PortalUser, openTicket, registerRequester, withTicket } from './portal-harness';

// The live event streams over a real port, fed through Redis pub/sub. The outbox relay's
// publishing step is called directly: the worker's relay marks messages dispatched, then
// publishes them with LivePublisher, and so does `relay` here.
describe('live updates over server-sent events', () => {
  let api: TestApi;
  let base: string;
  let a: Instance;
  let b: Instance;
  let colleague: Agent;
  let rita: PortalUser;
  let reference: string;
  const open: EventStream[] = [];

  const path = (slug: string, rest: string) => `${base}${at(slug, rest)}`;
  const ticketPath = (ref: string, rest = '') => `tickets/${encodeURIComponent(ref)}${rest}`;
  async function stream(url: string, headers: Record<string, string> = {}): Promise<EventStream> {
    const opened = await openEventStream(url, headers);
    open.push(opened);
    return opened;
  }
  const agentStream = (instance: Instance, token: string, headers: Record<string, string> = {}, query = '') =>
    stream(`${path(instance.slug, 'events')}${query}`, { ...bearer(token), ...headers });
  const portalStream = (ref: string, token: string, headers: Record<string, string> = {}) =>
    stream(path(a.slug, `portal/${ticketPath(ref, '/events')}`), { ...bearer(token), ...headers });

  // What the worker's relay does: mark the instance's pending messages dispatched, then publish.
  async function relay(instance: Instance): Promise<string[]> {
    const rows = await api.sql<{ id: string }>(
      'with sent as (update outbox set dispatched_at = now() where tenant_id = $1 and dispatched_at is null returning id, created_at) select id from sent order by created_at, id',
      [instance.id],
    );
    await api.app.get(LivePublisher).publish({ id: instance.id, slug: instance.slug }, rows.map((row) => row.id));
    return rows.map((row) => row.id);
  }
  const post = (instance: Instance, token: string, rest: string, body: object = {}) => api.http().post(at(instance.slug, rest)).set(bearer(token)).send(body);
  const idOf = async (ref: string) => (await api.http().get(at(a.slug, ticketPath(ref))).set(bearer(a.token)).expect(200)).body.id as string;
  // A status of A's that is open or pending and not the ticket's current one.
  async function anotherStatus(ref: string): Promise<string> {
    const current = (await api.http().get(at(a.slug, ticketPath(ref))).set(bearer(a.token)).expect(200)).body.status.id;
    const statuses: { id: string; state: string }[] = (await api.http().get(at(a.slug, 'statuses')).set(bearer(a.token)).expect(200)).body;
    return statuses.find((s) => ['open', 'pending'].includes(s.state) && s.id !== current)!.id;
  }
  const newTicket = (instance: Instance, token: string, subject: string) =>
    post(instance, token, 'tickets', { source: 'phone', subject, message: 'A confidential body.', requester: { email: `caller@${instance.slug}.example`, name: 'Caller' } }).expect(201);

  beforeAll(async () => {
    // Few connections: open streams must not hold any.
    api = await startTestApi({ DATABASE_POOL_SIZE: '3' });
    base = await api.url();
    a = await api.provision('live-a');
    b = await api.provision('live-b');
    colleague = await api.addAgent(a, { name: 'Colleague', role: 'All access' });
    rita = await registerRequester(api, a, 'rita@live-a.example');
    reference = await openTicket(api, a.slug, rita.token, { subject: 'Secret subject', message: 'Secret body' });
    await relay(a);
  });

  // No test leaves streams open or messages pending for the next.
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
    await relay(a);
    await relay(b);
  });

  afterAll(() => api.close());

  it("gives an agent a colleague's reply, note, assignment, status change and new ticket, as ids and kinds only", async () => {
    const mine = await agentStream(a, a.token);
    expect(mine.status).toBe(200);
    expect(mine.contentType).toMatch(/^text\/event-stream/);
    expect((await mine.next('the retry hint', (m) => m.retry !== undefined)).retry).toBeGreaterThan(0);
    await post(a, colleague.token, ticketPath(reference, '/replies'), { message: 'A secret reply' }).expect(201);
    await post(a, colleague.token, ticketPath(reference, '/notes'), { message: 'A secret note' }).expect(201);
    await post(a, colleague.token, ticketPath(reference, '/assign'), { staffId: a.manager.id }).expect(200);
    await post(a, colleague.token, ticketPath(reference, '/status'), { statusId: await anotherStatus(reference) }).expect(200);
    const created = await newTicket(a, colleague.token, 'Another secret subject');
    const ids = await relay(a);

    const ticketId = await idOf(reference);
    const kinds = ['ticket.response', 'ticket.note', 'ticket.assigned', 'ticket.status', 'ticket.created'];
    const received = [];
    for (const kind of kinds) received.push(await mine.next(kind, (m) => m.event === kind));
    expect(received.map((m) => JSON.parse(m.data!))).toEqual([
      ...kinds.slice(0, 4).map((kind) => ({ kind, ticketId, reference })),
      { kind: 'ticket.created', ticketId: created.body.id, reference: created.body.reference },
    ]);
    // Each carries its outbox id.
    expect(received.every((m) => ids.includes(m.id!))).toBe(true);
    expect(JSON.stringify(mine.messages)).not.toMatch(/secret|Caller|confidential/i);
  });

  it("gives instance B's agents nothing of instance A", async () => {
    const theirs = await agentStream(b, b.token);
    expect(theirs.status).toBe(200);
    await post(a, colleague.token, ticketPath(reference, '/notes'), { message: 'Only for A' }).expect(201);
    await relay(a);
    // B's own event comes after A's was published: had A's reached B's stream, it would be first.
    const ofB = await newTicket(b, b.token, 'In B');
    await relay(b);
    expect((await theirs.nextEvent()).json).toEqual({ kind: 'ticket.created', ticketId: ofB.body.id, reference: ofB.body.reference });
    expect(JSON.stringify(theirs.messages)).not.toContain(await idOf(reference));
    // A's token is not a session of B.
    expect((await agentStream(b, a.token)).status).toBe(401);
  });

  it("gives the requester their ticket's public reply, never the internal note, the lock or the assignment", async () => {
    const hers = await portalStream(reference, rita.token);
    expect(hers.status).toBe(200);
    await post(a, colleague.token, ticketPath(reference, '/lock')).expect(200);
    await post(a, colleague.token, ticketPath(reference, '/notes'), { message: 'Internal only' }).expect(201);
    await post(a, colleague.token, ticketPath(reference, '/assign'), { staffId: colleague.id }).expect(200);
    await post(a, colleague.token, ticketPath(reference, '/replies'), { message: 'Public answer' }).expect(201);
    await relay(a);
    expect((await hers.nextEvent()).json).toEqual({ kind: 'ticket.response', ticketId: await idOf(reference), reference });
    // Another ticket's reply, published after: not hers.
    const other = await newTicket(a, a.token, 'Not Rita’s');
    await post(a, a.token, ticketPath(other.body.reference, '/replies'), { message: 'To the caller' }).expect(201);
    await post(a, a.token, ticketPath(reference, '/status'), { statusId: await anotherStatus(reference) }).expect(200);
    await relay(a);
    expect((await hers.nextEvent()).event).toBe('ticket.status');
    expect(hers.messages.map((m) => m.event).filter(Boolean)).toEqual(['ticket.response', 'ticket.status']);
  });

  it("opens a guest session's stream for its own ticket only", async () => {
    const second = await openTicket(api, a.slug, rita.token, { subject: 'Second' });
    const guestToken = await withTicket(api, a, reference, (ticket, tickets) => tickets.guestToken(ticket, rita.id));
    const guest = (await api.http().post(at(a.slug, 'portal/guest')).send({ reference, email: rita.email, token: guestToken }).expect(200)).body.token;
    expect((await portalStream(reference, guest)).status).toBe(200);
    const refused = await portalStream(second, guest);
    expect({ status: refused.status, type: refused.contentType }).toEqual({ status: 404, type: expect.stringMatching(/^application\/problem\+json/) });
    expect(JSON.parse(refused.text)).toMatchObject({ status: 404, code: 'ticket.not-found' });
    // Nor another requester's ticket, nor with a staff token.
    const other = await registerRequester(api, a, 'other@live-a.example');
    expect((await portalStream(reference, other.token)).status).toBe(404);
    expect((await portalStream(reference, a.token)).status).toBe(401);
  });

  it('replays what a reconnecting client missed, from the header or the query parameter', async () => {
    const first = await agentStream(a, a.token);
    await post(a, colleague.token, ticketPath(reference, '/notes'), { message: 'Seen' }).expect(201);
    await relay(a);
    const seen = await first.next('the note', (m) => m.event === 'ticket.note');
    await first.close();
    await post(a, colleague.token, ticketPath(reference, '/notes'), { message: 'Missed one' }).expect(201);
    await post(a, colleague.token, ticketPath(reference, '/lock')).expect(200);
    await post(a, colleague.token, ticketPath(reference, '/replies'), { message: 'Missed two' }).expect(201);
    const missed = await relay(a);
    expect(missed).toHaveLength(4);

    for (const again of [await agentStream(a, a.token, { 'Last-Event-ID': seen.id! }), await agentStream(a, a.token, {}, `?lastEventId=${seen.id}`)]) {
      const replayed = [];
      for (let i = 0; i < 4; i++) replayed.push(await again.nextEvent());
      expect(replayed.map((m) => [m.id, m.event])).toEqual([
        [missed[0], 'ticket.note'],
        [missed[1], 'ticket.locked'],
        [missed[2], 'ticket.response'],
        [missed[3], 'ticket.unlocked'],
      ]);
    }
    // An id the requester cannot have been sent (a note's): she starts over.
    const hers = await portalStream(reference, rita.token, { 'Last-Event-ID': seen.id! });
    expect((await hers.nextEvent()).json).toEqual({ kind: 'reset' });
  });

  it("replays a requester's missed public events only", async () => {
    const hers = await portalStream(reference, rita.token);
    await post(a, colleague.token, ticketPath(reference, '/replies'), { message: 'First' }).expect(201);
    await relay(a);
    const seen = await hers.nextEvent();
    await hers.close();
    await post(a, colleague.token, ticketPath(reference, '/notes'), { message: 'Hidden' }).expect(201);
    await post(a, colleague.token, ticketPath(reference, '/replies'), { message: 'Second' }).expect(201);
    const [, reply] = await relay(a);
    const again = await portalStream(reference, rita.token, { 'Last-Event-ID': seen.id! });
    expect(await again.nextEvent()).toMatchObject({ id: reply, event: 'ticket.response' });
    // Then live events, the hidden note never.
    await post(a, colleague.token, ticketPath(reference, '/status'), { statusId: await anotherStatus(reference) }).expect(200);
    await relay(a);
    expect((await again.nextEvent()).event).toBe('ticket.status');
    expect(again.messages.map((m) => m.event).filter(Boolean)).toEqual(['ticket.response', 'ticket.status']);
  });

  it('asks a client with an unknown or unreadable last id to start over, and tells it where it stands', async () => {
    for (const lastId of [newId(), 'not-an-id']) {
      const again = await agentStream(a, a.token, { 'Last-Event-ID': lastId });
      expect((await again.nextEvent()).event).toBe('reset');
      const position = await again.next('the position', (m) => m.id !== undefined);
      expect(position.event).toBeUndefined();
      const [latest] = await api.sql<{ id: string }>('select id from outbox where tenant_id = $1 and dispatched_at is not null order by dispatched_at desc, created_at desc, id desc limit 1', [a.id]);
      expect(position.id).toBe(latest.id);
    }
  });

  it('refuses a stream without a session with 401 problem+json', async () => {
    for (const url of [path(a.slug, 'events'), path(a.slug, `portal/${ticketPath(reference, '/events')}`)]) {
      const response = await fetch(url);
      expect({ status: response.status, type: response.headers.get('content-type'), auth: response.headers.get('www-authenticate') }).toEqual({
        status: 401,
        type: expect.stringMatching(/^application\/problem\+json/),
        auth: 'Bearer',
      });
      expect(await response.json()).toMatchObject({ code: 'auth.unauthenticated' });
    }
  });

  it('holds no transaction and no database connection while streams are open', async () => {
    for (let i = 0; i < 5; i++) expect((await agentStream(a, a.token)).status).toBe(200);
    for (let i = 0; i < 3; i++) expect((await portalStream(reference, rita.token)).status).toBe(200);
    // More streams than the pool has connections, and requests are still served.
    await api.http().get(at(a.slug, 'tickets')).set(bearer(a.token)).expect(200);
    const [{ n }] = await api.sql<{ n: number }>("select count(*)::int as n from pg_stat_activity where datname = current_database() and state like 'idle in transaction%'");
    expect(n).toBe(0);
  });

  it('ends open streams when the app shuts down', async () => {
    const other = await startTestApi();
    const instance = await other.provision('live-shutdown');
    const left = await openEventStream(`${await other.url()}${at(instance.slug, 'events')}`, bearer(instance.token));
    expect(left.status).toBe(200);
    await left.next('the retry hint', (m) => m.retry !== undefined);
    await other.close();
    await left.ended;
    expect(left.messages.length).toBeGreaterThan(0);
  });
});
