import { DEFAULT_ROLE_PERMISSIONS, DefaultRole, Permission } from '@tessera/directory';
import request from 'supertest';
import { addTicketForm } from './admin-harness';
import { Agent, Instance, TestApi, Method, instanceRequest, startTestApi } from './api-harness';

const ROLE_NAMES: Record<DefaultRole, string> = { all: 'All access', expanded: 'Expanded access', limited: 'Limited access', view: 'View only' };
const ROLES = Object.keys(ROLE_NAMES) as DefaultRole[];

interface Entry {
  kind: string;
  event: string | null;
  visibility: string;
  body: string;
  data: Record<string, unknown>;
  author: { type: string; id: string | null };
  createdAt: string;
}

describe('ticket actions', () => {
  let api: TestApi;
  let desk: Instance;
  let support: string;
  let networkDepartment: string;
  let topicId: string;
  let otherTopicId: string;
  let fieldTeam: string;
  let statuses: Record<string, string>;
  let priorities: Record<string, string>;
  const agents = {} as Record<DefaultRole, Agent>;
  // All access in the Network department only.
  let network: Agent;
  // Network, member of the Field team.
  let fieldTech: Agent;
  // Support agents whose role allows replying and nothing else.
  let replier: Agent;
  let otherReplier: Agent;

  const call = (method: Method, path: string, body?: object, token = desk.token) => instanceRequest(api, desk.slug, token, method, path, body);
  const at = (ticket: { reference: string }, action = '') => `tickets/${encodeURIComponent(ticket.reference)}${action && `/${action}`}`;

  async function newTicket(extra: object = {}, token = desk.token) {
    const response = await call(
      'post',
      'tickets',
      {
        requester: { email: 'joan.serra@example.org', name: 'Joan Serra' },
        subject: 'Printer jammed',
        message: 'The second-floor printer eats every page.',
        source: 'phone',
        departmentId: support,
        helpTopicId: topicId,
        ...extra,
      },
      token,
    );
    expect(response.status).toBe(201);
    return response.body;
  }

  async function current(ticket: { reference: string }) {
    return (await call('get', at(ticket)).expect(200)).body;
  }

  async function thread(ticket: { reference: string }): Promise<Entry[]> {
    return (await call('get', at(ticket, 'thread')).expect(200)).body;
  }

  async function eventsOf(ticket: { reference: string }, name: string): Promise<Entry[]> {
    return (await thread(ticket)).filter((e) => e.event === name);
  }

  // The addresses of a list of people, sorted (people added at once share their time stamp).
  const emails = (people: { email: string }[]) => people.map((p) => p.email).sort();

  async function outbox(topic: string, ticketId: string) {
    return api.sql<{ payload: Record<string, unknown> }>("select payload from outbox where topic = $1 and payload->>'ticketId' = $2", [topic, ticketId]);
  }

  beforeAll(async () => {
    api = await startTestApi();
    desk = await api.provision('actions');
    support = (await call('get', 'departments').expect(200)).body[0].id;
    topicId = (await call('get', 'help-topics').expect(200)).body[0].id;
    await addTicketForm(api, desk, topicId, [
      { key: 'building', type: 'short_text' },
      { key: 'floor', type: 'number' },
      { key: 'room', type: 'short_text' },
    ]);
    statuses = Object.fromEntries((await call('get', 'statuses').expect(200)).body.map((s: { state: string; id: string }) => [s.state, s.id]));
    priorities = Object.fromEntries((await call('get', 'priorities').expect(200)).body.map((p: { name: string; id: string }) => [p.name, p.id]));
    for (const role of ROLES) agents[role] = await api.addAgent(desk, { name: `${ROLE_NAMES[role]} agent`, role: ROLE_NAMES[role] });
    network = await api.addAgent(desk, { name: 'Network agent', role: 'All access', department: 'Network' });
    networkDepartment = network.departmentIds.Network;
    fieldTech = await api.addAgent(desk, { name: 'Field technician', role: 'Limited access', department: 'Network', teams: ['Field'] });
    fieldTeam = fieldTech.teamIds.Field;
    await api.sql("insert into roles (tenant_id, id, name, permissions) values ($1, gen_random_uuid(), 'Reply only', '{ticket.reply}')", [desk.id]);
    replier = await api.addAgent(desk, { name: 'Replier', role: 'Reply only' });
    otherReplier = await api.addAgent(desk, { name: 'Other replier', role: 'Reply only' });
    [{ id: otherTopicId }] = await api.sql<{ id: string }>(
      `insert into help_topics (tenant_id, id, name, department_id, is_public, is_active)
       values ($1, gen_random_uuid(), 'Printing', $2, true, true) returning id`,
      [desk.id, networkDepartment],
    );
  });

  afterAll(() => api.close());

  describe('editing', () => {
    it('changes subject, type, confidentiality and custom data, with an event per changed field', async () => {
      const ticket = await newTicket({ customData: { building: 'A', floor: 2 } });
      const response = await call('patch', at(ticket), {
        subject: '  Printer jammed again ',
        type: 'problem',
        isConfidential: true,
        customData: { floor: 3, building: null, room: '2.14', unchanged: null },
      }).set('If-Match', '"1"');
      expect(response.status).toBe(200);
      expect(response.headers.etag).toBe('"2"');
      expect(response.body).toMatchObject({ subject: 'Printer jammed again', type: 'problem', isConfidential: true, version: 2 });
      expect(response.body.customData).toEqual({ floor: 3, room: '2.14' });
      const edited = await eventsOf(ticket, 'edited');
      expect(edited.map((e) => e.data)).toEqual([
        { field: 'subject', from: 'Printer jammed', to: 'Printer jammed again' },
        { field: 'type', from: 'incident', to: 'problem' },
        { field: 'isConfidential', from: false, to: true },
        { field: 'customData', from: { floor: 2, building: 'A', room: null }, to: { floor: 3, building: null, room: '2.14' } },
      ]);
      for (const event of edited) expect(event).toMatchObject({ kind: 'event', visibility: 'internal', author: { type: 'staff', id: desk.manager.id } });
      expect(Date.parse(edited[0].createdAt)).toBeGreaterThan(Date.now() - 60_000);
    });

    it('records nothing and keeps the version when nothing changes', async () => {
      const ticket = await newTicket();
      const response = await call('patch', at(ticket), { subject: 'Printer jammed', type: 'incident' }).expect(200);
      expect(response.headers.etag).toBe('"1"');
      expect(await eventsOf(ticket, 'edited')).toEqual([]);
    });

    it('refuses an empty change, a blank subject and unknown fields', async () => {
      const ticket = await newTicket();
      for (const [body, code] of [
        [{}, 'request.empty'],
        [{ subject: '   ' }, 'ticket.invalid'],
        [{ status: 'open' }, 'request.invalid'],
        [{ type: 'question' }, 'request.invalid'],
      ] as const) {
        const response = await call('patch', at(ticket), body);
        expect(`${response.status} ${response.body.code}`).toBe(`400 ${code}`);
      }
      expect((await current(ticket)).version).toBe(1);
    });
  });

  describe('assignment', () => {
    it('assigns an agent and a team, records who from and to, and leaves a notice in the outbox', async () => {
      const ticket = await newTicket();
      const response = await call('post', at(ticket, 'assign'), { staffId: agents.limited.id, teamId: fieldTeam }).set('If-Match', '"1"').expect(200);
      expect(response.headers.etag).toBe('"2"');
      expect(response.body).toMatchObject({ assignee: { id: agents.limited.id, name: 'Limited access agent' }, team: { id: fieldTeam, name: 'Field' } });
      const [event] = await eventsOf(ticket, 'assigned');
      expect(event).toMatchObject({
        visibility: 'internal',
        author: { id: desk.manager.id },
        data: { from: { staff: null, team: null }, to: { staff: { id: agents.limited.id, name: 'Limited access agent' }, team: { id: fieldTeam, name: 'Field' } } },
      });
      expect((await outbox('ticket.assigned', ticket.id)).map((m) => m.payload)).toEqual([
        { ticketId: ticket.id, staffId: agents.limited.id, teamId: fieldTeam, byStaffId: desk.manager.id, fromStaffId: null, fromTeamId: null },
      ]);

      // null clears one side; the other stays.
      const cleared = await call('post', at(ticket, 'assign'), { staffId: null }).expect(200);
      expect(cleared.body).toMatchObject({ assignee: null, team: { id: fieldTeam } });
      expect((await eventsOf(ticket, 'assigned'))[1].data).toMatchObject({ from: { staff: { id: agents.limited.id } }, to: { staff: null, team: { id: fieldTeam } } });
    });

    it('refuses inactive or locked agents, inactive teams and an empty request', async () => {
      const ticket = await newTicket();
      const locked = await api.addAgent(desk, { name: 'Locked agent', role: 'All access' });
      await api.sql('update staff set is_locked = true where id = $1', [locked.id]);
      const inactive = await api.addAgent(desk, { name: 'Inactive agent', role: 'All access' });
      await api.sql('update staff set is_active = false where id = $1', [inactive.id]);
      const idle = await api.addAgent(desk, { name: 'Idle team member', role: 'All access', teams: ['Disbanded'] });
      await api.sql('update teams set is_active = false where id = $1', [idle.teamIds.Disbanded]);
      for (const body of [{ staffId: locked.id }, { staffId: inactive.id }, { staffId: '00000000-0000-7000-8000-000000000000' }, { teamId: idle.teamIds.Disbanded }, {}]) {
        const response = await call('post', at(ticket, 'assign'), body);
        expect(`${JSON.stringify(body)} ${response.status} ${response.body.code}`).toBe(`${JSON.stringify(body)} 400 ticket.invalid`);
      }
      expect((await call('post', at(ticket, 'assign'), { staffId: 'me' })).status).toBe(400);
      expect((await current(ticket)).version).toBe(1);
    });

    it('lets an agent who may reply claim a ticket nobody holds, and refuses to take it from a colleague', async () => {
      const ticket = await newTicket();
      const claimed = await call('post', at(ticket, 'claim'), undefined, replier.token).expect(200);
      expect(claimed.body.assignee).toEqual({ id: replier.id, name: 'Replier' });
      const [event] = await eventsOf(ticket, 'claimed');
      expect(event).toMatchObject({ author: { id: replier.id }, data: { from: { staff: null }, to: { staff: { id: replier.id } } } });

      const taken = await call('post', at(ticket, 'claim'), undefined, otherReplier.token);
      expect(`${taken.status} ${taken.body.code}`).toBe('409 ticket.already-assigned');
      expect(taken.body.assignee).toEqual({ id: replier.id, name: 'Replier' });

      // Claiming again is a no-op; an agent who may assign takes the ticket over.
      expect((await call('post', at(ticket, 'claim'), undefined, replier.token).expect(200)).headers.etag).toBe('"2"');
      const over = await call('post', at(ticket, 'claim'), undefined, agents.limited.token).expect(200);
      expect(over.body.assignee.id).toBe(agents.limited.id);
      expect(await outbox('ticket.assigned', ticket.id)).toEqual([]);
    });

    it('releases one’s own assignment with any role, someone else’s only with ticket.assign', async () => {
      const ticket = await newTicket();
      await call('post', at(ticket, 'assign'), { staffId: agents.view.id, teamId: fieldTeam }).expect(200);
      const refused = await call('post', at(ticket, 'release'), undefined, replier.token);
      expect(`${refused.status} ${refused.body.code}`).toBe('403 ticket.forbidden');
      const released = await call('post', at(ticket, 'release'), undefined, agents.view.token).expect(200);
      expect(released.body).toMatchObject({ assignee: null, team: { id: fieldTeam } });
      const [event] = await eventsOf(ticket, 'released');
      expect(event).toMatchObject({ author: { id: agents.view.id }, data: { from: { staff: { id: agents.view.id } }, to: { staff: null, team: { id: fieldTeam } } } });

      await call('post', at(ticket, 'assign'), { staffId: replier.id }).expect(200);
      const byAssigner = await call('post', at(ticket, 'release'), undefined, agents.limited.token).expect(200);
      expect(byAssigner.body.assignee).toBeNull();
      // Nothing to release: the ticket comes back unchanged.
      const version = byAssigner.body.version;
      expect((await call('post', at(ticket, 'release'), undefined, agents.view.token).expect(200)).body.version).toBe(version);
    });
  });

  describe('what the agent may do', () => {
    const everything = ['reply', 'note', 'restrictedNote', 'edit', 'assign', 'claim', 'transfer', 'status', 'close', 'priority', 'topic', 'due', 'collaborators', 'merge', 'link', 'delete'];

    it('lists on the ticket the actions the agent’s role allows there', async () => {
      const ticket = await newTicket();
      const actionsOf = async (token: string) => (await call('get', at(ticket), undefined, token).expect(200)).body.actions;
      expect(await actionsOf(desk.token)).toEqual(everything);
      expect(await actionsOf(agents.all.token)).toEqual(everything);
      expect(await actionsOf(agents.expanded.token)).toEqual(everything.filter((a) => a !== 'delete'));
      expect(await actionsOf(agents.limited.token)).toEqual(['reply', 'note', 'restrictedNote', 'assign', 'claim', 'transfer']);
      expect(await actionsOf(agents.view.token)).toEqual(['note', 'restrictedNote']);
      expect(await actionsOf(replier.token)).toEqual(['reply', 'note', 'restrictedNote', 'claim']);
    });

    it('follows the assignment: claim while nobody holds it, release of one’s own, restricted notes for members only', async () => {
      const ticket = await newTicket();
      const claimed = await call('post', at(ticket, 'claim'), undefined, replier.token).expect(200);
      expect(claimed.body.actions).toEqual(['reply', 'note', 'restrictedNote', 'release']);
      const actionsOf = async (token: string) => (await call('get', at(ticket), undefined, token).expect(200)).body.actions;
      expect(await actionsOf(otherReplier.token)).toEqual(['reply', 'note', 'restrictedNote']);
      expect(await actionsOf(agents.limited.token)).toEqual(['reply', 'note', 'restrictedNote', 'assign', 'claim', 'release', 'transfer']);
      // Seen through an assignment from another department: the primary role applies, and
      // restricted notes stay with the ticket's department.
      await call('post', at(ticket, 'assign'), { staffId: network.id }).expect(200);
      expect(await actionsOf(network.token)).toEqual([
        'reply', 'note', 'edit', 'assign', 'release', 'transfer', 'status', 'close', 'priority', 'topic', 'due', 'collaborators', 'merge', 'link', 'delete',
      ]);
    });
  });

  describe('visibility', () => {
    it('hides a ticket of another department: every action answers 404', async () => {
      const ticket = await newTicket();
      expect((await call('get', at(ticket), undefined, network.token)).status).toBe(404);
      for (const [method, action, body] of [
        ['patch', '', { subject: 'x' }],
        ['post', 'claim', undefined],
        ['post', 'status', { statusId: statuses.open }],
        ['delete', '', undefined],
      ] as const) {
        const response = await call(method, at(ticket, action), body, network.token);
        expect(`${method} ${action} ${response.status} ${response.body.code}`).toBe(`${method} ${action} 404 ticket.not-found`);
      }
    });

    it('shows an assigned ticket to the agent and to the team’s members, but never a confidential one', async () => {
      const ticket = await newTicket();
      await call('post', at(ticket, 'assign'), { staffId: network.id }).expect(200);
      expect((await call('get', at(ticket), undefined, network.token)).status).toBe(200);
      expect((await call('get', at(ticket), undefined, fieldTech.token)).status).toBe(404);

      await call('post', at(ticket, 'assign'), { teamId: fieldTeam }).expect(200);
      expect((await call('get', at(ticket), undefined, fieldTech.token)).status).toBe(200);
      const queue = (await call('get', 'tickets?queue=teams', undefined, fieldTech.token).expect(200)).body.items;
      expect(queue.map((t: { reference: string }) => t.reference)).toContain(ticket.reference);

      await call('patch', at(ticket), { isConfidential: true }).expect(200);
      expect((await call('get', at(ticket), undefined, network.token)).status).toBe(404);
      expect((await call('get', at(ticket), undefined, fieldTech.token)).status).toBe(404);
      expect((await call('post', at(ticket, 'release'), undefined, network.token)).status).toBe(404);
    });

    it('answers 204 when the action takes the ticket out of the agent’s sight', async () => {
      const ticket = await newTicket();
      await call('post', at(ticket, 'assign'), { staffId: network.id }).expect(200);
      const released = await call('post', at(ticket, 'release'), undefined, network.token);
      expect(released.status).toBe(204);
      expect(released.text).toBe('');
      expect((await call('get', at(ticket), undefined, network.token)).status).toBe(404);
      expect((await current(ticket)).assignee).toBeNull();
    });
  });

  describe('transfer', () => {
    it('moves the ticket, keeps the note as an internal note, and answers 204 when the agent loses sight of it', async () => {
      const ticket = await newTicket();
      const response = await call('post', at(ticket, 'transfer'), { departmentId: networkDepartment, note: 'Cabling fault, yours.' }, agents.expanded.token).set(
        'If-Match',
        '"1"',
      );
      expect(response.status).toBe(204);
      expect((await call('get', at(ticket), undefined, agents.expanded.token)).status).toBe(404);
      const moved = (await call('get', at(ticket), undefined, network.token).expect(200)).body;
      expect(moved).toMatchObject({ department: { id: networkDepartment, name: 'Network' }, version: 2 });
      const entries = (await call('get', at(ticket, 'thread'), undefined, network.token).expect(200)).body as Entry[];
      const transferred = entries.findIndex((e) => e.event === 'transferred');
      expect(entries[transferred]).toMatchObject({
        visibility: 'internal',
        author: { id: agents.expanded.id },
        data: { from: { id: support, name: 'Support' }, to: { id: networkDepartment, name: 'Network' } },
      });
      expect(entries[transferred + 1]).toMatchObject({ kind: 'note', visibility: 'internal', body: 'Cabling fault, yours.' });
      const [notice] = await outbox('ticket.transferred', ticket.id);
      expect(notice.payload).toMatchObject({ fromDepartmentId: support, toDepartmentId: networkDepartment, byStaffId: agents.expanded.id });
      expect(Object.values(notice.payload).every((v) => v === null || /^[0-9a-f-]{36}$/.test(String(v)))).toBe(true);
    });

    it('documents both answers in the OpenAPI description', async () => {
      const document = (await api.http().get('/api/docs-json').expect(200)).body;
      const transfer = document.paths['/api/v1/t/{slug}/tickets/{reference}/transfer'].post;
      expect(Object.keys(transfer.responses).sort()).toEqual(['200', '204']);
      expect(transfer.responses['200'].description).toMatch(/204 when the new department is out of their sight/);
      expect(transfer.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['reference', 'If-Match']));
    });

    it('answers 200 with the ticket when the agent still sees it, and refuses the same department', async () => {
      const ticket = await newTicket();
      const response = await call('post', at(ticket, 'transfer'), { departmentId: networkDepartment }).expect(200);
      expect(response.body.department.id).toBe(networkDepartment);
      expect(response.headers.etag).toBe('"2"');
      const again = await call('post', at(ticket, 'transfer'), { departmentId: networkDepartment });
      expect(`${again.status} ${again.body.code}`).toBe('400 ticket.invalid');
      const unknown = await call('post', at(ticket, 'transfer'), { departmentId: '00000000-0000-7000-8000-000000000000' });
      expect(`${unknown.status} ${unknown.body.code}`).toBe('404 directory.not-found');
    });
  });

  describe('status', () => {
    it('moves through the states, stamping resolved and closed, and refuses forbidden transitions', async () => {
      const ticket = await newTicket();
      const open = await call('post', at(ticket, 'status'), { statusId: statuses.open }, agents.expanded.token).set('If-Match', '"1"').expect(200);
      expect(open.body.status).toMatchObject({ state: 'open' });
      const resolved = await call('post', at(ticket, 'status'), { statusId: statuses.resolved }, agents.expanded.token).expect(200);
      expect(resolved.body.resolvedAt).not.toBeNull();
      const closed = await call('post', at(ticket, 'status'), { statusId: statuses.closed }).expect(200);
      expect(closed.body.closedAt).not.toBeNull();
      const pending = await call('post', at(ticket, 'status'), { statusId: statuses.pending });
      expect(`${pending.status} ${pending.body.code}`).toBe('409 ticket.invalid-transition');
      expect(pending.body).toMatchObject({ from: 'closed', to: 'pending' });
      const back = await call('post', at(ticket, 'status'), { statusId: statuses.new });
      expect(back.status).toBe(409);
      const events = (await thread(ticket)).filter((e) => e.event === 'status' || e.event === 'reopened');
      expect(events.map((e) => [(e.data.from as { state: string }).state, (e.data.to as { state: string }).state])).toEqual([
        ['new', 'open'],
        ['open', 'resolved'],
        ['resolved', 'closed'],
      ]);
      const reopened = await call('post', at(ticket, 'status'), { statusId: statuses.open }).expect(200);
      expect(reopened.body).toMatchObject({ resolvedAt: null, closedAt: null });
      expect(await eventsOf(ticket, 'reopened')).toHaveLength(1);
    });

    it('refuses to resolve or close a ticket with an open task', async () => {
      const ticket = await newTicket();
      const [task] = await api.sql<{ id: string }>(
        "insert into tasks (tenant_id, id, ticket_id, department_id, title) values ($1, gen_random_uuid(), $2, $3, 'Replace the fuser') returning id",
        [desk.id, ticket.id, support],
      );
      for (const state of ['resolved', 'closed']) {
        const response = await call('post', at(ticket, 'status'), { statusId: statuses[state] });
        expect(`${response.status} ${response.body.code} ${response.body.openTasks}`).toBe('409 ticket.open-tasks 1');
      }
      expect((await current(ticket)).status.state).toBe('new');
      await api.sql('update tasks set closed_at = now() where id = $1', [task.id]);
      await call('post', at(ticket, 'status'), { statusId: statuses.resolved }).expect(200);
    });

    it('needs ticket.close to resolve and close, ticket.edit for every other move', async () => {
      await api.sql(
        `insert into roles (tenant_id, id, name, permissions)
         values ($1, gen_random_uuid(), 'Closer', '{ticket.close}'), ($1, gen_random_uuid(), 'Editor', '{ticket.edit}')`,
        [desk.id],
      );
      const closer = await api.addAgent(desk, { name: 'Closer', role: 'Closer' });
      const editor = await api.addAgent(desk, { name: 'Editor', role: 'Editor' });
      const ticket = await newTicket();
      const move = async (state: string, agent: Agent) => {
        const response = await call('post', at(ticket, 'status'), { statusId: statuses[state] }, agent.token);
        return `${state} by ${agent === closer ? 'closer' : 'editor'}: ${response.status}`;
      };
      expect(await move('open', closer)).toBe('open by closer: 403');
      expect(await move('open', editor)).toBe('open by editor: 200');
      expect(await move('resolved', editor)).toBe('resolved by editor: 403');
      expect(await move('resolved', closer)).toBe('resolved by closer: 200');
      expect(await move('closed', closer)).toBe('closed by closer: 200');
      expect(await move('open', closer)).toBe('open by closer: 403');
      expect(await move('open', editor)).toBe('open by editor: 200');
    });

    it('refuses an unknown status', async () => {
      const ticket = await newTicket();
      expect((await call('post', at(ticket, 'status'), { statusId: '00000000-0000-7000-8000-000000000000' })).status).toBe(404);
      expect((await call('post', at(ticket, 'status'), { statusId: 'open' })).status).toBe(400);
    });
  });

  describe('priority, help topic and due date', () => {
    it('sets a priority from the list', async () => {
      const ticket = await newTicket();
      const response = await call('post', at(ticket, 'priority'), { priorityId: priorities.High }).set('If-Match', '"1"').expect(200);
      expect(response.body.priority).toMatchObject({ id: priorities.High, name: 'High' });
      expect(response.body.dueAt).toBe(ticket.dueAt);
      const [event] = await eventsOf(ticket, 'priority');
      expect(event.data).toEqual({
        from: { id: priorities.Normal, name: 'Normal', impact: null, urgency: null },
        to: { id: priorities.High, name: 'High', impact: null, urgency: null },
      });
      for (const body of [{ impact: 4, urgency: 4 }, { priorityId: priorities.Low, impact: 1, urgency: 1 }, { impact: 4 }, {}]) {
        const refused = await call('post', at(ticket, 'priority'), body);
        expect(`${JSON.stringify(body)} ${refused.status} ${refused.body.code}`).toBe(`${JSON.stringify(body)} 400 ticket.invalid`);
      }
      expect((await call('post', at(ticket, 'priority'), { impact: 3, urgency: 4 })).body.code).toBe('request.invalid');
    });

    it('on a matrix instance picks the priority from impact x urgency and recomputes an automatic due date only', async () => {
      await api.sql("update instance_settings set priority_mode = 'matrix' where tenant_id = $1", [desk.id]);
      try {
        const ticket = await newTicket();
        const created = Date.parse(ticket.createdAt);
        const urgent = await call('post', at(ticket, 'priority'), { impact: 8, urgency: 8 }).expect(200);
        expect(urgent.body).toMatchObject({ priority: { name: 'Emergency' }, impact: 8, urgency: 8, dueByHand: false });
        expect(Date.parse(urgent.body.dueAt)).toBe(created + 60 * 60_000);
        const [event] = await eventsOf(ticket, 'priority');
        expect(event.data).toMatchObject({
          from: { name: 'Normal', impact: null },
          to: { name: 'Emergency', impact: 8, urgency: 8 },
          dueAt: { from: ticket.dueAt, to: urgent.body.dueAt },
        });

        const chosen = '2031-05-04T10:00:00.000Z';
        await call('post', at(ticket, 'due'), { dueAt: chosen }).expect(200);
        const calmer = await call('post', at(ticket, 'priority'), { impact: 1, urgency: 2 }).expect(200);
        expect(calmer.body).toMatchObject({ priority: { name: 'Normal' }, dueAt: chosen, dueByHand: true });

        // Back to automatic: the band of the current impact x urgency, from creation.
        const automatic = await call('post', at(ticket, 'due'), { dueAt: null }).expect(200);
        expect(automatic.body.dueByHand).toBe(false);
        expect(Date.parse(automatic.body.dueAt)).toBe(created + 12 * 60 * 60_000);
      } finally {
        await api.sql("update instance_settings set priority_mode = 'list' where tenant_id = $1", [desk.id]);
      }
    });

    it('keeps a due date chosen when the ticket was opened', async () => {
      await api.sql("update instance_settings set priority_mode = 'matrix' where tenant_id = $1", [desk.id]);
      try {
        const dueAt = '2031-01-01T08:00:00.000Z';
        const ticket = await newTicket({ dueAt });
        expect(ticket.dueByHand).toBe(true);
        const response = await call('post', at(ticket, 'priority'), { impact: 8, urgency: 8 }).expect(200);
        expect(response.body.dueAt).toBe(dueAt);
      } finally {
        await api.sql("update instance_settings set priority_mode = 'list' where tenant_id = $1", [desk.id]);
      }
    });

    it('changes the help topic and keeps the department', async () => {
      const ticket = await newTicket();
      const response = await call('post', at(ticket, 'topic'), { helpTopicId: otherTopicId }).set('If-Match', '"1"').expect(200);
      expect(response.body).toMatchObject({ helpTopic: { id: otherTopicId, name: 'Printing' }, department: { id: support } });
      const [event] = await eventsOf(ticket, 'topic');
      expect(event.data).toEqual({ from: { id: topicId, name: 'General inquiry' }, to: { id: otherTopicId, name: 'Printing' } });
      await api.sql('update help_topics set is_active = false where id = $1', [otherTopicId]);
      try {
        const back = await call('post', at(ticket, 'topic'), { helpTopicId: topicId }).expect(200);
        const inactive = await call('post', at(ticket, 'topic'), { helpTopicId: otherTopicId });
        expect(`${inactive.status} ${inactive.body.code}`).toBe('400 ticket.invalid');
        expect((await current(ticket)).version).toBe(back.body.version);
      } finally {
        await api.sql('update help_topics set is_active = true where id = $1', [otherTopicId]);
      }
    });

    it('sets a due date by hand and returns to the SLA plan’s target from creation time', async () => {
      const ticket = await newTicket();
      const response = await call('post', at(ticket, 'due'), { dueAt: '2030-03-01T09:30:00Z' }).set('If-Match', '"1"').expect(200);
      expect(response.body).toMatchObject({ dueAt: '2030-03-01T09:30:00.000Z', dueByHand: true });
      const back = await call('post', at(ticket, 'due'), { dueAt: null }).expect(200);
      expect(back.body).toMatchObject({ dueAt: ticket.dueAt, dueByHand: false });
      expect(Date.parse(back.body.dueAt)).toBe(Date.parse(ticket.createdAt) + 12 * 60 * 60_000);
      expect((await eventsOf(ticket, 'due')).map((e) => e.data)).toEqual([
        { from: ticket.dueAt, to: '2030-03-01T09:30:00.000Z', byHand: true },
        { from: '2030-03-01T09:30:00.000Z', to: ticket.dueAt, byHand: false },
      ]);
      for (const body of [{}, { dueAt: 'tomorrow' }]) expect((await call('post', at(ticket, 'due'), body)).status).toBe(400);
    });
  });

  describe('collaborators', () => {
    it('adds a pasted list at once, reusing known requesters and telling who was already there', async () => {
      const known = await newTicket({ requester: { email: 'marta.vidal@example.org', name: 'Marta Vidal' } });
      const ticket = await newTicket();
      const pasted = 'Pere Puig <Pere.Puig@example.org>; "Vidal, Marta" <marta.vidal@example.org>\nanna@example.org, joan.serra@example.org anna@example.org';
      const response = await call('post', at(ticket, 'collaborators'), { emails: pasted }).set('If-Match', '"1"').expect(200);
      expect(response.headers.etag).toBe('"2"');
      expect(response.body.added).toEqual([
        { id: expect.any(String), name: 'Pere Puig', email: 'pere.puig@example.org' },
        { id: known.requester.id, name: 'Marta Vidal', email: 'marta.vidal@example.org' },
        { id: expect.any(String), name: 'anna', email: 'anna@example.org' },
      ]);
      // The requester is already on the ticket.
      expect(response.body.alreadyThere).toEqual([{ id: ticket.requester.id, name: 'Joan Serra', email: 'joan.serra@example.org' }]);
      expect(emails(response.body.ticket.collaborators)).toEqual(['anna@example.org', 'marta.vidal@example.org', 'pere.puig@example.org']);
      const [event] = await eventsOf(ticket, 'collaborator_added');
      expect(event).toMatchObject({ visibility: 'public', data: { collaborators: [{ name: 'Pere Puig' }, { name: 'Marta Vidal' }, { name: 'anna' }] } });

      const again = await call('post', at(ticket, 'collaborators'), { emails: ['anna@example.org', 'pere.puig@example.org'] }).expect(200);
      expect(again.body.added).toEqual([]);
      expect(emails(again.body.alreadyThere)).toEqual(['anna@example.org', 'pere.puig@example.org']);
      expect(again.headers.etag).toBe('"2"');
    });

    it('refuses the whole list when an address is unreadable, naming each one', async () => {
      const ticket = await newTicket();
      const count = async () => (await api.sql<{ n: number }>('select count(*)::int as n from requesters where tenant_id = $1', [desk.id]))[0].n;
      const before = await count();
      const response = await call('post', at(ticket, 'collaborators'), { emails: ['fine@example.org; not-an-address', 'Broken <broken@>'] });
      expect(`${response.status} ${response.body.code}`).toBe('400 ticket.invalid');
      expect(response.body.invalid).toEqual(['not-an-address', 'Broken <broken@>']);
      expect(await count()).toBe(before);
      expect((await current(ticket)).collaborators).toEqual([]);
      for (const body of [{}, { emails: ' ; ' }, { emails: [42] }, { organizationId: 'acme' }]) {
        expect((await call('post', at(ticket, 'collaborators'), body)).status).toBe(400);
      }
    });

    it('adds every member of an organization', async () => {
      const ticket = await newTicket();
      const organizationId = await api.addOrganization(desk, 'Acme', ['ceo@acme.example', 'cto@acme.example', 'joan.serra@example.org']);
      const response = await call('post', at(ticket, 'collaborators'), { organizationId, emails: 'extra@example.org' }).expect(200);
      expect(emails(response.body.added)).toEqual(['ceo@acme.example', 'cto@acme.example', 'extra@example.org']);
      expect(emails(response.body.alreadyThere)).toEqual(['joan.serra@example.org']);
      const unknown = await call('post', at(ticket, 'collaborators'), { organizationId: '00000000-0000-7000-8000-000000000000' });
      expect(`${unknown.status} ${unknown.body.code}`).toBe('404 organization.not-found');
    });

    it('removes a collaborator', async () => {
      const ticket = await newTicket({ collaborators: [{ email: 'leaving@example.org', name: 'Leaving' }] });
      const [person] = ticket.collaborators;
      const response = await call('delete', at(ticket, `collaborators/${person.id}`)).set('If-Match', '"1"').expect(200);
      expect(response.body.collaborators).toEqual([]);
      expect(response.headers.etag).toBe('"2"');
      const [event] = await eventsOf(ticket, 'collaborator_removed');
      expect(event).toMatchObject({ visibility: 'public', data: { collaborators: [{ id: person.id, name: 'Leaving' }] } });
      const again = await call('delete', at(ticket, `collaborators/${person.id}`));
      expect(`${again.status} ${again.body.code}`).toBe('404 ticket.collaborator-not-found');
      const requester = await call('delete', at(ticket, `collaborators/${ticket.requester.id}`));
      expect(requester.status).toBe(404);
      expect((await call('delete', at(ticket, 'collaborators/someone'))).status).toBe(400);
    });
  });

  describe('merge', () => {
    it('moves the thread and the people into the target; the old reference leads there', async () => {
      const source = await newTicket({ requester: { email: 'dup@example.org', name: 'Duplicate Sender' }, collaborators: [{ email: 'cc.dup@example.org' }] });
      await call('post', at(source, 'notes'), { message: 'Same printer as the other ticket.' }).expect(201);
      const target = await newTicket();
      const response = await call('post', at(source, 'merge'), { into: target.reference }).set('If-Match', '"2"').expect(200);
      expect(response.body).toMatchObject({ id: target.id, reference: target.reference, version: target.version + 1 });
      expect(emails(response.body.collaborators)).toEqual(['cc.dup@example.org', 'dup@example.org']);

      const entries = await thread(target);
      expect(entries.filter((e) => e.kind === 'message').map((e) => e.author.id)).toEqual([source.requester.id, target.requester.id]);
      expect(entries.some((e) => e.body === 'Same printer as the other ticket.')).toBe(true);
      const [merged] = entries.filter((e) => e.event === 'merged');
      expect(merged).toMatchObject({
        visibility: 'public',
        data: { from: { id: source.id, reference: source.reference }, to: { id: target.id, reference: target.reference } },
      });
      const [sourceRow] = await api.sql<{ merged_into_id: string; events: string[] }>(
        'select merged_into_id, array(select event from ticket_entries e where e.ticket_id = t.id) as events from tickets t where id = $1',
        [source.id],
      );
      expect(sourceRow).toEqual({ merged_into_id: target.id, events: ['merged'] });

      // The old reference resolves to the target, and the source has left the queues.
      expect((await current(source)).id).toBe(target.id);
      const queue = (await call('get', 'tickets?queue=all&limit=200').expect(200)).body.items.map((t: { id: string }) => t.id);
      expect(queue).toContain(target.id);
      expect(queue).not.toContain(source.id);
    });

    it('refuses merging into itself, into an invisible ticket, and without ticket.merge in the target’s department', async () => {
      const source = await newTicket();
      const self = await call('post', at(source, 'merge'), { into: source.reference });
      expect(`${self.status} ${self.body.code}`).toBe('400 ticket.invalid');
      const elsewhere = await newTicket({ departmentId: networkDepartment });
      const hidden = await call('post', at(source, 'merge'), { into: elsewhere.reference }, agents.all.token);
      expect(`${hidden.status} ${hidden.body.code}`).toBe('404 ticket.not-found');
      const viewer = await api.addAgent(desk, { name: 'Merger', role: 'All access', departments: { Network: 'View only' } });
      const forbidden = await call('post', at(source, 'merge'), { into: elsewhere.reference }, viewer.token);
      expect(`${forbidden.status} ${forbidden.body.code}`).toBe('403 ticket.forbidden');
      expect((await current(source)).version).toBe(1);
      expect((await current(elsewhere)).version).toBe(1);
    });

    it('keeps a confidential thread out of a ticket that is not confidential', async () => {
      const secret = await newTicket({ isConfidential: true });
      const open = await newTicket();
      const refused = await call('post', at(secret, 'merge'), { into: open.reference });
      expect(`${refused.status} ${refused.body.code}`).toBe('400 ticket.invalid');
      expect((await current(secret)).version).toBe(1);
      await call('patch', at(open), { isConfidential: true }).expect(200);
      await call('post', at(secret, 'merge'), { into: open.reference }).expect(200);
    });
  });

  describe('links', () => {
    it('links in every kind, storing parent_of as the other’s child_of, and unlinks', async () => {
      const ticket = await newTicket();
      const [parent, child, related, original] = [await newTicket(), await newTicket(), await newTicket(), await newTicket()];
      await call('post', at(ticket, 'links'), { reference: parent.reference, kind: 'child_of' }).set('If-Match', '"1"').expect(200);
      await call('post', at(ticket, 'links'), { reference: child.reference, kind: 'parent_of' }).expect(200);
      await call('post', at(ticket, 'links'), { reference: related.reference, kind: 'related' }).expect(200);
      const last = await call('post', at(ticket, 'links'), { reference: original.reference, kind: 'duplicate_of' }).expect(200);
      expect(last.headers.etag).toBe('"5"');
      const kinds = Object.fromEntries(last.body.links.map((l: { reference: string; kind: string }) => [l.reference, l.kind]));
      expect(kinds).toEqual({ [parent.reference]: 'child_of', [child.reference]: 'parent_of', [related.reference]: 'related', [original.reference]: 'duplicate_of' });
      expect((await current(child)).links).toEqual([{ reference: ticket.reference, subject: ticket.subject, kind: 'child_of' }]);
      expect((await current(child)).version).toBe(2);
      expect(await api.sql('select kind from ticket_links where ticket_id = $1 and linked_ticket_id = $2', [child.id, ticket.id])).toEqual([{ kind: 'child_of' }]);
      expect(await eventsOf(ticket, 'linked')).toHaveLength(4);

      const unlinked = await call('delete', at(ticket, `links/${encodeURIComponent(child.reference)}`)).expect(200);
      expect(unlinked.body.links.map((l: { reference: string }) => l.reference)).not.toContain(child.reference);
      expect((await eventsOf(ticket, 'unlinked'))[0].data).toEqual({ kind: 'parent_of', reference: child.reference });
      expect((await eventsOf(child, 'unlinked'))[0].data).toEqual({ kind: 'child_of', reference: ticket.reference });
      const missing = await call('delete', at(ticket, `links/${encodeURIComponent(child.reference)}`));
      expect(`${missing.status} ${missing.body.code}`).toBe('404 ticket.link-not-found');
    });

    it('refuses links to itself, to invisible tickets and of unknown kinds', async () => {
      const ticket = await newTicket();
      expect((await call('post', at(ticket, 'links'), { reference: ticket.reference, kind: 'related' })).status).toBe(400);
      const hidden = await newTicket({ departmentId: networkDepartment });
      const response = await call('post', at(ticket, 'links'), { reference: hidden.reference, kind: 'related' }, agents.all.token);
      expect(`${response.status} ${response.body.code}`).toBe('404 ticket.not-found');
      expect((await call('post', at(ticket, 'links'), { reference: hidden.reference, kind: 'sibling_of' })).status).toBe(400);
      expect((await current(ticket)).links).toEqual([]);
    });
  });

  describe('delete', () => {
    it('removes the ticket, its thread and what was merged into it, and tells the audit log', async () => {
      const merged = await newTicket();
      const ticket = await newTicket();
      await call('post', at(merged, 'merge'), { into: ticket.reference }).expect(200);
      await call('delete', at(ticket)).set('If-Match', `"${(await current(ticket)).version}"`).expect(204);
      expect((await call('get', at(ticket))).status).toBe(404);
      expect((await call('get', at(merged))).status).toBe(404);
      expect(await api.sql('select id from tickets where id = any($1)', [[ticket.id, merged.id]])).toEqual([]);
      expect(await api.sql('select id from ticket_entries where ticket_id = any($1)', [[ticket.id, merged.id]])).toEqual([]);
      const [notice] = await outbox('ticket.deleted', ticket.id);
      expect(notice.payload).toEqual({ ticketId: ticket.id, reference: ticket.reference, mergedReferences: [merged.reference], byStaffId: desk.manager.id });
    });
  });

  // Each route with the permission it needs, aimed at a fresh ticket the manager opened.
  interface Case {
    route: string;
    permission: Permission;
    prepare?: (ticket: { reference: string; id: string }) => Promise<Record<string, string>>;
    run: (ticket: { reference: string }, token: string, prepared: Record<string, string>) => request.Test;
  }

  const cases: Case[] = [
    { route: 'PATCH', permission: 'ticket.edit', run: (t, token) => call('patch', at(t), { subject: 'Renamed' }, token) },
    { route: 'assign', permission: 'ticket.assign', run: (t, token) => call('post', at(t, 'assign'), { teamId: fieldTeam }, token) },
    // Claiming an unassigned ticket takes ticket.reply (or ticket.assign).
    { route: 'claim', permission: 'ticket.reply', run: (t, token) => call('post', at(t, 'claim'), undefined, token) },
    {
      route: 'release (another agent’s)',
      permission: 'ticket.assign',
      prepare: async (t) => (await call('post', at(t, 'assign'), { staffId: desk.manager.id }).expect(200), {}),
      run: (t, token) => call('post', at(t, 'release'), undefined, token),
    },
    { route: 'transfer', permission: 'ticket.transfer', run: (t, token) => call('post', at(t, 'transfer'), { departmentId: networkDepartment }, token) },
    { route: 'status open', permission: 'ticket.edit', run: (t, token) => call('post', at(t, 'status'), { statusId: statuses.open }, token) },
    { route: 'status resolved', permission: 'ticket.close', run: (t, token) => call('post', at(t, 'status'), { statusId: statuses.resolved }, token) },
    { route: 'status closed', permission: 'ticket.close', run: (t, token) => call('post', at(t, 'status'), { statusId: statuses.closed }, token) },
    { route: 'priority', permission: 'ticket.edit', run: (t, token) => call('post', at(t, 'priority'), { priorityId: priorities.High }, token) },
    { route: 'topic', permission: 'ticket.edit', run: (t, token) => call('post', at(t, 'topic'), { helpTopicId: otherTopicId }, token) },
    { route: 'due', permission: 'ticket.edit', run: (t, token) => call('post', at(t, 'due'), { dueAt: '2030-01-01T00:00:00Z' }, token) },
    { route: 'add collaborators', permission: 'ticket.edit', run: (t, token) => call('post', at(t, 'collaborators'), { emails: 'cc@example.org' }, token) },
    {
      route: 'remove a collaborator',
      permission: 'ticket.edit',
      prepare: async (t) => ({ id: (await call('post', at(t, 'collaborators'), { emails: 'gone@example.org' }).expect(200)).body.added[0].id }),
      run: (t, token, p) => call('delete', at(t, `collaborators/${p.id}`), undefined, token),
    },
    {
      route: 'merge',
      permission: 'ticket.merge',
      prepare: async () => ({ into: (await newTicket()).reference }),
      run: (t, token, p) => call('post', at(t, 'merge'), { into: p.into }, token),
    },
    {
      route: 'link',
      permission: 'ticket.link',
      prepare: async () => ({ other: (await newTicket()).reference }),
      run: (t, token, p) => call('post', at(t, 'links'), { reference: p.other, kind: 'related' }, token),
    },
    {
      route: 'unlink',
      permission: 'ticket.link',
      prepare: async (t) => {
        const other = (await newTicket()).reference;
        await call('post', at(t, 'links'), { reference: other, kind: 'related' }).expect(200);
        return { other };
      },
      run: (t, token, p) => call('delete', at(t, `links/${encodeURIComponent(p.other)}`), undefined, token),
    },
    { route: 'delete', permission: 'ticket.delete', run: (t, token) => call('delete', at(t), undefined, token) },
  ];

  describe.each(ROLES)('the default role %s', (role) => {
    it.each(cases.map((c) => [c.route, c] as const))('%s: allowed exactly when the role holds the permission', async (_route, c) => {
      const ticket = await newTicket();
      const prepared = (await c.prepare?.(ticket)) ?? {};
      const before = await current(ticket);
      const response = await c.run(ticket, agents[role].token, prepared);
      if (DEFAULT_ROLE_PERMISSIONS[role].includes(c.permission)) {
        expect(`${response.status} ${response.body?.code}`).toMatch(/^20[04] undefined$/);
      } else {
        expect(`${response.status} ${response.body.code} ${response.body.permission}`).toBe(`403 ticket.forbidden ${c.permission}`);
        expect((await current(ticket)).version).toBe(before.version);
      }
    });
  });

  describe('If-Match on every writing route', () => {
    it.each(cases.map((c) => [c.route, c] as const))('%s refuses a stale version with 409 and changes nothing', async (_route, c) => {
      const ticket = await newTicket();
      const prepared = (await c.prepare?.(ticket)) ?? {};
      const read = await current(ticket);
      await call('post', at(ticket, 'notes'), { message: 'a colleague wrote meanwhile' }).expect(201);
      const response = await c.run(ticket, desk.token, prepared).set('If-Match', `"${read.version}"`);
      expect(`${response.status} ${response.body.code}`).toBe('409 ticket.stale');
      const after = await current(ticket);
      expect(after).toEqual({ ...read, version: read.version + 1, updatedAt: after.updatedAt, lastActivityAt: after.lastActivityAt });
    });
  });
});
