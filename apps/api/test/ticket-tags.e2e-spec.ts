import { Agent, Instance, TestApi, at, bearer, expectProblem, startTestApi } from './api-harness';

interface Entry {
  event: string | null;
  visibility: string;
  data: Record<string, unknown>;
}

describe('tags on tickets', () => {
  let api: TestApi;
  let desk: Instance;
  let other: Instance;
  let viewer: Agent;

  type Method = 'get' | 'post' | 'delete';
  const call = (method: Method, path: string, body?: object, token = desk.token, slug = desk.slug) => {
    const test = api.http()[method](at(slug, path)).set(bearer(token));
    return body === undefined ? test : test.send(body);
  };
  const ticketPath = (reference: string, action = '') => `tickets/${encodeURIComponent(reference)}${action && `/${action}`}`;

  async function newTicket(subject: string, token = desk.token, slug = desk.slug): Promise<{ reference: string; id: string; version: number }> {
    const body = { requester: { email: 'joan.serra@example.org', name: 'Joan Serra' }, subject, message: 'Please help.', source: 'phone' };
    const departments = (await call('get', 'departments', undefined, token, slug).expect(200)).body;
    return (await call('post', 'tickets', { ...body, departmentId: departments[0].id }, token, slug).expect(201)).body;
  }

  const tagEvents = async (reference: string): Promise<Entry[]> =>
    ((await call('get', ticketPath(reference, 'thread')).expect(200)).body as Entry[]).filter((e) => e.event === 'tagged' || e.event === 'untagged');

  beforeAll(async () => {
    api = await startTestApi();
    desk = await api.provision('tagging');
    other = await api.provision('tagging-other');
    viewer = await api.addAgent(desk, { name: 'Viewer', role: 'View only' });
  });

  afterAll(() => api.close());

  it('adds tags in one lower-case spelling, records the change and answers the ticket with them', async () => {
    const ticket = await newTicket('VPN drops every hour');
    const response = await call('post', ticketPath(ticket.reference, 'tags'), { tags: ['VPN', ' wi-fi ', 'vpn'] }).expect(200);
    expect(response.body.tags).toEqual(['vpn', 'wi-fi']);
    expect(response.body.version).toBe(ticket.version + 1);
    expect(response.headers.etag).toBe(`"${ticket.version + 1}"`);
    // Again, with one already there: only the new one is recorded.
    expect((await call('post', ticketPath(ticket.reference, 'tags'), { tags: ['Wi-Fi', 'Network'] }).expect(200)).body.tags).toEqual(['network', 'vpn', 'wi-fi']);
    // Nothing new: no event, no new version.
    const unchanged = await call('post', ticketPath(ticket.reference, 'tags'), { tags: ['vpn'] }).expect(200);
    expect(unchanged.body.version).toBe(ticket.version + 2);
    expect(await tagEvents(ticket.reference)).toEqual([
      expect.objectContaining({ event: 'tagged', visibility: 'internal', data: { tags: ['vpn', 'wi-fi'] } }),
      expect.objectContaining({ event: 'tagged', visibility: 'internal', data: { tags: ['network'] } }),
    ]);
    const outbox = await api.sql<{ payload: object }>("select payload from outbox where topic = 'ticket.updated' and payload->>'ticketId' = $1 order by id", [ticket.id]);
    expect(outbox.map((row) => row.payload)).toEqual([
      { ticketId: ticket.id, change: 'tags' },
      { ticketId: ticket.id, change: 'tags' },
    ]);
    expect((await call('get', ticketPath(ticket.reference)).expect(200)).body.tags).toEqual(['network', 'vpn', 'wi-fi']);
  });

  it('removes a tag with an event, and answers 404 for a tag the ticket does not have', async () => {
    const ticket = await newTicket('Printer jammed');
    await call('post', ticketPath(ticket.reference, 'tags'), { tags: ['printer', 'floor-2'] }).expect(200);
    const removed = await call('delete', ticketPath(ticket.reference, `tags/${encodeURIComponent('Floor-2')}`)).expect(200);
    expect(removed.body.tags).toEqual(['printer']);
    expect((await tagEvents(ticket.reference)).at(-1)).toEqual(expect.objectContaining({ event: 'untagged', data: { tags: ['floor-2'] } }));
    expectProblem(await call('delete', ticketPath(ticket.reference, 'tags/floor-2')), 404, 'ticket.tag-not-found');
    expectProblem(await call('delete', ticketPath(ticket.reference, `tags/${encodeURIComponent('not a tag')}`)), 404, 'ticket.tag-not-found');
  });

  it('refuses invalid names with a problem in the caller’s language, and writes none of the list', async () => {
    const ticket = await newTicket('Strange tags');
    const before = await api.sql<{ n: number }>('select count(*)::int as n from tags');
    for (const tags of [['ok', 'two words'], ['a'.repeat(41)], ['<b>'], ['-x']]) {
      const response = await call('post', ticketPath(ticket.reference, 'tags'), { tags }).set('Accept-Language', 'ca');
      expectProblem(response, 400, 'ticket.invalid-tag');
      expect(response.body.detail).toContain('no és una etiqueta');
    }
    for (const body of [{ tags: [] }, { tags: 'vpn' }, { tags: [3] }, { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, {}]) {
      expectProblem(await call('post', ticketPath(ticket.reference, 'tags'), body), 400, 'request.invalid');
    }
    expect(await api.sql<{ n: number }>('select count(*)::int as n from tags')).toEqual(before);
    expect((await call('get', ticketPath(ticket.reference)).expect(200)).body.tags).toEqual([]);
  });

  it('holds at most 50 tags on a ticket; more refuses the whole request', async () => {
    const ticket = await newTicket('Many tags');
    for (let i = 0; i < 50; i += 20) {
      const tags = Array.from({ length: Math.min(20, 50 - i) }, (_, j) => `bulk-${i + j}`);
      await call('post', ticketPath(ticket.reference, 'tags'), { tags }).expect(200);
    }
    const response = await call('post', ticketPath(ticket.reference, 'tags'), { tags: ['one-too-many'] }).set('Accept-Language', 'de');
    expectProblem(response, 409, 'ticket.too-many-tags');
    expect(response.body.detail).toBe('Ein Ticket hat höchstens 50 Schlagwörter');
    expect((await call('get', ticketPath(ticket.reference)).expect(200)).body.tags).toHaveLength(50);
    expect(await api.sql("select 1 from tags where name = 'one-too-many'")).toEqual([]);
  });

  it('needs ticket.edit and a current If-Match', async () => {
    const ticket = await newTicket('Read only');
    expectProblem(await call('post', ticketPath(ticket.reference, 'tags'), { tags: ['x'] }, viewer.token), 403, 'ticket.forbidden');
    await call('post', ticketPath(ticket.reference, 'tags'), { tags: ['x'] }).expect(200);
    expectProblem(await call('delete', ticketPath(ticket.reference, 'tags/x'), undefined, viewer.token), 403, 'ticket.forbidden');
    expectProblem(await call('post', ticketPath(ticket.reference, 'tags'), { tags: ['y'] }).set('If-Match', `"${ticket.version}"`), 409, 'ticket.stale');
  });

  it('filters queues by tag, in any case, and shows tags on the rows', async () => {
    const tagged = await newTicket('Tagged for the queue');
    const untagged = await newTicket('Not tagged');
    await call('post', ticketPath(tagged.reference, 'tags'), { tags: ['queue-filter', 'second'] }).expect(200);
    const page = (await call('get', 'tickets?queue=all&tag=Queue-Filter').expect(200)).body;
    expect(page.items.map((row: { reference: string }) => row.reference)).toEqual([tagged.reference]);
    expect(page.items[0].tags).toEqual(['queue-filter', 'second']);
    const all = (await call('get', 'tickets?queue=all&limit=200').expect(200)).body.items as { reference: string; tags: string[] }[];
    expect(all.find((row) => row.reference === untagged.reference)?.tags).toEqual([]);
    expect((await call('get', 'tickets?queue=all&tag=nobody-has-this').expect(200)).body.items).toEqual([]);
    expectProblem(await call('get', `tickets?tag=${encodeURIComponent('two words')}`), 400, 'ticket.invalid-tag');
    // A saved view keeps the tag filter.
    const view = { name: 'Tagged', columns: ['reference'], sort: 'due', filters: { queue: 'all', tag: 'queue-filter' } };
    expect((await call('post', 'views', view).expect(201)).body.filters).toEqual({ queue: 'all', tag: 'queue-filter' });
  });

  it('completes tag names from their first letters, limited, and only the instance’s own', async () => {
    const ticket = await newTicket('Completion');
    await call('post', ticketPath(ticket.reference, 'tags'), { tags: ['mail-server', 'mailbox', 'malware', 'mail_100'] }).expect(200);
    const otherTicket = await newTicket('Other instance', other.token, other.slug);
    await call('post', ticketPath(otherTicket.reference, 'tags'), { tags: ['mail-secret'] }, other.token, other.slug).expect(200);
    const names = async (query: string, token = desk.token, slug = desk.slug) =>
      ((await call('get', `tags${query}`, undefined, token, slug).expect(200)).body as { name: string }[]).map((t) => t.name);
    const sorted = (list: string[]) => [...list].sort();
    expect(sorted(await names('?prefix=MAIL'))).toEqual(sorted(['mail-server', 'mail_100', 'mailbox']));
    expect(await names('?prefix=mail&limit=1')).toHaveLength(1);
    expect(sorted(await names('?prefix=ma'))).toEqual(sorted(['mail-server', 'mail_100', 'mailbox', 'malware']));
    // LIKE's wildcards are plain characters here.
    expect(await names(`?prefix=${encodeURIComponent('mail_')}`)).toEqual(['mail_100']);
    expect(await names(`?prefix=${encodeURIComponent('m%')}`)).toEqual([]);
    expect(await names('?prefix=mail', other.token, other.slug)).toEqual(['mail-secret']);
    expectProblem(await call('get', 'tags?limit=0'), 400, 'request.invalid');
    expectProblem(await call('get', 'tags?limit=51'), 400, 'request.invalid');
    expect(await api.http().get(at(desk.slug, 'tags')).expect(401)).toBeTruthy();
  });

  it('keeps the prefix search and the tag filter on their indexes', async () => {
    // The tables are small here: without seqscans the planner shows which index it would take.
    const plan = async (sql: string) => {
      const results = (await api.ownerQuery(`set enable_seqscan = off; explain ${sql}; reset enable_seqscan`)) as unknown as { rows: { 'QUERY PLAN': string }[] }[];
      return results[1].rows.map((row) => row['QUERY PLAN']).join('\n');
    };
    // A database in the C collation may answer the prefix from the unique index on the name as well.
    expect(await plan(`select name from tags where tenant_id = '${desk.id}' and name like 'ma%' order by name limit 10`)).toMatch(/Index (Only )?Scan using (tags_name_prefix|tags_tenant_id_name_key)[^\n]*\n[^\n]*Index Cond: .*name/);
    expect(await plan(`select ticket_id from ticket_tags where tenant_id = '${desk.id}' and tag_id = gen_random_uuid()`)).toContain('ticket_tags_tag');
  });

  it('drops a ticket’s tags with the ticket; the instance keeps the names', async () => {
    const ticket = await newTicket('Deleted with its tags');
    await call('post', ticketPath(ticket.reference, 'tags'), { tags: ['short-lived'] }).expect(200);
    await call('delete', ticketPath(ticket.reference)).expect(204);
    expect(await api.sql('select 1 from ticket_tags where ticket_id = $1', [ticket.id])).toEqual([]);
    expect(await api.sql("select name from tags where name = 'short-lived'")).toEqual([{ name: 'short-lived' }]);
  });
});
