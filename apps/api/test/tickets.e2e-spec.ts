import { Agent, Instance, TestApi, at, bearer, startTestApi } from './api-harness';
import { withTicket } from './portal-harness';

describe('tickets: opening, reading and answering', () => {
  let api: TestApi;
  let desk: Instance;
  let departmentId: string;
  let topicId: string;

  const url = (path: string) => `/api/v1/t/${desk.slug}/${path}`;
  const ref = (reference: string) => encodeURIComponent(reference);
  const get = (path: string, token = desk.token) => api.http().get(url(path)).set(bearer(token));
  const post = (path: string, body: object, token = desk.token) => api.http().post(url(path)).set(bearer(token)).send(body);

  beforeAll(async () => {
    api = await startTestApi();
    desk = await api.provision('helpdesk');
    departmentId = (await get('departments').expect(200)).body[0].id;
    topicId = (await get('help-topics').expect(200)).body[0].id;
  });

  afterAll(() => api.close());

  async function phoneTicket(extra: object = {}) {
    const response = await post('tickets', {
      requester: { email: 'Joan.Serra@example.org', name: 'Joan Serra' },
      subject: 'Wi-Fi down in room A2',
      message: 'Nobody in A2 can connect since this morning.',
      source: 'phone',
      helpTopicId: topicId,
      ...extra,
    });
    expect(response.status).toBe(201);
    return response;
  }

  it('opens a ticket on behalf of a new requester with the instance defaults', async () => {
    const before = Date.now();
    const response = await phoneTicket();
    const ticket = response.body;
    expect(response.headers.etag).toBe('"1"');
    expect(ticket.reference).toMatch(/^\d{6}$/);
    expect(ticket).toMatchObject({
      subject: 'Wi-Fi down in room A2',
      source: 'phone',
      type: 'incident',
      status: { name: 'New', state: 'new' },
      priority: { name: 'Normal' },
      department: { id: departmentId, name: 'Support' },
      helpTopic: { id: topicId, name: 'General inquiry' },
      requester: { name: 'Joan Serra' },
      requesterEmail: 'joan.serra@example.org',
      slaPlan: { name: 'Default SLA' },
      assignee: null,
      isOverdue: false,
      version: 1,
      lock: null,
    });
    // The default SLA plan resolves within 12 hours.
    const due = new Date(ticket.dueAt).getTime();
    expect(due).toBeGreaterThanOrEqual(before + 12 * 3600_000 - 1000);
    expect(due).toBeLessThanOrEqual(Date.now() + 12 * 3600_000 + 1000);

    const thread = (await get(`tickets/${ref(ticket.reference)}/thread`).expect(200)).body;
    expect(thread.map((e: { kind: string; event: string | null }) => e.event ?? e.kind)).toEqual(['created', 'message']);
    expect(thread[1]).toMatchObject({ visibility: 'public', body: 'Nobody in A2 can connect since this morning.', author: { type: 'requester', name: 'Joan Serra' } });
    expect(thread[0]).toMatchObject({ author: { type: 'staff', id: desk.manager.id } });
    const outbox = await api.sql("select topic, payload from outbox where topic = 'ticket.created' and payload->>'ticketId' = $1", [ticket.id]);
    expect(outbox).toHaveLength(1);
  });

  it('finds the same requester again by any spelling of the address', async () => {
    const first = (await phoneTicket()).body;
    const second = (await phoneTicket({ requester: { email: 'JOAN.SERRA@example.org' } })).body;
    expect(second.requester.id).toBe(first.requester.id);
    expect(second.reference).not.toBe(first.reference);
  });

  it("opens internal tickets for the agent, starting with an internal note", async () => {
    const response = await post('tickets', { subject: 'Renew the TLS certificate', message: 'Expires on the 30th.', source: 'internal', departmentId });
    expect(response.status).toBe(201);
    expect(response.body.requesterEmail).toBe(desk.manager.email);
    const thread = (await get(`tickets/${ref(response.body.reference)}/thread`).expect(200)).body;
    expect(thread[1]).toMatchObject({ kind: 'note', visibility: 'internal', author: { type: 'staff' } });
  });

  it('adds collaborators given at creation', async () => {
    const ticket = (await phoneTicket({ collaborators: [{ email: 'marta@example.org', name: 'Marta' }, { email: 'pere@example.org' }] })).body;
    expect(ticket.collaborators.map((c: { email: string }) => c.email)).toEqual(['marta@example.org', 'pere@example.org']);
  });

  it('adds the members of an organization that shares tickets, for new and known requesters alike', async () => {
    await api.http().post(url('admin/organizations')).set(bearer(desk.token)).send({ name: 'Acme', domains: ['acme.example'], autoAddMembers: true }).expect(201);
    const names = (response: { body: { collaborators: { name: string }[] } }) => response.body.collaborators.map((c) => c.name);
    // A new address of the domain joins the organization, which has no other member yet.
    expect(names(await phoneTicket({ requester: { email: 'anna@acme.example', name: 'Anna' } }))).toEqual([]);
    expect(names(await phoneTicket({ requester: { email: 'bob@acme.example', name: 'Bob' } }))).toEqual(['Anna']);
    expect(names(await phoneTicket({ requester: { email: 'anna@acme.example' } }))).toEqual(['Bob']);
    // Without sharing, nobody is added.
    expect(names(await phoneTicket())).toEqual([]);
  });

  it('refuses bad input with problem+json and writes nothing', async () => {
    const count = async () => (await api.sql<{ n: number }>('select count(*)::int as n from tickets'))[0].n;
    const before = await count();
    const cases: [object, number, string][] = [
      [{ subject: 'x', message: 'y', source: 'phone' }, 400, 'ticket.invalid'],
      [{ subject: '', message: 'y', source: 'phone', requester: { email: 'a@example.org' }, departmentId }, 400, 'request.invalid'],
      [{ subject: 'x', message: 'y', source: 'email', requester: { email: 'a@example.org' }, departmentId }, 400, 'request.invalid'],
      [{ subject: 'x', message: 'y', source: 'phone', requester: { email: 'not-an-address' }, departmentId }, 400, 'request.invalid'],
      [{ subject: 'x', message: 'y', source: 'phone', requester: { name: 'No address' }, departmentId }, 400, 'request.invalid'],
      [{ subject: 'x', message: 'y', source: 'phone', requester: { email: 'a@example.org' }, departmentId, impact: 3 }, 400, 'request.invalid'],
      [{ subject: 'x', message: 'y', source: 'phone', requester: { email: 'a@example.org' }, departmentId, tenantId: desk.id }, 400, 'request.invalid'],
      [{ subject: 'x', message: 'y', source: 'phone', requester: { email: 'a@example.org' }, departmentId: '00000000-0000-7000-8000-000000000000' }, 404, 'directory.not-found'],
    ];
    for (const [body, status, code] of cases) {
      const response = await post('tickets', body);
      expect(`${response.status} ${response.body.code}`).toBe(`${status} ${code}`);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    const closed = (await get('statuses').expect(200)).body.find((s: { state: string }) => s.state === 'closed');
    const startsClosed = await post('tickets', { subject: 'x', message: 'y', source: 'phone', requester: { email: 'a@example.org' }, departmentId, statusId: closed.id });
    expect(startsClosed.status).toBe(400);
    expect(await count()).toBe(before);
    expect(await api.sql("select 1 from requester_emails where email = 'a@example.org'")).toEqual([]);
  });

  it('answers 404 for a reference that does not exist', async () => {
    const response = await get(`tickets/${ref('nope#1')}`);
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('ticket.not-found');
  });

  describe('versions and If-Match', () => {
    it('raises the ETag on every change and refuses a stale If-Match with 409', async () => {
      const ticket = (await phoneTicket()).body;
      const path = `tickets/${ref(ticket.reference)}`;
      const reply = await post(`${path}/replies`, { message: 'We are on it.' }).set('If-Match', '"1"');
      expect(reply.status).toBe(201);
      expect(reply.headers.etag).toBe('"2"');
      expect(reply.body).toMatchObject({ kind: 'response', visibility: 'public', body: 'We are on it.', author: { type: 'staff', id: desk.manager.id } });

      const stale = await post(`${path}/notes`, { message: 'based on an old read' }).set('If-Match', '"1"');
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('ticket.stale');
      const current = await get(path).expect(200);
      expect(current.headers.etag).toBe('"2"');
      expect(current.headers['cache-control']).toBe('no-store');
      expect(current.body.firstResponseAt).not.toBeNull();
      const notes = (await get(`${path}/thread`).expect(200)).body.filter((e: { kind: string }) => e.kind === 'note');
      expect(notes).toEqual([]);

      expect((await post(`${path}/notes`, { message: 'fresh' }).set('If-Match', 'W/"2"')).status).toBe(201);
      expect((await post(`${path}/notes`, { message: 'no precondition' })).status).toBe(201);
      const garbage = await post(`${path}/notes`, { message: 'x' }).set('If-Match', 'yesterday');
      expect(`${garbage.status} ${garbage.body.code}`).toBe('400 request.invalid-if-match');
      expect((await get(path).expect(200)).headers.etag).toBe('"4"');
    });
  });

  describe('the composing lock', () => {
    it('is taken, renewed, shown on the ticket, and released', async () => {
      const ticket = (await phoneTicket()).body;
      const path = `tickets/${ref(ticket.reference)}`;
      const lock = await api.http().post(url(`${path}/lock`)).set(bearer(desk.token)).expect(200);
      expect(lock.body.lockedBy).toEqual({ id: desk.manager.id, name: `Manager of ${desk.slug}` });
      const expires = new Date(lock.body.expiresAt).getTime();
      expect(expires).toBeGreaterThan(Date.now() + 250_000);
      expect((await get(path).expect(200)).body.lock.lockedBy.id).toBe(desk.manager.id);
      await api.http().post(url(`${path}/lock`)).set(bearer(desk.token)).expect(200);
      await api.http().delete(url(`${path}/lock`)).set(bearer(desk.token)).expect(204);
      expect((await get(path).expect(200)).body.lock).toBeNull();
    });

    it('is released by the reply of its holder', async () => {
      const ticket = (await phoneTicket()).body;
      const path = `tickets/${ref(ticket.reference)}`;
      await api.http().post(url(`${path}/lock`)).set(bearer(desk.token)).expect(200);
      await post(`${path}/replies`, { message: 'Done.' }).expect(201);
      expect((await get(path).expect(200)).body.lock).toBeNull();
    });
  });

  describe('queues', () => {
    it('pages through every visible ticket in due-date order with a cursor', async () => {
      const all: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `tickets?queue=all&sort=due&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const page = (await get(query).expect(200)).body;
        expect(page.items.length).toBeLessThanOrEqual(2);
        all.push(...page.items.map((t: { reference: string; dueAt: string }) => `${t.dueAt}|${t.reference}`));
        cursor = page.nextCursor;
      } while (cursor);
      const total = (await api.sql<{ n: number }>('select count(*)::int as n from tickets where tenant_id = $1', [desk.id]))[0].n;
      expect(all).toHaveLength(total);
      expect(new Set(all).size).toBe(total);
      const dues = all.map((row) => new Date(row.split('|')[0]).getTime());
      expect([...dues].sort((a, b) => a - b)).toEqual(dues);
    });

    it('filters by requester and carries topic, priority, due date, activity and assignee on each row', async () => {
      const mine = (await phoneTicket({ requester: { email: 'queue.person@example.org' } })).body;
      const page = (await get(`tickets?requesterId=${mine.requester.id}`).expect(200)).body;
      expect(page.items).toHaveLength(1);
      expect(page.items[0]).toMatchObject({
        reference: mine.reference,
        helpTopic: { name: 'General inquiry' },
        priority: { name: 'Normal' },
        assignee: null,
        status: { state: 'new' },
      });
      expect(page.items[0].dueAt).toBe(mine.dueAt);
      expect(page.items[0].lastActivityAt).toBeDefined();
    });

    it('refuses unknown queues, sorts and foreign cursors', async () => {
      expect((await get('tickets?queue=everything')).status).toBe(400);
      expect((await get('tickets?sort=name')).status).toBe(400);
      expect((await get('tickets?state=open,sleeping')).status).toBe(400);
      const cursor = await get('tickets?cursor=abc');
      expect(`${cursor.status} ${cursor.body.code}`).toBe('400 pagination.invalid-cursor');
    });
  });

  describe('references', () => {
    it('hands out unique counter references to concurrent creations', async () => {
      await api.sql("update instance_settings set reference_format = 'suport#{n}' where tenant_id = $1", [desk.id]);
      const responses = await Promise.all(Array.from({ length: 16 }, () => phoneTicket()));
      const references = responses.map((r) => r.body.reference as string);
      expect(new Set(references).size).toBe(16);
      const numbers = references.map((r) => Number(r.replace('suport#', ''))).sort((a, b) => a - b);
      expect(numbers).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
      // The reference with its # reaches the ticket when URL-encoded.
      await get(`tickets/${ref('suport#3')}`).expect(200);
    });

    it('uses a help topic’s own format over the instance’s', async () => {
      await api.sql("update help_topics set reference_format = 'HW-{n:4}' where id = $1", [topicId]);
      expect((await phoneTicket()).body.reference).toBe('HW-0001');
      await api.sql('update help_topics set reference_format = null where id = $1', [topicId]);
    });
  });

  describe('who may open, answer and read', () => {
    let viewer: Agent;
    let limited: Agent;
    let outsider: Agent;

    beforeAll(async () => {
      viewer = await api.addAgent(desk, { name: 'Viewer', role: 'View only' });
      limited = await api.addAgent(desk, { name: 'Limited', role: 'Limited access' });
      outsider = await api.addAgent(desk, { name: 'Outsider', role: 'All access', department: 'Network' });
    });

    it('lets only roles with ticket.create open tickets, and only in their departments', async () => {
      const body = { requester: { email: 'role.test@example.org' }, subject: 'x', message: 'y', source: 'phone', departmentId };
      const refused = await post('tickets', body, viewer.token);
      expect(`${refused.status} ${refused.body.code} ${refused.body.permission}`).toBe('403 ticket.forbidden ticket.create');
      expect((await post('tickets', body, outsider.token)).status).toBe(403);
      expect((await post('tickets', body, limited.token)).status).toBe(201);
      expect((await post('tickets', { ...body, departmentId: outsider.departmentIds.Network }, outsider.token)).status).toBe(201);
    });

    it('lets only roles with ticket.reply answer; every agent who sees the ticket may note', async () => {
      const ticket = (await phoneTicket()).body;
      const path = `tickets/${ref(ticket.reference)}`;
      const refused = await post(`${path}/replies`, { message: 'x' }, viewer.token);
      expect(`${refused.status} ${refused.body.code}`).toBe('403 ticket.forbidden');
      expect((await post(`${path}/notes`, { message: 'seen it' }, viewer.token)).status).toBe(201);
      expect((await post(`${path}/replies`, { message: 'on it' }, limited.token)).status).toBe(201);
      const entries = (await get(`${path}/thread`).expect(200)).body.map((e: { kind: string; body: string }) => `${e.kind}:${e.body}`);
      expect(entries).toEqual(expect.arrayContaining(['note:seen it', 'response:on it']));
      expect(entries).not.toContain('response:x');
    });

    it("hides another department's tickets and keeps restricted notes with the department", async () => {
      const ticket = (await phoneTicket()).body;
      const path = `tickets/${ref(ticket.reference)}`;
      await post(`${path}/notes`, { message: 'members only', restricted: true }).expect(201);
      expect((await get(path, outsider.token)).status).toBe(404);
      expect((await get(`${path}/thread`, outsider.token)).status).toBe(404);
      expect((await post(`${path}/notes`, { message: 'x' }, outsider.token)).status).toBe(404);

      // Assigned to the outsider, the ticket becomes visible to them, restricted notes do not.
      await post(`${path}/assign`, { staffId: outsider.id }).expect(200);
      const seen = (await get(`${path}/thread`, outsider.token).expect(200)).body;
      expect(seen.map((e: { body: string }) => e.body)).not.toContain('members only');
      const restricted = await post(`${path}/notes`, { message: 'x', restricted: true }, outsider.token);
      expect(`${restricted.status} ${restricted.body.code}`).toBe('403 ticket.forbidden');
      expect((await get(`${path}/thread`, viewer.token).expect(200)).body.map((e: { body: string }) => e.body)).toContain('members only');
    });
  });

  describe('two agents and one lock', () => {
    it("shows who is replying and refuses the other agent's lock and reply, not their note", async () => {
      const colleague = await api.addAgent(desk, { name: 'Colleague', role: 'All access' });
      const ticket = (await phoneTicket()).body;
      const path = `tickets/${ref(ticket.reference)}`;
      await post(`${path}/lock`, {}).expect(200);

      const seen = (await get(path, colleague.token).expect(200)).body;
      expect(seen.lock.lockedBy).toEqual({ id: desk.manager.id, name: `Manager of ${desk.slug}` });
      const lock = await post(`${path}/lock`, {}, colleague.token);
      expect(`${lock.status} ${lock.body.code}`).toBe('409 ticket.locked');
      expect(lock.body.lockedBy.id).toBe(desk.manager.id);
      expect(new Date(lock.body.expiresAt).getTime()).toBeGreaterThan(Date.now());
      const reply = await post(`${path}/replies`, { message: 'me too' }, colleague.token);
      expect(`${reply.status} ${reply.body.code}`).toBe('409 ticket.locked');
      expect((await post(`${path}/notes`, { message: 'careful, Anna is answering' }, colleague.token)).status).toBe(201);
      // Releasing someone else's lock does nothing.
      await api.http().delete(url(`${path}/lock`)).set(bearer(colleague.token)).expect(204);
      expect((await get(path).expect(200)).body.lock.lockedBy.id).toBe(desk.manager.id);

      // An expired lock is free for the taking.
      await api.sql("update ticket_locks set expires_at = now() - interval '1 second' where ticket_id = $1", [ticket.id]);
      expect((await get(path, colleague.token).expect(200)).body.lock).toBeNull();
      expect((await post(`${path}/lock`, {}, colleague.token).expect(200)).body.lockedBy.id).toBe(colleague.id);
      expect((await post(`${path}/replies`, { message: 'mine now' }, colleague.token)).status).toBe(201);
    });
  });

  describe('the queues of one agent', () => {
    it('lists mine, unassigned, my department and overdue, each with only its tickets', async () => {
      const agent = await api.addAgent(desk, { name: 'Queue Keeper', role: 'All access', department: 'Queues' });
      const queues = agent.departmentIds.Queues;
      const open = async (extra: object) =>
        (await post('tickets', { requester: { email: 'q@example.org' }, subject: 'q', message: 'q', source: 'phone', departmentId: queues, ...extra }, agent.token).expect(201)).body;
      const mine = await open({ assigneeStaffId: agent.id });
      const free = await open({});
      const late = await open({ dueAt: '2020-01-01T00:00:00Z' });
      const references = async (query: string) =>
        (await get(`tickets?${query}&departmentId=${queues}`, agent.token).expect(200)).body.items.map((t: { reference: string }) => t.reference).sort();
      expect(await references('queue=mine')).toEqual([mine.reference]);
      expect(await references('queue=unassigned')).toEqual([free.reference, late.reference].sort());
      expect(await references('queue=department')).toEqual([mine.reference, free.reference, late.reference].sort());
      expect(await references('queue=overdue')).toEqual([late.reference]);
      const overdueRow = (await get(`tickets?queue=overdue&departmentId=${queues}`, agent.token).expect(200)).body.items[0];
      expect(overdueRow.isOverdue).toBe(true);

      // Resolved tickets leave the working queues but stay in queue=all.
      const resolved = (await get('statuses').expect(200)).body.find((s: { state: string }) => s.state === 'resolved');
      await post(`tickets/${ref(late.reference)}/status`, { statusId: resolved.id }, agent.token).expect(200);
      expect(await references('queue=overdue')).toEqual([]);
      expect(await references('queue=all')).toContain(late.reference);
      expect(await references('queue=all&state=resolved')).toEqual([late.reference]);
      // The manager does not see another department's tickets as "department".
      expect((await get(`tickets?queue=department&departmentId=${queues}`).expect(200)).body.items).toEqual([]);
    });
  });

  describe('queues sorted by priority', () => {
    it("follows a manager who changes a priority's urgency, on tickets already open", async () => {
      const agent = await api.addAgent(desk, { name: 'Priority Keeper', role: 'All access', department: 'Priorities' });
      const departmentOfAgent = agent.departmentIds.Priorities;
      const priorities: { id: string; urgency: number }[] = (await get('priorities').expect(200)).body;
      const [lowest, highest] = [...priorities].sort((a, b) => a.urgency - b.urgency).filter((_, i, all) => i === 0 || i === all.length - 1);
      const open = async (priorityId: string) =>
        (await post('tickets', { requester: { email: 'p@example.org' }, subject: 'p', message: 'p', source: 'phone', departmentId: departmentOfAgent, priorityId }, agent.token).expect(201))
          .body.reference as string;
      const low = await open(lowest.id);
      const high = await open(highest.id);
      const order = async (sort: string) =>
        (await get(`tickets?queue=department&departmentId=${departmentOfAgent}&sort=${sort}`, agent.token).expect(200)).body.items.map((t: { reference: string }) => t.reference);
      expect(await order('-priority')).toEqual([high, low]);
      const patch = (urgency: number) => api.http().patch(url(`admin/priorities/${lowest.id}`)).set(bearer(desk.token)).send({ urgency }).expect(200);
      await patch(100);
      try {
        expect(await order('-priority')).toEqual([low, high]);
        expect(await order('priority')).toEqual([high, low]);
      } finally {
        await patch(lowest.urgency);
      }
    });
  });

  describe('mail deliveries', () => {
    it('shows agents the mails sent about each entry, and requesters none', async () => {
      const opened = await api
        .http()
        .post(url('portal/tickets'))
        .send({ helpTopicId: topicId, subject: 'Mailed', message: 'Tell me by mail.', name: 'Pau', email: 'pau.mail@example.org' })
        .expect(201);
      const reference = opened.body.ticket.reference;
      const reply = (await post(`tickets/${ref(reference)}/replies`, { message: 'On its way.' }).expect(201)).body;
      expect(reply.deliveries).toEqual([]);
      // What the mail worker records once it has composed and sent the response.
      const [ticket] = await api.sql<{ id: string }>('select id from tickets where tenant_id = $1 and reference = $2', [desk.id, reference]);
      const mail = (address: string, status: string, extra: string) =>
        api.sql(
          `insert into mail_messages (tenant_id, id, direction, message_id, ticket_id, entry_id, address, subject, status, template, content, attempts, last_error, sent_at)
           values ($1, gen_random_uuid(), 'out', $2, $3, $4, $5, 'Mailed', $6, 'ticket.response', '{}', 1, $7, ${extra})`,
          [desk.id, `${address}.token@help.example.org`, ticket.id, reply.id, address, status, status === 'failed' ? '550 No such user' : null],
        );
      await mail('pau.mail@example.org', 'sent', "now() - interval '1 second'");
      await mail('gone@example.org', 'failed', 'null');
      const thread = (await get(`tickets/${ref(reference)}/thread`).expect(200)).body;
      const entry = thread.find((e: { id: string }) => e.id === reply.id);
      expect(entry.deliveries).toEqual([
        { address: 'pau.mail@example.org', template: 'ticket.response', status: 'sent', messageId: 'pau.mail@example.org.token@help.example.org', sentAt: expect.any(String), lastError: null },
        { address: 'gone@example.org', template: 'ticket.response', status: 'failed', messageId: null, sentAt: null, lastError: '550 No such user' },
      ]);
      expect(thread.filter((e: { id: string }) => e.id !== reply.id).every((e: { deliveries: unknown[] }) => e.deliveries.length === 0)).toBe(true);

      const guest = await api
        .http()
        .post(at(desk.slug, 'portal/guest'))
        .send({ reference, email: 'pau.mail@example.org', token: await withTicket(api, desk, reference, async (_t, tickets) => (await tickets.guestLinkOf(reference, 'pau.mail@example.org'))!.token) })
        .expect(200);
      const seen = (await api.http().get(at(desk.slug, `portal/tickets/${ref(reference)}`)).set(bearer(guest.body.token)).expect(200)).body;
      expect(seen.thread.some((e: object) => 'deliveries' in e)).toBe(false);
      expect(JSON.stringify(seen)).not.toContain('gone@example.org');
    });
  });
});
