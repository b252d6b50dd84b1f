import { randomUUID } from 'node:crypto';
import { AdminClient, adminClient, expectProblem, openTicket } from './admin-harness';
import { Instance, TestApi, bearer, startTestApi } from './api-harness';

interface Named {
  id: string;
  name: string;
  isDefault?: boolean;
  state?: string;
}

describe('instance admin: help topics, statuses, priorities, SLA plans and settings', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api.close());

  // A fresh instance per area: settings and defaults changed in one must not leak into another.
  async function instance(slug: string) {
    const created = await api.provision(slug);
    const admin = adminClient(api, slug, created.token);
    const read = async (path: string): Promise<Named[]> => (await api.http().get(`/api/v1/t/${slug}/${path}`).set(bearer(created.token)).expect(200)).body;
    const byName = async (path: string) => Object.fromEntries((await read(path)).map((x) => [x.name, x.id])) as Record<string, string>;
    return { instance: created, admin, read, byName };
  }

  it('reads help topics, statuses, priorities and SLA plans under admin/, as a list and by id', async () => {
    const { admin, read } = await instance('admin-reads');
    for (const path of ['help-topics', 'statuses', 'priorities', 'sla-plans']) {
      const listed = await read(path);
      expect(listed.length).toBeGreaterThan(0);
      const managed = await admin.get(path);
      expect(`${path} ${managed.status}`).toBe(`${path} 200`);
      expect(managed.body.map((x: Named) => x.id)).toEqual(listed.map((x) => x.id));
      const one = await admin.get(`${path}/${listed[0].id}`);
      expect(`${path}/:id ${one.status}`).toBe(`${path}/:id 200`);
      expect(one.body).toMatchObject({ id: listed[0].id, name: listed[0].name });
      expectProblem(await admin.get(`${path}/${randomUUID()}`), 404, 'directory.not-found');
    }
  });

  describe('help topics', () => {
    let alpha: Instance;
    let admin: AdminClient;
    let read: (path: string) => Promise<Named[]>;
    let ids: { general: string; support: string; high: string; sla: string; team: string };

    beforeAll(async () => {
      ({ instance: alpha, admin, read } = await instance('topics'));
      const [topics, departments, priorities, slas] = await Promise.all(['help-topics', 'departments', 'priorities', 'sla-plans'].map(read));
      const team = (await admin.post('teams', { name: 'Enrolment team' }).expect(201)).body.id;
      ids = { general: topics[0].id, support: departments[0].id, high: priorities.find((p) => p.name === 'High')!.id, sla: slas[0].id, team };
    });

    it('creates a topic under another with its routing, and new tickets follow it', async () => {
      const created = await admin
        .post('help-topics', {
          name: 'Enrolment',
          parentId: ids.general,
          departmentId: ids.support,
          priorityId: ids.high,
          slaPlanId: ids.sla,
          isPublic: false,
          autoAssignTeamId: ids.team,
          referenceFormat: 'MAT-{n:5}',
        })
        .expect(201);
      expect(created.body).toMatchObject({
        name: 'Enrolment',
        parentId: ids.general,
        departmentId: ids.support,
        priorityId: ids.high,
        isPublic: false,
        isActive: true,
        autoAssignStaffId: null,
        autoAssignTeamId: ids.team,
        referenceFormat: 'MAT-{n:5}',
      });
      expect(created.body).not.toHaveProperty('tenantId');
      const agentView = await api.http().get(`/api/v1/t/topics/help-topics/${created.body.id}`).set(bearer(alpha.token)).expect(200);
      expect(agentView.body).toMatchObject({ name: 'Enrolment', parentId: ids.general });
      const ticket = await openTicket(api, alpha, { helpTopicId: created.body.id });
      expect(ticket).toMatchObject({ reference: 'MAT-00001', priorityId: ids.high, assigneeTeamId: ids.team, departmentId: ids.support });
    });

    it('keeps names unique among siblings only', async () => {
      const { body: parent } = await admin.post('help-topics', { name: 'Exams', departmentId: ids.support }).expect(201);
      await admin.post('help-topics', { name: 'Revision', departmentId: ids.support, parentId: parent.id }).expect(201);
      await admin.post('help-topics', { name: 'Revision', departmentId: ids.support }).expect(201);
      expectProblem(await admin.post('help-topics', { name: 'Revision', departmentId: ids.support, parentId: parent.id }), 409, 'directory.name-taken');
      expectProblem(await admin.post('help-topics', { name: 'General inquiry', departmentId: ids.support }), 409, 'directory.name-taken');
    });

    it.each([
      ['an agent and a team to assign to', () => ({ autoAssignStaffId: alpha.manager.id, autoAssignTeamId: ids.team }), 400, 'directory.invalid'],
      ['a reference format without {n} or enough #', () => ({ referenceFormat: 'T-##' }), 400, 'directory.invalid'],
      ['an unknown department', () => ({ departmentId: randomUUID() }), 404, 'directory.not-found'],
      ['an unknown parent', () => ({ parentId: randomUUID() }), 404, 'directory.not-found'],
      ['an unknown priority', () => ({ priorityId: randomUUID() }), 404, 'directory.not-found'],
      ['an unknown SLA plan', () => ({ slaPlanId: randomUUID() }), 404, 'directory.not-found'],
      ['an unknown agent to assign to', () => ({ autoAssignStaffId: randomUUID() }), 404, 'directory.not-found'],
      ['an unknown team to assign to', () => ({ autoAssignTeamId: randomUUID() }), 404, 'directory.not-found'],
      ['no department', () => ({ departmentId: undefined }), 400, 'request.invalid'],
      ['a format too long', () => ({ referenceFormat: `${'x'.repeat(40)}{n}` }), 400, 'request.invalid'],
    ])('refuses %s and creates nothing', async (_case, extra, status, code) => {
      const before = await read('help-topics');
      expectProblem(await admin.post('help-topics', { name: 'Refused', departmentId: ids.support, ...extra() }), status, code);
      expect(await read('help-topics')).toEqual(before);
    });

    it('updates a topic, clears its format and refuses loops', async () => {
      const { body: top } = await admin.post('help-topics', { name: 'Top topic', departmentId: ids.support, referenceFormat: '{n}' }).expect(201);
      const { body: child } = await admin.post('help-topics', { name: 'Child topic', departmentId: ids.support, parentId: top.id }).expect(201);
      const updated = await admin.patch(`help-topics/${top.id}`, { referenceFormat: null, isActive: false, autoAssignStaffId: alpha.manager.id }).expect(200);
      expect(updated.body).toMatchObject({ referenceFormat: null, isActive: false, autoAssignStaffId: alpha.manager.id });
      for (const parentId of [child.id, top.id]) expectProblem(await admin.patch(`help-topics/${top.id}`, { parentId }), 400, 'directory.invalid');
      expectProblem(await admin.patch(`help-topics/${top.id}`, { autoAssignTeamId: ids.team }), 400, 'directory.invalid');
      expectProblem(await admin.patch(`help-topics/${top.id}`, {}), 400, 'request.empty');
      expectProblem(await admin.patch(`help-topics/${top.id}`, { departmentId: null }), 400, 'request.invalid');
      expectProblem(await admin.patch(`help-topics/${randomUUID()}`, { name: 'Ghost' }), 404, 'directory.not-found');
      expect((await admin.patch(`help-topics/${child.id}`, { parentId: null }).expect(200)).body.parentId).toBeNull();
    });

    it('deletes an unused topic and refuses one that tickets or child topics use, suggesting deactivation', async () => {
      const { body: unused } = await admin.post('help-topics', { name: 'Unused topic', departmentId: ids.support }).expect(201);
      await admin.delete(`help-topics/${unused.id}`).expect(204);
      expectProblem(await admin.delete(`help-topics/${unused.id}`), 404, 'directory.not-found');

      const { body: parent } = await admin.post('help-topics', { name: 'Parent topic', departmentId: ids.support }).expect(201);
      await admin.post('help-topics', { name: 'Kid topic', departmentId: ids.support, parentId: parent.id }).expect(201);
      const { body: used } = await admin.post('help-topics', { name: 'Used topic', departmentId: ids.support }).expect(201);
      await openTicket(api, alpha, { helpTopicId: used.id });
      for (const [id, usedBy] of [
        [parent.id, 'child topics'],
        [used.id, 'tickets'],
      ]) {
        const response = await admin.delete(`help-topics/${id}`);
        expectProblem(response, 409, 'directory.in-use');
        expect(response.body.usedBy).toEqual([usedBy]);
        expect(response.body.detail).toMatch(/deactivate/);
      }
      expect((await read('help-topics')).map((t) => t.id)).toEqual(expect.arrayContaining([parent.id, used.id]));
    });
  });

  describe('statuses', () => {
    let inst: Instance;
    let admin: AdminClient;
    let read: (path: string) => Promise<Named[]>;
    let byName: (path: string) => Promise<Record<string, string>>;

    beforeAll(async () => {
      ({ instance: inst, admin, read, byName } = await instance('statuses'));
    });

    const defaults = async () => (await read('statuses')).filter((s) => s.isDefault).map((s) => s.name);

    it('adds a status at the end of the list, labelled with its name', async () => {
      const created = await admin.post('statuses', { name: 'Waiting for documents', state: 'pending' }).expect(201);
      expect(created.body).toMatchObject({ name: 'Waiting for documents', state: 'pending', requesterLabel: 'Waiting for documents', sortOrder: 6, isDefault: false });
      expect((await read('statuses')).map((s) => s.name).at(-1)).toBe('Waiting for documents');
      const labelled = await admin.post('statuses', { name: 'On hold', state: 'pending', requesterLabel: 'Paused', sortOrder: 0 }).expect(201);
      expect((await read('statuses'))[0]).toMatchObject({ id: labelled.body.id, requesterLabel: 'Paused' });
    });

    it('moves the default to a new default status in the state new or open, and never removes it', async () => {
      const created = await admin.post('statuses', { name: 'Triage', state: 'open', isDefault: true }).expect(201);
      expect(created.body.isDefault).toBe(true);
      expect(await defaults()).toEqual(['Triage']);
      const status = await byName('statuses');
      await admin.patch(`statuses/${status.New}`, { isDefault: true }).expect(200);
      expect(await defaults()).toEqual(['New']);
      expectProblem(await admin.patch(`statuses/${status.New}`, { isDefault: false }), 409, 'directory.default-required');
      const pendingDefault = await admin.post('statuses', { name: 'Parked', state: 'pending', isDefault: true });
      expectProblem(pendingDefault, 400, 'directory.invalid');
      expect(pendingDefault.body.field).toBe('isDefault');
      // Another status in the state new, so that only the default rule stands in the way.
      await admin.post('statuses', { name: 'Intake', state: 'new' }).expect(201);
      expectProblem(await admin.patch(`statuses/${status.New}`, { state: 'resolved' }), 400, 'directory.invalid');
      expect(await defaults()).toEqual(['New']);
      expect((await read('statuses')).find((s) => s.name === 'New')?.state).toBe('new');
      expect(Object.keys(await byName('statuses'))).not.toContain('Parked');
    });

    it('keeps at least one status in every state, and the state of a status tickets use', async () => {
      const status = await byName('statuses');
      const last = await admin.patch(`statuses/${status.Closed}`, { state: 'resolved' });
      expectProblem(last, 409, 'directory.last-in-state');
      expect(last.body.state).toBe('closed');
      expectProblem(await admin.delete(`statuses/${status.Closed}`), 409, 'directory.last-in-state');
      const { body: archived } = await admin.post('statuses', { name: 'Archived', state: 'closed' }).expect(201);
      await admin.patch(`statuses/${status.Closed}`, { state: 'resolved' }).expect(200);
      await admin.patch(`statuses/${status.Closed}`, { state: 'closed' }).expect(200);
      await admin.delete(`statuses/${archived.id}`).expect(204);

      await openTicket(api, inst, { statusId: status.Open });
      const used = await admin.patch(`statuses/${status.Open}`, { state: 'pending' });
      expectProblem(used, 409, 'directory.in-use');
      expect(used.body.usedBy).toEqual(['tickets']);
      await admin.patch(`statuses/${status.Open}`, { name: 'In progress', requesterLabel: 'We are on it' }).expect(200);
    });

    it('deletes a status unless it is the default or tickets use it', async () => {
      const status = await byName('statuses');
      expectProblem(await admin.delete(`statuses/${status.New}`), 409, 'directory.default-required');
      const { body: spare } = await admin.post('statuses', { name: 'Spare', state: 'open' }).expect(201);
      await openTicket(api, inst, { statusId: spare.id });
      const response = await admin.delete(`statuses/${spare.id}`);
      expectProblem(response, 409, 'directory.in-use');
      expect(response.body.usedBy).toEqual(['tickets']);
      const { body: unused } = await admin.post('statuses', { name: 'Unused', state: 'open' }).expect(201);
      await admin.delete(`statuses/${unused.id}`).expect(204);
      expectProblem(await admin.delete(`statuses/${unused.id}`), 404, 'directory.not-found');
      expect(Object.keys(await byName('statuses'))).toEqual(expect.arrayContaining(['New', 'Spare']));
    });

    it('refuses a taken name, an unknown state and malformed fields', async () => {
      const before = await read('statuses');
      expectProblem(await admin.post('statuses', { name: 'New', state: 'new' }), 409, 'directory.name-taken');
      expectProblem(await admin.post('statuses', { name: 'Limbo', state: 'limbo' }), 400, 'request.invalid');
      expectProblem(await admin.post('statuses', { name: 'Sorted', state: 'open', sortOrder: 1.5 }), 400, 'request.invalid');
      expectProblem(await admin.post('statuses', { name: 'Unlabelled', state: 'open', requesterLabel: ' ' }), 400, 'directory.invalid');
      expectProblem(await admin.patch(`statuses/${before[0].id}`, { requesterLabel: null }), 400, 'request.invalid');
      expectProblem(await admin.patch(`statuses/${randomUUID()}`, { name: 'Ghost' }), 404, 'directory.not-found');
      expect(await read('statuses')).toEqual(before);
    });
  });

  describe('priorities, the priority matrix and SLA plans', () => {
    let inst: Instance;
    let admin: AdminClient;
    let read: (path: string) => Promise<Named[]>;
    let byName: (path: string) => Promise<Record<string, string>>;

    beforeAll(async () => {
      ({ instance: inst, admin, read, byName } = await instance('priorities'));
    });

    it('adds priorities by rank and moves the default', async () => {
      const created = await admin.post('priorities', { name: 'Critical', urgency: 10 }).expect(201);
      expect(created.body).toMatchObject({ name: 'Critical', urgency: 10, isDefault: false });
      expect((await read('priorities')).map((p) => p.name)).toEqual(['Low', 'Normal', 'High', 'Emergency', 'Critical']);
      await admin.patch(`priorities/${created.body.id}`, { isDefault: true, urgency: 3 }).expect(200);
      expect((await read('priorities')).filter((p) => p.isDefault).map((p) => p.name)).toEqual(['Critical']);
      expectProblem(await admin.patch(`priorities/${created.body.id}`, { isDefault: false }), 409, 'directory.default-required');
      await admin.patch(`priorities/${(await byName('priorities')).Normal}`, { isDefault: true }).expect(200);
      expectProblem(await admin.post('priorities', { name: 'High', urgency: 3 }), 409, 'directory.name-taken');
      expectProblem(await admin.post('priorities', { name: 'Zero', urgency: 0 }), 400, 'request.invalid');
      expectProblem(await admin.post('priorities', { name: 'Too much', urgency: 101 }), 400, 'request.invalid');
      expectProblem(await admin.patch(`priorities/${randomUUID()}`, { name: 'Ghost' }), 404, 'directory.not-found');
    });

    it('deletes a priority unless it is the default or tickets, topics or the stored matrix use it', async () => {
      const priority = await byName('priorities');
      expectProblem(await admin.delete(`priorities/${priority.Normal}`), 409, 'directory.default-required');
      const [topic] = await read('help-topics');
      await admin.patch(`help-topics/${topic.id}`, { priorityId: priority.Low }).expect(200);
      await openTicket(api, inst, { departmentId: (await read('departments'))[0].id, priorityId: priority.High });
      const create = async (name: string) => (await admin.post('priorities', { name, urgency: 50 }).expect(201)).body.id as string;
      const inMatrix = await create('In the matrix');
      await admin.put('priority-matrix', { bands: [band(inMatrix)] }).expect(200);
      for (const [id, usedBy] of [
        [priority.Low, 'help topics'],
        [priority.High, 'tickets'],
        [inMatrix, 'the priority matrix'],
      ]) {
        const response = await admin.delete(`priorities/${id}`);
        expectProblem(response, 409, 'directory.in-use');
        expect(response.body.usedBy).toEqual([usedBy]);
      }
      const unused = await create('Unused');
      await admin.delete(`priorities/${unused}`).expect(204);
      expectProblem(await admin.delete(`priorities/${unused}`), 404, 'directory.not-found');
      expect(Object.keys(await byName('priorities'))).toEqual(expect.arrayContaining(['Low', 'High', 'In the matrix']));
    });

    it('serves the default matrix bound to the priorities, stores a new one and uses it for tickets', async () => {
      const fresh = await instance('matrix');
      const priority = await fresh.byName('priorities');
      const initial = (await fresh.admin.get('priority-matrix').expect(200)).body.bands;
      expect(initial.map((b: { priorityId: string }) => b.priorityId)).toEqual([priority.Low, priority.Normal, priority.High, priority.Emergency]);
      expect(initial[3]).toEqual({ minProduct: 64, maxProduct: 64, priorityId: priority.Emergency, respondMinutes: 0, resolveMinutes: 60, escalateMinutes: 30 });

      const bands = [
        { minProduct: 1, maxProduct: 8, priorityId: priority.Low, respondMinutes: 480, resolveMinutes: 960, escalateMinutes: 600 },
        { minProduct: 9, maxProduct: 64, priorityId: priority.High, respondMinutes: 30, resolveMinutes: 120, escalateMinutes: 60 },
      ];
      expect((await fresh.admin.put('priority-matrix', { bands }).expect(200)).body).toEqual({ bands });
      expect((await fresh.admin.get('priority-matrix').expect(200)).body).toEqual({ bands });
      await fresh.admin.patch('settings', { priorityMode: 'matrix' }).expect(200);
      const before = Date.now();
      const ticket = await openTicket(api, fresh.instance, { impact: 4, urgency: 8 });
      expect(ticket.priorityId).toBe(priority.High);
      expect(ticket.dueAt!.getTime()).toBeGreaterThanOrEqual(before + 120 * 60_000);
    });

    it.each([
      ['a gap', (p: string) => [{ ...band(p), maxProduct: 8 }, { ...band(p), minProduct: 32 }], 'directory.invalid', 'bands', /no band covers the product 16/],
      ['an overlap', (p: string) => [{ ...band(p), maxProduct: 16 }, { ...band(p), minProduct: 16 }], 'directory.invalid', 'bands', /16 falls in 2 bands/],
      ['no band', () => [], 'directory.invalid', 'bands', /at least one band/],
      ['a priority of no one', (p: string) => [{ ...band(p), maxProduct: 8 }, { ...band(randomUUID()), minProduct: 9 }], 'directory.invalid', 'bands.1.priorityId', /Band 2/],
      ['a product out of range', (p: string) => [{ ...band(p), maxProduct: 65 }], 'request.invalid', undefined, /maxProduct/],
      ['a negative target', (p: string) => [{ ...band(p), resolveMinutes: -1 }], 'request.invalid', undefined, /resolveMinutes/],
      ['a band without a priority', (p: string) => [{ ...band(p), priorityId: undefined }], 'request.invalid', undefined, /priorityId/],
    ])('refuses a matrix with %s and keeps the one in force', async (_case, make, code, field, detail) => {
      const before = (await admin.get('priority-matrix').expect(200)).body;
      const response = await admin.put('priority-matrix', { bands: make((await byName('priorities')).Low) });
      expectProblem(response, 400, code);
      if (field) expect(response.body.field).toBe(field);
      expect(response.body.detail).toMatch(detail);
      expect((await admin.get('priority-matrix').expect(200)).body).toEqual(before);
    });

    function band(priorityId: string) {
      return { minProduct: 1, maxProduct: 64, priorityId, respondMinutes: 60, resolveMinutes: 120, escalateMinutes: 90 };
    }

    it('adds SLA plans, moves the default and may leave none', async () => {
      const created = await admin.post('sla-plans', { name: 'Exams', firstResponseMinutes: 60, resolutionMinutes: 240, graceMinutes: 15, isDefault: true }).expect(201);
      expect(created.body).toMatchObject({ name: 'Exams', firstResponseMinutes: 60, resolutionMinutes: 240, graceMinutes: 15, isDefault: true });
      expect((await read('sla-plans')).filter((s) => s.isDefault).map((s) => s.name)).toEqual(['Exams']);
      await admin.patch(`sla-plans/${created.body.id}`, { isDefault: false }).expect(200);
      expect((await read('sla-plans')).filter((s) => s.isDefault)).toEqual([]);
      const plain = await admin.post('sla-plans', { name: 'Plain', firstResponseMinutes: 30, resolutionMinutes: 30 }).expect(201);
      expect(plain.body).toMatchObject({ graceMinutes: 0, isDefault: false });
    });

    it('refuses a resolution target before the first response, bad minutes and a taken name', async () => {
      const before = await read('sla-plans');
      const early = await admin.post('sla-plans', { name: 'Backwards', firstResponseMinutes: 120, resolutionMinutes: 60 });
      expectProblem(early, 400, 'directory.invalid');
      expect(early.body.field).toBe('resolutionMinutes');
      expectProblem(await admin.patch(`sla-plans/${before[0].id}`, { firstResponseMinutes: 100_000 }), 400, 'directory.invalid');
      expectProblem(await admin.post('sla-plans', { name: 'Instant', firstResponseMinutes: 0, resolutionMinutes: 60 }), 400, 'request.invalid');
      expectProblem(await admin.post('sla-plans', { name: 'Negative grace', firstResponseMinutes: 1, resolutionMinutes: 60, graceMinutes: -5 }), 400, 'request.invalid');
      expectProblem(await admin.post('sla-plans', { name: 'Default SLA', firstResponseMinutes: 1, resolutionMinutes: 60 }), 409, 'directory.name-taken');
      expectProblem(await admin.patch(`sla-plans/${randomUUID()}`, { name: 'Ghost' }), 404, 'directory.not-found');
      expect(await read('sla-plans')).toEqual(before);
    });

    it("gives a department's new tickets its plan where their topic names none, and keeps the plan while a department uses it", async () => {
      const plan = (await admin.post('sla-plans', { name: 'Second line', firstResponseMinutes: 30, resolutionMinutes: 90 }).expect(201)).body.id as string;
      const department = (await admin.post('departments', { name: 'Second line desk', slaPlanId: plan }).expect(201)).body;
      expect(department.slaPlanId).toBe(plan);
      expectProblem(await admin.patch(`departments/${department.id}`, { slaPlanId: randomUUID() }), 404, 'directory.not-found');
      const inDepartment = await openTicket(api, inst, { departmentId: department.id });
      expect(inDepartment.slaPlanId).toBe(plan);
      expect(inDepartment.dueAt!.getTime() - inDepartment.createdAt.getTime()).toBe(90 * 60_000);
      // A topic's own plan comes first.
      const [topic] = await read('help-topics');
      const topicPlan = (await admin.post('sla-plans', { name: 'Topic plan', firstResponseMinutes: 60, resolutionMinutes: 120 }).expect(201)).body.id as string;
      await admin.patch(`help-topics/${topic.id}`, { slaPlanId: topicPlan }).expect(200);
      expect((await openTicket(api, inst, { helpTopicId: topic.id, departmentId: department.id })).slaPlanId).toBe(topicPlan);
      await admin.patch(`help-topics/${topic.id}`, { slaPlanId: null }).expect(200);
      await admin.delete(`sla-plans/${topicPlan}`).expect(409);
      // Used by a department (and the ticket): not deleted until both let go.
      const onDepartment = (await admin.post('sla-plans', { name: 'Department only', firstResponseMinutes: 60, resolutionMinutes: 120 }).expect(201)).body.id as string;
      await admin.patch(`departments/${department.id}`, { slaPlanId: onDepartment }).expect(200);
      expect((await admin.delete(`sla-plans/${onDepartment}`).expect(409)).body.usedBy).toEqual(['departments']);
      await admin.patch(`departments/${department.id}`, { slaPlanId: null }).expect(200);
      await admin.delete(`sla-plans/${onDepartment}`).expect(204);
    });

    it('deletes an unused SLA plan and refuses one that topics or tickets use', async () => {
      const create = async (name: string) => (await admin.post('sla-plans', { name, firstResponseMinutes: 60, resolutionMinutes: 120 }).expect(201)).body.id as string;
      const onTopic = await create('On a topic');
      const [topic] = await read('help-topics');
      await admin.patch(`help-topics/${topic.id}`, { slaPlanId: onTopic }).expect(200);
      await openTicket(api, inst, { helpTopicId: topic.id });
      await admin.patch(`help-topics/${topic.id}`, { slaPlanId: null }).expect(200);
      // The ticket keeps the plan it was opened with.
      const response = await admin.delete(`sla-plans/${onTopic}`);
      expectProblem(response, 409, 'directory.in-use');
      expect(response.body.usedBy).toEqual(['tickets']);
      const onTopicOnly = await create('Topic only');
      await admin.patch(`help-topics/${topic.id}`, { slaPlanId: onTopicOnly }).expect(200);
      expect((await admin.delete(`sla-plans/${onTopicOnly}`).expect(409)).body.usedBy).toEqual(['help topics']);
      const unused = await create('Unused plan');
      await admin.delete(`sla-plans/${unused}`).expect(204);
      expectProblem(await admin.delete(`sla-plans/${unused}`), 404, 'directory.not-found');
    });
  });

  describe('settings', () => {
    let inst: Instance;
    let admin: AdminClient;

    beforeAll(async () => {
      ({ instance: inst, admin } = await instance('instance-settings'));
    });
    it('starts from the defaults, changes what is sent and numbers new tickets with the new format', async () => {
      const initial = await admin.get('settings').expect(200);
      expect(initial.body).toEqual({
        referenceFormat: '######',
        closedReplyPolicy: 'reopen',
        registration: 'open',
        priorityMode: 'list',
        lockSeconds: 300,
        autocloseDays: 14,
        unknownSenderPolicy: 'collaborator',
        autoresponseHourlyLimit: 5,
        maxOpenTickets: 0,
        attachmentMaxBytes: 10485760,
        attachmentTypes: [],
        defaultHelpTopicId: null,
        defaultDepartmentId: null,
        requireTwoFactor: false,
        companyName: null,
        primaryColor: null,
        portalOnline: true,
        updatedAt: expect.any(String),
      });
      const changed = await admin.patch('settings', { referenceFormat: 'suport#{n}', closedReplyPolicy: 'new_ticket', lockSeconds: 30, autocloseDays: 0 }).expect(200);
      expect(changed.body).toMatchObject({ referenceFormat: 'suport#{n}', closedReplyPolicy: 'new_ticket', registration: 'open', lockSeconds: 30, autocloseDays: 0 });
      expect((await admin.get('settings').expect(200)).body).toEqual(changed.body);
      expect((await openTicket(api, inst)).reference).toBe('suport#1');
      expect((await openTicket(api, inst)).reference).toBe('suport#2');
    });

    it('changes the mail settings, normalising the accepted attachment types', async () => {
      const changed = await admin
        .patch('settings', { unknownSenderPolicy: 'new_ticket', autoresponseHourlyLimit: 2, maxOpenTickets: 3, attachmentMaxBytes: 2048, attachmentTypes: [' Image/* ', 'application/pdf', 'image/*'] })
        .expect(200);
      expect(changed.body).toMatchObject({ unknownSenderPolicy: 'new_ticket', autoresponseHourlyLimit: 2, maxOpenTickets: 3, attachmentMaxBytes: 2048, attachmentTypes: ['image/*', 'application/pdf'] });
      expect((await admin.get('settings').expect(200)).body).toEqual(changed.body);
    });

    it.each([
      ['a reference format of no kind', { referenceFormat: 'T-##' }, 'directory.invalid'],
      ['a reference format with another placeholder', { referenceFormat: 'HD-{id}' }, 'directory.invalid'],
      ['a lock below 30 seconds', { lockSeconds: 10 }, 'request.invalid'],
      ['auto-closing after more than a year', { autocloseDays: 366 }, 'request.invalid'],
      ['an unknown registration mode', { registration: 'ldap' }, 'request.invalid'],
      ['an unknown priority mode', { priorityMode: 'vibes' }, 'request.invalid'],
      ['null', { closedReplyPolicy: null }, 'request.invalid'],
      ['an unknown sender policy', { unknownSenderPolicy: 'ignore' }, 'request.invalid'],
      ['a negative auto-response cap', { autoresponseHourlyLimit: -1 }, 'request.invalid'],
      ['attachments over 100 MB', { attachmentMaxBytes: 104857601 }, 'request.invalid'],
      ['an attachment type that is no media type', { attachmentTypes: ['pdf'] }, 'directory.invalid'],
      ['attachment types that are not a list', { attachmentTypes: 'image/*' }, 'request.invalid'],
    ])('refuses %s, even beside a valid change, and changes nothing', async (_case, body, code) => {
      const before = (await admin.get('settings').expect(200)).body;
      expectProblem(await admin.patch('settings', { autocloseDays: 7, ...body }), 400, code);
      expect((await admin.get('settings').expect(200)).body).toEqual(before);
    });

    it('refuses an empty change', async () => {
      expectProblem(await admin.patch('settings', {}), 400, 'request.empty');
    });

    it('takes an active help topic and a department of the instance as defaults, and keeps them from being removed', async () => {
      const departmentId = (await admin.post('departments', { name: 'Front desk' }).expect(201)).body.id;
      const topicId = (await admin.post('help-topics', { name: 'Anything else', departmentId }).expect(201)).body.id;
      const idle = (await admin.post('help-topics', { name: 'Retired', departmentId, isActive: false }).expect(201)).body.id;
      const before = (await admin.get('settings').expect(200)).body;
      for (const [field, value, detail] of [
        ['defaultHelpTopicId', idle, 'not active'],
        ['defaultHelpTopicId', randomUUID(), 'No help topic'],
        ['defaultDepartmentId', randomUUID(), 'No department'],
        ['defaultDepartmentId', 'front-desk', 'UUID'],
      ]) {
        const refused = await admin.patch('settings', { autocloseDays: 3, [field]: value });
        expect(`${field} ${value} -> ${refused.status} ${refused.body.detail}`).toContain(detail);
        expect(refused.status).toBe(400);
        if (refused.body.code === 'directory.invalid') expect(refused.body.field).toBe(field);
      }
      expect((await admin.get('settings').expect(200)).body).toEqual(before);

      const set = await admin.patch('settings', { defaultHelpTopicId: topicId, defaultDepartmentId: departmentId }).expect(200);
      expect(set.body).toMatchObject({ defaultHelpTopicId: topicId, defaultDepartmentId: departmentId });
      expect((await admin.get('settings').expect(200)).body).toEqual(set.body);

      // A default is neither deleted nor deactivated; the topic stays active.
      for (const refused of [await admin.delete(`help-topics/${topicId}`), await admin.patch(`help-topics/${topicId}`, { isActive: false })]) {
        expectProblem(refused, 409, 'directory.in-use');
        expect(refused.body.usedBy).toContain('the instance settings (default help topic)');
      }
      expect((await admin.get(`help-topics/${topicId}`).expect(200)).body.isActive).toBe(true);
      await admin.patch(`help-topics/${topicId}`, { name: 'Anything at all' }).expect(200);
      await admin.patch('settings', { defaultHelpTopicId: null }).expect(200);
      await admin.delete(`help-topics/${topicId}`).expect(204);

      const department = await admin.delete(`departments/${departmentId}`);
      expectProblem(department, 409, 'directory.in-use');
      expect(department.body.usedBy).toContain('the instance settings (default department)');
      await admin.delete(`help-topics/${idle}`).expect(204);
      await admin.patch('settings', { defaultDepartmentId: null }).expect(200);
      await admin.delete(`departments/${departmentId}`).expect(204);
      expect((await admin.get('settings').expect(200)).body).toMatchObject({ defaultHelpTopicId: null, defaultDepartmentId: null });
    });
  });
  describe('reference counters', () => {
    it('continues a numbering from another system, only upwards, and refuses a random format', async () => {
      const { instance: desk, admin } = await instance('counters');
      await admin.patch('settings', { referenceFormat: 'Ticket#{n}' }).expect(200);
      expect((await admin.get('reference-counters').expect(200)).body).toEqual([{ format: 'Ticket#{n}', nextNumber: 1 }]);
      expect((await admin.put('reference-counters', { nextNumber: 11545 }).expect(200)).body).toEqual({ format: 'Ticket#{n}', nextNumber: 11545 });
      expect(await openTicket(api, desk)).toMatchObject({ reference: 'Ticket#11545' });
      expect(await openTicket(api, desk)).toMatchObject({ reference: 'Ticket#11546' });
      // Down, or back to a number handed out: refused, the counter stays.
      expectProblem(await admin.put('reference-counters', { nextNumber: 11546 }), 400, 'ticket.invalid');
      expectProblem(await admin.put('reference-counters', { nextNumber: 0 }), 400, 'request.invalid');
      expect((await admin.get('reference-counters').expect(200)).body).toEqual([{ format: 'Ticket#{n}', nextNumber: 11547 }]);
      // A help topic's own counter, named by its format.
      const departmentId = (await admin.get('departments').expect(200)).body[0].id;
      await admin.post('help-topics', { name: 'Enrolment', departmentId, referenceFormat: 'MAT-{n:5}' }).expect(201);
      expect((await admin.put('reference-counters', { format: 'MAT-{n:5}', nextNumber: 300 }).expect(200)).body).toEqual({ format: 'MAT-{n:5}', nextNumber: 300 });
      expect((await admin.get('reference-counters').expect(200)).body).toEqual([
        { format: 'Ticket#{n}', nextNumber: 11547 },
        { format: 'MAT-{n:5}', nextNumber: 300 },
      ]);
      expectProblem(await admin.put('reference-counters', { format: '######', nextNumber: 5 }), 400, 'ticket.invalid');
      expectProblem(await admin.put('reference-counters', { format: 'no braces', nextNumber: 5 }), 400, 'ticket.invalid');
    });
  });
});
