import { randomUUID } from 'node:crypto';
import { TenantDatabase } from '@tessera/database';
import { Ticket } from '@tessera/tickets';
import { AdminClient, addAgent, expectProblem, openTicket, startAdminApi } from './admin-harness';
import { Instance, TestApi, bearer } from './api-harness';

describe('instance admin: departments, teams and roles', () => {
  let api: TestApi;
  let alpha: Instance;
  let admin: AdminClient;
  let support: { id: string; name: string };
  let roleIds: string[];

  beforeAll(async () => {
    ({ api, instance: alpha, admin } = await startAdminApi());
    support = (await admin.get('departments').expect(200)).body[0];
    roleIds = (await admin.get('roles').expect(200)).body.map((r: { id: string }) => r.id);
  });

  afterAll(() => api.close());

  const names = async (path: string) => (await admin.get(path).expect(200)).body.map((x: { name: string }) => x.name);

  describe('departments', () => {
    it('lists and gets departments with their admin fields, never the instance id', async () => {
      const list = await admin.get('departments').expect(200);
      expect(list.body).toEqual([
        expect.objectContaining({ id: support.id, name: 'Support', parentId: null, managerStaffId: null, outgoingEmail: null, isPublic: true }),
      ]);
      expect(list.body[0]).not.toHaveProperty('tenantId');
      expect((await admin.get(`departments/${support.id}`).expect(200)).body).toEqual(list.body[0]);
      expectProblem(await admin.get(`departments/${randomUUID()}`), 404, 'directory.not-found');
      expectProblem(await admin.get('departments/not-a-uuid'), 400, 'request.bad-request');
    });

    it('creates a department under another, with a manager and an outgoing address', async () => {
      const created = await admin
        .post('departments', { name: ' Enrolment ', parentId: support.id, isPublic: false, managerStaffId: alpha.manager.id, outgoingEmail: 'Enrolment@Alpha.Example' })
        .expect(201);
      expect(created.body).toMatchObject({
        name: 'Enrolment',
        parentId: support.id,
        isPublic: false,
        managerStaffId: alpha.manager.id,
        outgoingEmail: 'enrolment@alpha.example',
      });
      expect((await admin.get(`departments/${created.body.id}`).expect(200)).body).toMatchObject({ name: 'Enrolment', parentId: support.id });
      // Every agent reads it through the configuration routes.
      const read = await api.http().get('/api/v1/t/alpha/departments').set(bearer(alpha.token)).expect(200);
      expect(read.body.map((d: { name: string }) => d.name)).toContain('Enrolment');
    });

    it.each([
      ['no name', {}, 'name'],
      ['an empty name', { name: '' }, 'name'],
      ['an unknown field', { name: 'X', colour: 'red' }, 'colour'],
      ['a parent that is not a UUID', { name: 'X', parentId: 'support' }, 'parentId'],
      ['an address that is not one', { name: 'X', outgoingEmail: 'nobody' }, 'outgoingEmail'],
      ['null for a flag', { name: 'X', isPublic: null }, 'isPublic'],
    ])('refuses %s with request.invalid and creates nothing', async (_case, body, field) => {
      const before = await names('departments');
      const response = await admin.post('departments', body);
      expectProblem(response, 400, 'request.invalid');
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await names('departments')).toEqual(before);
    });

    it('refuses a blank name, a taken name, and an unknown parent or manager', async () => {
      const before = await names('departments');
      expectProblem(await admin.post('departments', { name: '   ' }), 400, 'directory.invalid');
      const taken = await admin.post('departments', { name: 'Support' });
      expectProblem(taken, 409, 'directory.name-taken');
      expect(taken.body.field).toBe('name');
      expectProblem(await admin.post('departments', { name: 'Orphan', parentId: randomUUID() }), 404, 'directory.not-found');
      expectProblem(await admin.post('departments', { name: 'Headless', managerStaffId: randomUUID() }), 404, 'directory.not-found');
      expect(await names('departments')).toEqual(before);
    });

    it('updates fields, clears nullable ones with null and leaves the rest', async () => {
      const { body: created } = await admin.post('departments', { name: 'Grants', parentId: support.id, outgoingEmail: 'grants@alpha.example' }).expect(201);
      const updated = await admin.patch(`departments/${created.id}`, { name: 'Grants and aid', parentId: null, outgoingEmail: null }).expect(200);
      expect(updated.body).toMatchObject({ name: 'Grants and aid', parentId: null, outgoingEmail: null, isPublic: true });
      expect(new Date(updated.body.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(created.updatedAt).getTime());
      expectProblem(await admin.patch(`departments/${created.id}`, {}), 400, 'request.empty');
      expectProblem(await admin.patch(`departments/${created.id}`, { name: null }), 400, 'request.invalid');
      expectProblem(await admin.patch(`departments/${created.id}`, { name: 'Support' }), 409, 'directory.name-taken');
      expectProblem(await admin.patch(`departments/${randomUUID()}`, { name: 'Ghost' }), 404, 'directory.not-found');
      expect((await admin.get(`departments/${created.id}`).expect(200)).body.name).toBe('Grants and aid');
    });

    it('refuses a parent that would close a loop', async () => {
      const { body: top } = await admin.post('departments', { name: 'Top' }).expect(201);
      const { body: middle } = await admin.post('departments', { name: 'Middle', parentId: top.id }).expect(201);
      const { body: bottom } = await admin.post('departments', { name: 'Bottom', parentId: middle.id }).expect(201);
      for (const parentId of [bottom.id, middle.id, top.id]) {
        const response = await admin.patch(`departments/${top.id}`, { parentId });
        expectProblem(response, 400, 'directory.invalid');
        expect(response.body.field).toBe('parentId');
      }
      expect((await admin.get(`departments/${top.id}`).expect(200)).body.parentId).toBeNull();
      await admin.patch(`departments/${bottom.id}`, { parentId: top.id }).expect(200);
    });

    it('deletes an unused department', async () => {
      const { body } = await admin.post('departments', { name: 'Short-lived' }).expect(201);
      await admin.delete(`departments/${body.id}`).expect(204);
      expectProblem(await admin.get(`departments/${body.id}`), 404, 'directory.not-found');
      expectProblem(await admin.delete(`departments/${body.id}`), 404, 'directory.not-found');
    });

    it('refuses to delete a department that tickets, topics, agents or child departments use', async () => {
      const create = async (name: string, extra: object = {}) => (await admin.post('departments', { name, ...extra }).expect(201)).body.id as string;
      const parent = await create('Parent');
      await create('Child', { parentId: parent });
      const withTopic = await create('With topic');
      await admin.post('help-topics', { name: 'Topic of a department', departmentId: withTopic }).expect(201);
      const withAgent = await create('With agent');
      await addAgent(api, alpha, 'primary@alpha.example', { primaryDepartmentId: withAgent });
      const withTicket = await create('With ticket');
      await openTicket(api, alpha, { departmentId: withTicket });
      for (const [id, usedBy] of [
        [parent, 'child departments'],
        [withTopic, 'help topics'],
        [withAgent, 'agents (primary department)'],
        [withTicket, 'tickets'],
      ]) {
        const response = await admin.delete(`departments/${id}`);
        expectProblem(response, 409, 'directory.in-use');
        expect(response.body.usedBy).toEqual([usedBy]);
        await admin.get(`departments/${id}`).expect(200);
      }
    });
  });

  describe('teams', () => {
    let agents: string[];

    beforeAll(async () => {
      agents = [];
      for (const name of ['ann', 'ben', 'cat']) agents.push((await addAgent(api, alpha, `${name}@alpha.example`)).id);
    });

    it('creates a team whose lead is a member, and lists and gets it', async () => {
      const created = await admin.post('teams', { name: 'Night shift', leadStaffId: agents[0] }).expect(201);
      expect(created.body).toMatchObject({ name: 'Night shift', leadStaffId: agents[0], isActive: true, memberIds: [agents[0]] });
      expect((await admin.get(`teams/${created.body.id}`).expect(200)).body).toEqual(created.body);
      expect((await admin.get('teams').expect(200)).body).toContainEqual(created.body);
      const agent = await admin.get(`agents/${agents[0]}`).expect(200);
      expect(agent.body.teamIds).toEqual([created.body.id]);
    });

    it('replaces the members with the list given, keeping the lead', async () => {
      const { body: team } = await admin.post('teams', { name: 'Day shift', leadStaffId: agents[0] }).expect(201);
      const set = await admin.put(`teams/${team.id}/members`, { staffIds: [agents[1], agents[2], agents[1]] }).expect(200);
      expect(set.body.memberIds).toEqual([...agents].sort());
      const shrunk = await admin.put(`teams/${team.id}/members`, { staffIds: [agents[2]] }).expect(200);
      expect(shrunk.body.memberIds).toEqual([agents[0], agents[2]].sort());
      expect((await admin.put(`teams/${team.id}/members`, { staffIds: [] }).expect(200)).body.memberIds).toEqual([agents[0]]);
    });

    it('refuses unknown agents and malformed member lists and changes nothing', async () => {
      const { body: team } = await admin.post('teams', { name: 'Weekend', leadStaffId: agents[1] }).expect(201);
      const unknown = randomUUID();
      const response = await admin.put(`teams/${team.id}/members`, { staffIds: [agents[2], unknown] });
      expectProblem(response, 404, 'directory.not-found');
      expect(response.body.unknown).toEqual([unknown]);
      expectProblem(await admin.put(`teams/${team.id}/members`, { staffIds: ['ann'] }), 400, 'request.invalid');
      expectProblem(await admin.put(`teams/${team.id}/members`, {}), 400, 'request.invalid');
      expectProblem(await admin.put(`teams/${randomUUID()}/members`, { staffIds: [] }), 404, 'directory.not-found');
      expect((await admin.get(`teams/${team.id}`).expect(200)).body.memberIds).toEqual([agents[1]]);
    });

    it('adds a new lead to the members, deactivates and renames', async () => {
      const { body: team } = await admin.post('teams', { name: 'Escalations' }).expect(201);
      expect(team).toMatchObject({ leadStaffId: null, memberIds: [] });
      const led = await admin.patch(`teams/${team.id}`, { leadStaffId: agents[2], isActive: false, name: 'Third line' }).expect(200);
      expect(led.body).toMatchObject({ leadStaffId: agents[2], isActive: false, name: 'Third line', memberIds: [agents[2]] });
      const unled = await admin.patch(`teams/${team.id}`, { leadStaffId: null }).expect(200);
      expect(unled.body).toMatchObject({ leadStaffId: null, memberIds: [agents[2]] });
      expectProblem(await admin.patch(`teams/${team.id}`, { leadStaffId: randomUUID() }), 404, 'directory.not-found');
      expectProblem(await admin.patch(`teams/${team.id}`, { name: 'Night shift' }), 409, 'directory.name-taken');
      expectProblem(await admin.patch(`teams/${team.id}`, { isActive: 'no' }), 400, 'request.invalid');
      expectProblem(await admin.post('teams', { name: 'Night shift' }), 409, 'directory.name-taken');
    });

    it('deletes a team; its tickets keep everything but the team assignment', async () => {
      const { body: team } = await admin.post('teams', { name: 'Doomed team', leadStaffId: agents[0] }).expect(201);
      const ticket = await openTicket(api, alpha, { departmentId: support.id, assigneeTeamId: team.id });
      await admin.delete(`teams/${team.id}`).expect(204);
      expectProblem(await admin.get(`teams/${team.id}`), 404, 'directory.not-found');
      expectProblem(await admin.delete(`teams/${team.id}`), 404, 'directory.not-found');
      const after = await api.app.get(TenantDatabase).run(alpha, (m) => m.findOneByOrFail(Ticket, { id: ticket.id }));
      expect(after).toMatchObject({ assigneeTeamId: null, departmentId: support.id });
      expect((await admin.get(`agents/${agents[0]}`).expect(200)).body.teamIds).not.toContain(team.id);
    });
  });

  describe('roles', () => {
    it('lists the default roles and gets one', async () => {
      const roles = (await admin.get('roles').expect(200)).body;
      expect(roles.map((r: { name: string }) => r.name).sort()).toEqual(['All access', 'Expanded access', 'Limited access', 'View only']);
      const view = roles.find((r: { name: string }) => r.name === 'View only');
      expect((await admin.get(`roles/${view.id}`).expect(200)).body).toEqual(view);
      expect(view).not.toHaveProperty('tenantId');
      expectProblem(await admin.get(`roles/${randomUUID()}`), 404, 'directory.not-found');
    });

    it('creates a role with its permissions once each, in the list order', async () => {
      const created = await admin.post('roles', { name: 'Front desk', permissions: ['ticket.reply', 'ticket.create', 'ticket.reply'] }).expect(201);
      expect(created.body).toMatchObject({ name: 'Front desk', permissions: ['ticket.create', 'ticket.reply'] });
      const updated = await admin.patch(`roles/${created.body.id}`, { permissions: [] }).expect(200);
      expect(updated.body).toMatchObject({ name: 'Front desk', permissions: [] });
      const renamed = await admin.patch(`roles/${created.body.id}`, { name: 'Reception' }).expect(200);
      expect(renamed.body).toMatchObject({ name: 'Reception', permissions: [] });
    });

    it('refuses unknown permissions by name, a taken name and malformed bodies, creating nothing', async () => {
      const before = await names('roles');
      const unknown = await admin.post('roles', { name: 'Wizard', permissions: ['ticket.reply', 'ticket.fly', 'everything'] });
      expectProblem(unknown, 400, 'directory.invalid');
      expect(unknown.body).toMatchObject({ field: 'permissions', unknown: ['ticket.fly', 'everything'] });
      expect(unknown.body.detail).toContain('ticket.fly, everything');
      expectProblem(await admin.post('roles', { name: 'All access', permissions: [] }), 409, 'directory.name-taken');
      expectProblem(await admin.post('roles', { name: 'No list' }), 400, 'request.invalid');
      expectProblem(await admin.post('roles', { name: 'Numbers', permissions: [1, 2] }), 400, 'request.invalid');
      expectProblem(await admin.patch(`roles/${roleIds[0]}`, { permissions: ['nope'] }), 400, 'directory.invalid');
      expectProblem(await admin.patch(`roles/${randomUUID()}`, { name: 'Ghost' }), 404, 'directory.not-found');
      expect(await names('roles')).toEqual(before);
    });

    it('deletes an unused role and refuses one an agent holds in any department', async () => {
      const create = async (name: string) => (await admin.post('roles', { name, permissions: ['ticket.reply'] }).expect(201)).body.id as string;
      const unused = await create('Unused');
      await admin.delete(`roles/${unused}`).expect(204);
      expectProblem(await admin.get(`roles/${unused}`), 404, 'directory.not-found');

      const primary = await create('Primary role');
      await addAgent(api, alpha, 'holder@alpha.example', { roleId: primary });
      const extra = await create('Extra role');
      const { body: other } = await admin.post('departments', { name: 'Other desk' }).expect(201);
      await addAgent(api, alpha, 'helper@alpha.example', { departments: [{ departmentId: other.id, roleId: extra }] });
      for (const [id, usedBy] of [
        [primary, 'agents (primary department)'],
        [extra, 'agents (extra departments)'],
      ]) {
        const response = await admin.delete(`roles/${id}`);
        expectProblem(response, 409, 'directory.in-use');
        expect(response.body.usedBy).toEqual([usedBy]);
        await admin.get(`roles/${id}`).expect(200);
      }
    });
  });
});
