import { Instance, TestApi, asOwner, at, bearer, expectProblem, startTestApi } from './api-harness';
import { PortalUser, firstTopicId, moveTicket, openTicket, registerRequester, setSettings, withTicket } from './portal-harness';

// Words that name agent-only fields; none may appear in a requester's view.
const AGENT_ONLY = /tenant|assignee|sla|confidential|custom|priority|department|staffId|dueAt|internal|restricted|version|@/i;

interface ThreadEntry {
  kind: string;
  event: string | null;
  body: string;
  author: { name: string; kind: string } | null;
  details: Record<string, unknown> | null;
}

describe('the requester portal', () => {
  let api: TestApi;
  let hotel: Instance;
  let ana: PortalUser;
  let bea: PortalUser;
  let topicId: string;

  const portal = (path: string) => at('hotel', `portal/${path}`);
  const as = (user: PortalUser | string) => {
    const token = typeof user === 'string' ? user : user.token;
    return {
      get: (path: string) => api.http().get(portal(path)).set(bearer(token)),
      post: (path: string, body: object = {}) => api.http().post(portal(path)).set(bearer(token)).send(body),
    };
  };
  const open = (user: PortalUser, subject: string, fields: object = {}) => openTicket(api, 'hotel', user.token, { subject, ...fields });
  const thread = async (user: PortalUser, reference: string): Promise<ThreadEntry[]> => (await as(user).get(`tickets/${reference}`).expect(200)).body.thread;
  const references = async (user: PortalUser, query = ''): Promise<string[]> =>
    (await as(user).get(`tickets${query}`).expect(200)).body.items.map((t: { reference: string }) => t.reference);
  const sql = async (text: string, ...params: unknown[]) => (await asOwner(api, text, [hotel.id, ...params])).rows;

  beforeAll(async () => {
    api = await startTestApi({ TESSERA_LOGIN_MAX_ATTEMPTS: '40' });
    hotel = await api.provision('hotel');
    ana = await registerRequester(api, hotel, 'ana@example.org', 'Ana Soler');
    bea = await registerRequester(api, hotel, 'bea@example.org', 'Bea Vidal');
    topicId = await firstTopicId(api, 'hotel');
  });

  afterEach(() => setSettings(api, hotel, { closed_reply_policy: 'reopen' }));
  afterAll(() => api.close());

  describe('help topics', () => {
    const ids = {
      printing: '01938f6e-0000-7000-8000-0000000000a1',
      printers: '01938f6e-0000-7000-8000-0000000000a2',
      retired: '01938f6e-0000-7000-8000-0000000000a3',
      staffOnly: '01938f6e-0000-7000-8000-0000000000a4',
      underStaffOnly: '01938f6e-0000-7000-8000-0000000000a5',
    };

    beforeAll(async () => {
      const [{ department_id: departmentId }] = await sql('select department_id from help_topics where tenant_id = $1 and id = $2', topicId);
      const topics: [string, string | null, string, boolean, boolean][] = [
        [ids.printing, null, 'Printing', true, true],
        [ids.printers, ids.printing, 'Printers', true, true],
        [ids.retired, ids.printing, 'Retired', true, false],
        [ids.staffOnly, null, 'Staff only', false, true],
        [ids.underStaffOnly, ids.staffOnly, 'Under staff only', true, true],
      ];
      for (const [id, parentId, name, isPublic, isActive] of topics) {
        await sql(
          'insert into help_topics (tenant_id, id, parent_id, name, department_id, is_public, is_active) values ($1, $2, $3, $4, $5, $6, $7)',
          id,
          parentId,
          name,
          departmentId,
          isPublic,
          isActive,
        );
      }
    });

    it('shows public active topics as a tree to anyone, hiding private and inactive subtrees', async () => {
      const response = await api.http().get(portal('help-topics')).expect(200);
      expect(response.body).toEqual([
        { id: topicId, name: 'General inquiry', children: [] },
        { id: ids.printing, name: 'Printing', children: [{ id: ids.printers, name: 'Printers', children: [] }] },
      ]);
    });

    it('opens tickets in shown topics only', async () => {
      const reference = await open(ana, 'Paper tray', { helpTopicId: ids.printers });
      expect((await as(ana).get(`tickets/${reference}`).expect(200)).body.helpTopic).toBe('Printers');
      for (const hidden of [ids.retired, ids.staffOnly, ids.underStaffOnly, '01938f6e-0000-7000-8000-0000000000ff']) {
        const response = await as(ana).post('tickets', { helpTopicId: hidden, subject: 'S', message: 'M' });
        expectProblem(response, 400, 'ticket.invalid');
        expect(response.body.field).toBe('helpTopicId');
      }
      expect(await sql("select 1 from tickets where tenant_id = $1 and subject = 'S'")).toEqual([]);
    });
  });

  describe('opening and reading a ticket', () => {
    it('answers with the requester view of the new ticket, its thread and its collaborators', async () => {
      const response = await as(ana)
        .post('tickets', { helpTopicId: topicId, subject: '  Wi-Fi is down ', message: 'Since this morning.', collaborators: ['carme@example.org'] })
        .expect(201);
      const ticket = response.body.ticket;
      expect(Object.keys(ticket).sort()).toEqual(
        ['actions', 'collaborators', 'createdAt', 'fields', 'helpTopic', 'rating', 'reference', 'requester', 'role', 'status', 'subject', 'thread', 'updatedAt'].sort(),
      );
      expect(ticket).toMatchObject({
        subject: 'Wi-Fi is down',
        status: { label: 'New', state: 'new' },
        helpTopic: 'General inquiry',
        requester: { name: 'Ana Soler' },
        role: 'requester',
        collaborators: [{ name: 'carme' }],
        rating: null,
        actions: { close: true, reopen: false, rate: false },
      });
      expect(ticket.thread.map((e: ThreadEntry) => [e.kind, e.event, e.body, e.author, e.details])).toEqual([
        ['event', 'created', '', { name: 'Ana Soler', kind: 'requester' }, null],
        ['message', null, 'Since this morning.', { name: 'Ana Soler', kind: 'requester' }, null],
        ['event', 'collaborator_added', '', { name: 'Ana Soler', kind: 'requester' }, { names: ['carme'] }],
      ]);
      expect(response.body).not.toHaveProperty('guestToken');
      expect(JSON.stringify(response.body)).not.toMatch(AGENT_ONLY);
      const [row] = await sql('select source, requester_id from tickets where tenant_id = $1 and reference = $2', ticket.reference);
      expect(row).toEqual({ source: 'web', requester_id: ana.id });
    });

    it('never shows notes, internal events, agent-only events or agent addresses', async () => {
      const reference = await open(ana, 'Secrets around');
      await withTicket(api, hotel, reference, async (ticket, tickets) => {
        const agent = { kind: 'staff' as const, staffId: hotel.manager.id };
        await tickets.appendEntry(ticket, agent, { kind: 'note', visibility: 'internal', body: 'SECRET internal note' });
        await tickets.appendEntry(ticket, agent, { kind: 'note', visibility: 'restricted', body: 'SECRET restricted note' });
        await tickets.appendEntry(ticket, agent, { kind: 'note', visibility: 'public', body: 'SECRET note marked public' });
        await tickets.appendEntry(ticket, agent, { kind: 'event', visibility: 'internal', event: 'assigned', data: { staffId: hotel.manager.id } });
        await tickets.appendEntry(ticket, agent, { kind: 'event', visibility: 'public', event: 'priority', data: { secret: 'SECRET priority' } });
        await tickets.appendEntry(ticket, agent, { kind: 'response', visibility: 'internal', body: 'SECRET draft response' });
        await tickets.appendEntry(ticket, agent, { kind: 'response', visibility: 'public', body: 'We are on it.' });
        await tickets.update(ticket, { isConfidential: true, customData: { secret: 'SECRET custom' }, assigneeStaffId: hotel.manager.id });
      });
      const response = await as(ana).get(`tickets/${reference}`).expect(200);
      expect(response.text).not.toContain('SECRET');
      expect(response.text).not.toContain(hotel.manager.email);
      expect(response.text).not.toMatch(AGENT_ONLY);
      expect(response.body.thread.map((e: ThreadEntry) => [e.kind, e.event, e.body, e.author])).toEqual([
        ['event', 'created', '', { name: 'Ana Soler', kind: 'requester' }],
        ['message', null, 'Every second page.', { name: 'Ana Soler', kind: 'requester' }],
        ['response', null, 'We are on it.', { name: 'Manager of hotel', kind: 'agent' }],
      ]);
    });

    it("answers another requester's ticket exactly like an unknown reference", async () => {
      const reference = await open(bea, 'Bea only');
      const theirs = await as(ana).get(`tickets/${reference}`);
      const unknown = await as(ana).get('tickets/999999');
      expectProblem(theirs, 404, 'ticket.not-found');
      expectProblem(unknown, 404, 'ticket.not-found');
      expect(theirs.body.detail.replace(reference, 'X')).toBe(unknown.body.detail.replace('999999', 'X'));
      for (const action of ['replies', 'close', 'reopen', 'rating']) {
        const response = await as(ana).post(`tickets/${reference}/${action}`, action === 'replies' ? { message: 'x' } : action === 'rating' ? { rating: 5 } : {});
        expectProblem(response, 404, 'ticket.not-found');
      }
      expect(await references(ana)).not.toContain(reference);
      expect((await thread(bea, reference)).filter((e) => e.kind === 'message')).toHaveLength(1);
    });

    it('leads a merged ticket to the ticket it was merged into and lists only that one', async () => {
      const source = await open(ana, 'Merged away');
      const target = await open(ana, 'Merge target');
      await sql('update tickets set merged_into_id = (select id from tickets where tenant_id = $1 and reference = $3) where tenant_id = $1 and reference = $2', source, target);
      expect((await as(ana).get(`tickets/${source}`).expect(200)).body.reference).toBe(target);
      const listed = await references(ana);
      expect(listed).toContain(target);
      expect(listed).not.toContain(source);
    });

    it('refuses blank, oversized and unknown fields', async () => {
      const bodies = [
        { helpTopicId: topicId, subject: '   ', message: 'M' },
        { helpTopicId: topicId, subject: 'S', message: ' \n ' },
        { helpTopicId: topicId, subject: 'x'.repeat(256), message: 'M' },
        { helpTopicId: topicId, subject: 'S', message: 'M', collaborators: ['not an address'] },
        { helpTopicId: topicId, subject: 'S', message: 'M', collaborators: Array.from({ length: 21 }, (_, i) => `p${i}@example.org`) },
        { helpTopicId: topicId, subject: 'S', message: 'M', priority: 'high' },
        { helpTopicId: 'not-a-uuid', subject: 'S', message: 'M' },
      ];
      for (const body of bodies) expectProblem(await as(ana).post('tickets', body), 400, 'request.invalid');
      // Signed in, the guest fields do not apply.
      expectProblem(await as(ana).post('tickets', { helpTopicId: topicId, subject: 'S', message: 'M', email: 'x@example.org' }), 400, 'ticket.invalid');
      expect(await sql("select 1 from tickets where tenant_id = $1 and subject in ('S', '   ')")).toEqual([]);
    });
  });

  describe('my tickets', () => {
    let dora: PortalUser;
    let own: string[];
    let copied: string;
    let foreign: string;

    beforeAll(async () => {
      dora = await registerRequester(api, hotel, 'dora@example.org', 'Dora Puig');
      const eva = await registerRequester(api, hotel, 'eva@example.org', 'Eva Roca');
      own = [await open(dora, 'First'), await open(dora, 'Second'), await open(dora, 'Third')];
      copied = await open(eva, 'Copied to Dora', { collaborators: ['dora@example.org'] });
      foreign = await open(eva, 'Eva alone');
    });

    it("lists the requester's and the copied tickets, newest activity first, with requester fields only", async () => {
      const response = await as(dora).get('tickets').expect(200);
      expect(response.body.items.map((t: { reference: string }) => t.reference)).toEqual([copied, own[2], own[1], own[0]]);
      expect(response.body.nextCursor).toBeNull();
      const [first] = response.body.items;
      expect(first).toEqual({
        reference: copied,
        subject: 'Copied to Dora',
        status: { label: 'New', state: 'new' },
        helpTopic: 'General inquiry',
        requester: { name: 'Eva Roca' },
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      expect(response.text).not.toMatch(AGENT_ONLY);
      expect(await references(dora)).not.toContain(foreign);
      // New activity moves a ticket to the top.
      await as(dora).post(`tickets/${own[0]}/replies`, { message: 'Any news?' }).expect(201);
      expect((await references(dora))[0]).toBe(own[0]);
    });

    it('filters by open and closed, counting resolved as closed', async () => {
      await moveTicket(api, hotel, own[1], 'resolved');
      expect(await references(dora, '?state=closed')).toEqual([own[1]]);
      expect(await references(dora, '?state=open')).not.toContain(own[1]);
      expect((await references(dora, '?state=open')).sort()).toEqual([copied, own[0], own[2]].sort());
    });

    it('pages with a cursor without repeating or skipping a ticket', async () => {
      const all = await references(dora);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const page = (await as(dora).get(`tickets${query}`).expect(200)).body;
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((t: { reference: string }) => t.reference));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all);
      expect(all).toHaveLength(4);
    });

    it('refuses bad list queries', async () => {
      expectProblem(await as(dora).get('tickets?cursor=bm90LWEtdXVpZA'), 400, 'pagination.invalid-cursor');
      for (const query of ['?limit=0', '?limit=201', '?state=pending', '?sort=subject']) {
        expectProblem(await as(dora).get(`tickets${query}`), 400, 'request.invalid');
      }
    });
  });

  describe('organizations', () => {
    let carl: PortalUser;
    let dan: PortalUser;
    let shared: string;
    let confidential: string;
    let unshared: string;

    beforeAll(async () => {
      carl = await registerRequester(api, hotel, 'carl@example.org', 'Carl Mas');
      dan = await registerRequester(api, hotel, 'dan@example.org', 'Dan Font');
      const seeAll = '01938f6e-0000-7000-8000-0000000000b1';
      const own = '01938f6e-0000-7000-8000-0000000000b2';
      await sql("insert into organizations (tenant_id, id, name, members_see_all) values ($1, $2, 'Physics', true), ($1, $3, 'Chemistry', false)", seeAll, own);
      await sql('insert into requester_organizations (tenant_id, requester_id, organization_id) values ($1, $2, $4), ($1, $3, $4)', ana.id, carl.id, seeAll);
      await sql('insert into requester_organizations (tenant_id, requester_id, organization_id) values ($1, $2, $4), ($1, $3, $4)', bea.id, dan.id, own);
      shared = await open(ana, 'Lab printer');
      confidential = await open(ana, 'Personal matter');
      await sql('update tickets set is_confidential = true where tenant_id = $1 and reference = $2', confidential);
      unshared = await open(bea, 'Chemistry only');
    });

    it('shows members the tickets of organizations whose members see all, except confidential ones', async () => {
      const listed = await references(carl);
      expect(listed).toContain(shared);
      expect(listed).not.toContain(confidential);
      expect(listed).not.toContain(unshared);
      expect((await as(carl).get(`tickets/${shared}`).expect(200)).body).toMatchObject({ role: 'organization', requester: { name: 'Ana Soler' }, actions: { close: false, reopen: false, rate: false } });
      expectProblem(await as(carl).get(`tickets/${confidential}`), 404, 'ticket.not-found');
      expectProblem(await as(dan).get(`tickets/${unshared}`), 404, 'ticket.not-found');
      expect(await references(dan)).not.toContain(unshared);
    });

    it('lets members reply but leaves closing and rating to the requester', async () => {
      const reply = await as(carl).post(`tickets/${shared}/replies`, { message: 'Same here' }).expect(201);
      expect(reply.body.entry.author).toEqual({ name: 'Carl Mas', kind: 'requester' });
      expectProblem(await as(carl).post(`tickets/${shared}/close`), 403, 'ticket.forbidden');
      await moveTicket(api, hotel, shared, 'resolved');
      expectProblem(await as(carl).post(`tickets/${shared}/rating`, { rating: 1 }), 403, 'ticket.forbidden');
      expectProblem(await as(carl).post(`tickets/${shared}/reopen`), 403, 'ticket.forbidden');
      // Replying did not make the member a participant.
      expect(await sql('select 1 from ticket_participants where tenant_id = $1 and requester_id = $2', carl.id)).toEqual([]);
    });
  });

  describe('replies', () => {
    it('reopens a resolved ticket, showing the statuses by their requester labels', async () => {
      const reference = await open(ana, 'Resolved too early');
      await moveTicket(api, hotel, reference, 'resolved');
      const reply = await as(ana).post(`tickets/${reference}/replies`, { message: 'Still broken' }).expect(201);
      expect(reply.body).toMatchObject({ reference, followUp: false, guestToken: null, entry: { kind: 'message', body: 'Still broken' } });
      const ticket = (await as(ana).get(`tickets/${reference}`).expect(200)).body;
      expect(ticket.status).toEqual({ label: 'Open', state: 'open' });
      const events = ticket.thread.filter((e: ThreadEntry) => e.kind === 'event').map((e: ThreadEntry) => [e.event, e.details]);
      expect(events).toEqual([
        ['created', null],
        ['status', { from: 'New', to: 'Resolved' }],
        ['reopened', { from: 'Resolved', to: 'Open' }],
      ]);
      expect(ticket.thread.at(-1)).toMatchObject({ kind: 'message', body: 'Still broken' });
    });

    it('reopens a closed ticket where replies reopen closed tickets', async () => {
      const reference = await open(ana, 'Closed, reopen policy');
      await moveTicket(api, hotel, reference, 'closed');
      const reply = await as(ana).post(`tickets/${reference}/replies`, { message: 'Back again' }).expect(201);
      expect(reply.body).toMatchObject({ reference, followUp: false });
      expect((await as(ana).get(`tickets/${reference}`).expect(200)).body.status.state).toBe('open');
    });

    it('opens a linked follow-up where replies to closed tickets open new ones', async () => {
      await setSettings(api, hotel, { closed_reply_policy: 'new_ticket' });
      const reference = await open(ana, 'Closed, new ticket policy');
      await moveTicket(api, hotel, reference, 'closed');
      const reply = await as(ana).post(`tickets/${reference}/replies`, { message: 'A new problem' }).expect(201);
      expect(reply.body.followUp).toBe(true);
      expect(reply.body.reference).not.toBe(reference);
      expect((await as(ana).get(`tickets/${reference}`).expect(200)).body.status.state).toBe('closed');
      const followUp = (await as(ana).get(`tickets/${reply.body.reference}`).expect(200)).body;
      expect(followUp).toMatchObject({ subject: 'Closed, new ticket policy', role: 'requester', status: { state: 'new' } });
      expect(followUp.thread.filter((e: ThreadEntry) => e.kind === 'message').map((e: ThreadEntry) => e.body)).toEqual(['A new problem']);
      const links = await sql(
        `select l.kind from ticket_links l join tickets a on a.id = l.ticket_id join tickets b on b.id = l.linked_ticket_id
          where l.tenant_id = $1 and a.reference = $2 and b.reference = $3`,
        reply.body.reference,
        reference,
      );
      expect(links).toEqual([{ kind: 'related' }]);
    });

    it("keeps the requester and the people of the closed ticket on a follow-up a collaborator's reply opens", async () => {
      await setSettings(api, hotel, { closed_reply_policy: 'new_ticket' });
      const cc = await registerRequester(api, hotel, 'cc.follow@example.org', 'Carla');
      const reference = await open(ana, 'Shared, closed', { collaborators: ['cc.follow@example.org'] });
      await moveTicket(api, hotel, reference, 'closed');
      const reply = await as(cc).post(`tickets/${reference}/replies`, { message: 'From the CC' }).expect(201);
      expect(reply.body.followUp).toBe(true);
      expect((await as(ana).get(`tickets/${reply.body.reference}`).expect(200)).body.role).toBe('requester');
      const seen = (await as(cc).get(`tickets/${reply.body.reference}`).expect(200)).body;
      expect(seen.role).toBe('collaborator');
      expect(seen.thread.filter((e: ThreadEntry) => e.kind === 'message')).toEqual([
        expect.objectContaining({ body: 'From the CC', author: { name: 'Carla', kind: 'requester' } }),
      ]);
    });

    it('still opens the follow-up when the closed ticket\'s help topic was deactivated since', async () => {
      await setSettings(api, hotel, { closed_reply_policy: 'new_ticket' });
      const [{ id: retiring }] = await sql(
        "insert into help_topics (tenant_id, id, name, department_id) select $1, '01938f6e-0000-7000-8000-0000000000c1', 'Retiring', department_id from help_topics where tenant_id = $1 and id = $2 returning id",
        topicId,
      );
      const reference = await open(ana, 'Old topic', { helpTopicId: retiring });
      await moveTicket(api, hotel, reference, 'closed');
      await sql('update help_topics set is_active = false where tenant_id = $1 and id = $2', retiring);
      const reply = await as(ana).post(`tickets/${reference}/replies`, { message: 'Following up' }).expect(201);
      expect(reply.body.followUp).toBe(true);
      expect((await as(ana).get(`tickets/${reply.body.reference}`).expect(200)).body.helpTopic).toBeNull();
    });

    it("gives a guest session the follow-up's guest link, since the session reaches its own ticket only", async () => {
      await setSettings(api, hotel, { closed_reply_policy: 'new_ticket' });
      const created = await api
        .http()
        .post(portal('tickets'))
        .send({ helpTopicId: topicId, subject: 'Guest, closed', message: 'Hi', name: 'Gus', email: 'gus@example.org' })
        .expect(201);
      const reference = created.body.ticket.reference;
      await moveTicket(api, hotel, reference, 'closed');
      const token = await withTicket(api, hotel, reference, async (_ticket, tickets) => (await tickets.guestLinkOf(reference, 'gus@example.org'))!.token);
      const session = (await api.http().post(portal('guest')).send({ reference, email: 'gus@example.org', token }).expect(200)).body.token;
      const reply = await as(session).post(`tickets/${reference}/replies`, { message: 'Hello again' }).expect(201);
      expect(reply.body.followUp).toBe(true);
      expectProblem(await as(session).get(`tickets/${reply.body.reference}`), 404, 'ticket.not-found');
      const next = await api.http().post(portal('guest')).send({ reference: reply.body.reference, email: 'gus@example.org', token: reply.body.guestToken }).expect(200);
      await as(next.body.token).get(`tickets/${reply.body.reference}`).expect(200);
    });

    it('refuses blank replies', async () => {
      const reference = await open(ana, 'Blank reply');
      for (const body of [{ message: '  ' }, {}, { message: 'x', extra: true }]) {
        expectProblem(await as(ana).post(`tickets/${reference}/replies`, body), 400, 'request.invalid');
      }
      expect((await thread(ana, reference)).filter((e) => e.kind === 'message')).toHaveLength(1);
    });
  });

  describe('closing and reopening', () => {
    it('lets the requester close, once, recording the change', async () => {
      const reference = await open(ana, 'Solved myself', { collaborators: ['bea@example.org'] });
      expectProblem(await as(bea).post(`tickets/${reference}/close`), 403, 'ticket.forbidden');
      const closed = (await as(ana).post(`tickets/${reference}/close`).expect(200)).body;
      expect(closed).toMatchObject({ status: { label: 'Closed', state: 'closed' }, actions: { close: false, reopen: true, rate: true } });
      expect(closed.thread.at(-1)).toMatchObject({ kind: 'event', event: 'status', details: { from: 'New', to: 'Closed' }, author: { name: 'Ana Soler' } });
      const again = (await as(ana).post(`tickets/${reference}/close`).expect(200)).body;
      expect(again.thread).toHaveLength(closed.thread.length);
    });

    it('refuses to close while a task of the ticket is open', async () => {
      const reference = await open(ana, 'Has a task');
      await sql(
        "insert into tasks (tenant_id, id, ticket_id, department_id, title) select $1, '01938f6e-0000-7000-8000-0000000000d1', id, department_id, 'Replace toner' from tickets where tenant_id = $1 and reference = $2",
        reference,
      );
      expectProblem(await as(ana).post(`tickets/${reference}/close`), 409, 'ticket.open-tasks');
      expect((await as(ana).get(`tickets/${reference}`).expect(200)).body.status.state).toBe('new');
      await sql("update tasks set closed_at = now() where tenant_id = $1 and id = '01938f6e-0000-7000-8000-0000000000d1'");
      await as(ana).post(`tickets/${reference}/close`).expect(200);
    });

    it('reopens resolved tickets, and closed ones only where replies reopen them', async () => {
      const resolved = await open(ana, 'Reopen me');
      expectProblem(await as(ana).post(`tickets/${resolved}/reopen`), 409, 'ticket.invalid-transition');
      await moveTicket(api, hotel, resolved, 'resolved');
      const reopened = (await as(ana).post(`tickets/${resolved}/reopen`).expect(200)).body;
      expect(reopened.status).toEqual({ label: 'Open', state: 'open' });
      expect(reopened.thread.at(-1)).toMatchObject({ event: 'reopened', details: { from: 'Resolved', to: 'Open' } });

      const closed = await open(ana, 'Closed for good');
      await moveTicket(api, hotel, closed, 'closed');
      await setSettings(api, hotel, { closed_reply_policy: 'new_ticket' });
      expect((await as(ana).get(`tickets/${closed}`).expect(200)).body.actions.reopen).toBe(false);
      expectProblem(await as(ana).post(`tickets/${closed}/reopen`), 409, 'ticket.invalid-transition');
      await setSettings(api, hotel, { closed_reply_policy: 'reopen' });
      expect((await as(ana).post(`tickets/${closed}/reopen`).expect(200)).body.status.state).toBe('open');
    });
  });

  describe('rating', () => {
    it('takes one rating from the requester after resolution', async () => {
      const reference = await open(ana, 'Rate me', { collaborators: ['bea@example.org'] });
      expectProblem(await as(ana).post(`tickets/${reference}/rating`, { rating: 5 }), 409, 'ticket.not-rateable');
      await moveTicket(api, hotel, reference, 'resolved');
      expectProblem(await as(bea).post(`tickets/${reference}/rating`, { rating: 1 }), 403, 'ticket.forbidden');
      for (const body of [{ rating: 0 }, { rating: 6 }, { rating: 2.5 }, { rating: 'five' }, {}, { rating: 4, comment: 'x'.repeat(2001) }]) {
        expectProblem(await as(ana).post(`tickets/${reference}/rating`, body), 400, 'request.invalid');
      }
      const rated = (await as(ana).post(`tickets/${reference}/rating`, { rating: 4, comment: 'Quick, thanks' }).expect(200)).body;
      expect(rated.rating).toEqual({ value: 4, comment: 'Quick, thanks', ratedAt: expect.any(String) });
      expect(rated.actions.rate).toBe(false);
      expect(rated.thread.at(-1)).toMatchObject({ kind: 'event', event: 'rated', details: { rating: 4 }, author: { name: 'Ana Soler' } });
      expectProblem(await as(ana).post(`tickets/${reference}/rating`, { rating: 1 }), 409, 'ticket.already-rated');
      expect(await sql('select rating, rating_comment from tickets where tenant_id = $1 and reference = $2', reference)).toEqual([{ rating: 4, rating_comment: 'Quick, thanks' }]);
      // The collaborator sees the rating too.
      expect((await as(bea).get(`tickets/${reference}`).expect(200)).body.rating.value).toBe(4);
    });

    it('rates a closed ticket too', async () => {
      const reference = await open(ana, 'Closed then rated');
      await as(ana).post(`tickets/${reference}/close`).expect(200);
      await as(ana).post(`tickets/${reference}/rating`, { rating: 2 }).expect(200);
    });
  });
});
