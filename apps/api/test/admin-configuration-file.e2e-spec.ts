import { AdminClient, addAgent, adminClient, expectProblem, openTicket } from './admin-harness';
import { Instance, TestApi, at, bearer, startTestApi } from './api-harness';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const week = { monday: [{ from: '08:00', to: '15:00' }], wednesday: [{ from: '08:00', to: '15:00' }] };
type Named = { id: string; name: string };

// A configuration using every section, built through the admin API as a manager would.
async function buildConfiguration(api: TestApi, instance: Instance, admin: AdminClient): Promise<void> {
  const created = async (path: string, body: object) => (await admin.post(path, body).expect(201)).body.id as string;
  const schedule = await created('schedules', { name: 'Office hours', timeZone: 'Europe/Madrid', week, holidays: ['--12-25', '2026-12-08'] });
  const plan = await created('sla-plans', { name: 'Exams', firstResponseMinutes: 60, resolutionMinutes: 240, graceMinutes: 15, scheduleId: schedule, warnPercent: 80, pauseWhenPending: false, isDefault: true });
  const critical = await created('priorities', { name: 'Critical', urgency: 95 });
  const waiting = await created('statuses', { name: 'Waiting for documents', state: 'pending' });
  await created('roles', { name: 'Front desk', permissions: ['ticket.reply', 'ticket.create'] });
  const support = (await admin.get('departments').expect(200)).body.find((d: Named) => d.name === 'Support').id;
  const secondLine = await created('departments', { name: 'Second line', parentId: support, slaPlanId: plan, outgoingEmail: 'second@source.example', managerStaffId: instance.manager.id });
  const team = await created('teams', { name: 'Printers', assignment: 'round_robin', maxOpenPerAgent: 5, leadStaffId: instance.manager.id });
  await admin.put(`teams/${team}/members`, { staffIds: [instance.manager.id] }).expect(200);
  const hardware = await created('help-topics', { name: 'Hardware', departmentId: support, priorityId: critical });
  const printers = await created('help-topics', { name: 'Printers', parentId: hardware, departmentId: secondLine, slaPlanId: plan, autoAssignTeamId: team, referenceFormat: 'PRN-{n:4}', isPublic: false });
  await admin
    .put(`sla-plans/${plan}/escalation`, {
      steps: [
        { after: 'warning', minutes: 0, transferDepartmentId: secondLine, notifyStaffIds: [instance.manager.id] },
        { after: 'breach', minutes: 30, assignTeamId: team, raisePriority: true },
      ],
    })
    .expect(200);
  await admin.put('priority-matrix/bands/16/escalation', { steps: [{ after: 'breach', minutes: 10, assignTeamId: team }] }).expect(200);
  const canned = (await api.http().post(at(instance.slug, 'canned-responses')).set(bearer(instance.token)).send({ title: 'Toner', body: 'Change the toner.', departmentId: secondLine }).expect(201)).body.id;
  await api.http().post(at(instance.slug, 'canned-responses')).set(bearer(instance.token)).send({ title: 'Thanks', body: 'Thanks, {{requester.name}}.' }).expect(201);
  await created('filters', {
    name: 'Printer mail',
    match: 'any',
    conditions: [
      { field: 'subject', operator: 'contains', value: 'printer' },
      { field: 'help-topic', operator: 'equals', value: printers },
    ],
    actions: [
      { kind: 'set-department', value: secondLine },
      { kind: 'send-canned-response', value: canned },
      { kind: 'assign-agent', value: instance.manager.id },
      { kind: 'add-tags', value: 'printer, hardware' },
    ],
  });
  // A department's own filter keeps its department.
  await created('filters', { name: 'Second line toner', departmentId: secondLine, match: 'all', conditions: [{ field: 'tag', operator: 'equals', value: 'toner' }], actions: [{ kind: 'add-tags', value: 'consumables' }] });
  const models = await created('custom-lists', {
    name: 'Printer models',
    items: [
      { value: 'laser', labels: [{ language: 'en', text: 'Laser' }, { language: 'ca', text: 'Làser' }] },
      { value: 'inkjet', labels: [] },
    ],
  });
  const model = await created('custom-fields', { key: 'printer_model', type: 'choice', labels: [{ language: 'en', text: 'Printer model' }], listId: models, visibility: 'requester_edit' });
  const room = await created('custom-fields', { key: 'room', type: 'short_text', labels: [{ language: 'en', text: 'Room' }], help: [{ language: 'en', text: 'As on the door' }], visibility: 'agents' });
  await created('custom-forms', {
    name: 'Printer details',
    kind: 'ticket',
    labels: [{ language: 'en', text: 'About the printer' }],
    fields: [{ fieldId: room }, { fieldId: model, required: true }],
    helpTopicIds: [printers],
  });
  await created('triggers', {
    name: 'Waiting printers',
    events: ['status', 'requester-reply'],
    match: 'all',
    conditions: [
      { field: 'status', operator: 'changed-to', value: waiting },
      { field: 'team', operator: 'equals', value: team },
      { field: 'agent', operator: 'equals', value: instance.manager.id },
      { field: 'department', operator: 'not-equals', value: support },
    ],
    actions: [
      { kind: 'set-priority', value: critical },
      { kind: 'send-notification', value: 'alert.ticket.assigned', to: 'assignee' },
      { kind: 'call-webhook', value: 'https://relay.example.net/tickets' },
      { kind: 'assign-agent', value: instance.manager.id },
    ],
  });
  await created('time-rules', {
    name: 'Documents overdue',
    condition: 'status',
    statusId: waiting,
    waitAmount: 3,
    waitUnit: 'days',
    departmentId: secondLine,
    helpTopicId: printers,
    priorityId: critical,
    tag: 'Toner',
    actions: [
      { kind: 'send-canned-response', value: canned },
      { kind: 'assign-team', value: team },
      { kind: 'notify-assignee' },
    ],
  });
  await admin.put('templates/ticket.response/ca', { subject: '[{{ticket.reference}}] Resposta', body: '{{message}}' }).expect(200);
  await admin.patch('alerts', { alerts: [{ key: 'alert.ticket.new', enabled: false }] }).expect(200);
  await admin.put('pages/landing/en', { title: 'Welcome to the office', body: '<p>Open on working days.</p>' }).expect(200);
  const matrix = (await admin.get('priority-matrix').expect(200)).body.bands;
  await admin.put('priority-matrix', { bands: matrix.map((band: { minProduct: number }) => (band.minProduct >= 16 ? { ...band, priorityId: critical } : band)) }).expect(200);
  await admin.patch('settings', { companyName: 'Source office', primaryColor: '#1c5d99', defaultHelpTopicId: printers, autocloseDays: 7, requireTwoFactor: false }).expect(200);
  // Secrets the file must never hold.
  await admin.post('mailboxes', { name: 'Help', address: 'help@source.example', departmentId: support, imapHost: 'imap.example.org', imapUser: 'help', imapPassword: 'mailbox secret 1' }).expect(201);
  await admin.post('webhooks', { name: 'Hook', url: 'https://hooks.example.org/source', kinds: ['ticket.created'] }).expect(201);
}

describe('instance admin: configuration export and import', () => {
  let api: TestApi;
  let source: Instance;
  let admin: AdminClient;
  let file: { sections: Record<string, unknown>; leftOut: string[]; version: number };

  const exportOf = async (instance: Instance) => (await adminClient(api, instance.slug, instance.token).get('configuration/export').expect(200)).body;
  const importInto = (instance: Instance, body: object, dryRun: boolean) =>
    api.http().post(at(instance.slug, `admin/configuration/import?dryRun=${dryRun}`)).set(bearer(instance.token)).send(body);
  const configVersion = async (instance: Instance) => (await api.sql<{ v: string }>('select config_version::text as v from tenants where id = $1', [instance.id]))[0].v;

  beforeAll(async () => {
    api = await startTestApi();
    source = await api.provision('source');
    admin = adminClient(api, source.slug, source.token);
    await buildConfiguration(api, source, admin);
    file = await exportOf(source);
  });

  afterAll(() => api.close());

  it('writes every section by natural key, without ids, people or secrets, and says what it leaves out', async () => {
    expect(file).toMatchObject({ format: 'tessera-configuration', version: 1, instance: { slug: 'source' } });
    const text = JSON.stringify(file);
    expect(text).not.toMatch(UUID);
    for (const secret of ['mailbox secret 1', 'help@source.example', 'hooks.example.org', source.manager.email, 'Manager of source']) expect(text).not.toContain(secret);
    expect(file.leftOut.join(' ')).toMatch(/mailboxes, LDAP directories, webhooks, API keys/);
    const { sections } = file as { sections: Record<string, Array<Record<string, unknown>>> };
    expect(sections.helpTopics).toContainEqual(
      expect.objectContaining({ path: ['Hardware', 'Printers'], department: ['Support', 'Second line'], slaPlan: 'Exams', autoAssignTeam: 'Printers', referenceFormat: 'PRN-{n:4}', isPublic: false }),
    );
    expect(sections.departments).toContainEqual({ path: ['Support', 'Second line'], isPublic: true, outgoingEmail: 'second@source.example', autoResponse: true, slaPlan: 'Exams' });
    expect(sections.escalationLines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ slaPlan: 'Exams', band: null, position: 1, transferDepartment: ['Support', 'Second line'] }),
        expect.objectContaining({ slaPlan: null, band: 16, position: 1, assignTeam: 'Printers' }),
      ]),
    );
    const filter = sections.ticketFilters.find((f) => f.name === 'Printer mail')!;
    expect(filter.conditions).toContainEqual({ field: 'help-topic', operator: 'equals', value: ['Hardware', 'Printers'] });
    // The agent it assigns is a person: that action is left out.
    expect(filter.actions).toEqual([
      { kind: 'set-department', value: ['Support', 'Second line'] },
      { kind: 'send-canned-response', value: { department: ['Support', 'Second line'], title: 'Toner' } },
      { kind: 'add-tags', value: 'printer, hardware' },
    ]);
    expect(sections.ticketFilters).toContainEqual(expect.objectContaining({ name: 'Second line toner', department: ['Support', 'Second line'], position: 1 }));
    expect(filter.department ?? null).toBeNull();
    const settings = file.sections.settings as Record<string, unknown>;
    expect(settings).toMatchObject({ companyName: 'Source office', defaultHelpTopic: ['Hardware', 'Printers'], autocloseDays: 7 });
    expect(settings.priorityMatrix).toContainEqual(expect.objectContaining({ minProduct: 16, priority: 'Critical' }));
    expect(sections.customLists).toEqual([{ name: 'Printer models', items: [{ value: 'laser', labels: [{ language: 'en', text: 'Laser' }, { language: 'ca', text: 'Làser' }] }, { value: 'inkjet', labels: [] }] }]);
    expect(sections.customFields).toEqual([
      { key: 'printer_model', type: 'choice', labels: [{ language: 'en', text: 'Printer model' }], help: [], list: 'Printer models', isMultiple: false, visibility: 'requester_edit' },
      { key: 'room', type: 'short_text', labels: [{ language: 'en', text: 'Room' }], help: [{ language: 'en', text: 'As on the door' }], list: null, isMultiple: false, visibility: 'agents' },
    ]);
    expect(sections.customForms).toEqual([{ name: 'Printer details', kind: 'ticket', labels: [{ language: 'en', text: 'About the printer' }] }]);
    expect(sections.customFormFields).toEqual([
      { form: 'Printer details', field: 'printer_model', position: 2, required: true },
      { form: 'Printer details', field: 'room', position: 1, required: false },
    ]);
    expect(sections.helpTopicForms).toEqual([{ helpTopic: ['Hardware', 'Printers'], form: 'Printer details', position: 1 }]);
    // The agent a trigger looks at or assigns is a person: that condition and that action are left out.
    expect(sections.triggers).toEqual([
      {
        name: 'Waiting printers',
        position: 1,
        isActive: true,
        events: ['status', 'requester-reply'],
        match: 'all',
        conditions: [
          { field: 'status', operator: 'changed-to', value: 'Waiting for documents' },
          { field: 'team', operator: 'equals', value: 'Printers' },
          { field: 'department', operator: 'not-equals', value: ['Support'] },
        ],
        actions: [
          { kind: 'set-priority', value: 'Critical' },
          { kind: 'send-notification', value: 'alert.ticket.assigned', to: 'assignee' },
          { kind: 'call-webhook', value: 'https://relay.example.net/tickets' },
        ],
      },
    ]);
    expect(sections.timeRules).toEqual([
      {
        name: 'Documents overdue',
        isActive: true,
        condition: 'status',
        state: null,
        status: 'Waiting for documents',
        waitAmount: 3,
        waitUnit: 'days',
        department: ['Support', 'Second line'],
        helpTopic: ['Hardware', 'Printers'],
        priority: 'Critical',
        tag: 'toner',
        actions: [
          { kind: 'send-canned-response', value: { department: ['Support', 'Second line'], title: 'Toner' } },
          { kind: 'assign-team', value: 'Printers' },
          { kind: 'notify-assignee', value: null },
        ],
      },
    ]);
    expect(sections.templates).toEqual([{ template: 'ticket.response', language: 'ca', subject: '[{{ticket.reference}}] Resposta', body: '{{message}}' }]);
    expect(file.sections.signIn).toEqual({ requireTwoFactor: false });
    expect(sections.pages).toEqual([{ kind: 'landing', language: 'en', title: 'Welcome to the office', body: '<p>Open on working days.</p>' }]);
  });

  it('imports into a second instance: a dry run writes nothing, the import recreates it, a second import changes nothing', async () => {
    const target = await api.provision('target');
    const before = await exportOf(target);
    const versionBefore = await configVersion(target);

    const dry = (await importInto(target, file, true).expect(200)).body;
    expect(dry.dryRun).toBe(true);
    expect(dry.changes).toContainEqual({ section: 'helpTopics', key: ['Hardware', 'Printers'], action: 'create' });
    expect(dry.changes).toContainEqual({ section: 'departments', key: ['Support'], action: 'unchanged' });
    expect(dry.changes).toContainEqual({ section: 'settings', key: {}, action: 'update' });
    expect((await exportOf(target)).sections).toEqual(before.sections);
    expect(await configVersion(target)).toBe(versionBefore);

    const applied = (await importInto(target, file, false).expect(200)).body;
    expect(applied).toEqual({ ...dry, dryRun: false });
    expect((await exportOf(target)).sections).toEqual(file.sections);
    // New ids in the target, none of the source's.
    const [sourceTopic] = await api.sql<{ id: string }>("select id from help_topics where tenant_id = $1 and name = 'Printers'", [source.id]);
    const [targetTopic] = await api.sql<{ id: string; team: string }>(
      "select h.id, t.name as team from help_topics h join teams t on t.tenant_id = h.tenant_id and t.id = h.auto_assign_team_id where h.tenant_id = $1 and h.name = 'Printers'",
      [target.id],
    );
    expect(targetTopic).toEqual({ id: expect.not.stringMatching(sourceTopic.id), team: 'Printers' });

    const versionAfter = await configVersion(target);
    const again = (await importInto(target, file, false).expect(200)).body;
    expect(again.changes.filter((change: { action: string }) => change.action !== 'unchanged')).toEqual([]);
    expect(await configVersion(target)).toBe(versionAfter);
  });

  it('refuses a bad file with problem+json naming the member at fault, and writes nothing of it', async () => {
    const target = await api.provision('refusing');
    const before = await exportOf(target);
    const { sections: exported } = file as { sections: Record<string, Array<Record<string, unknown>>> };
    const timeRule = { ...exported.timeRules[0], status: null, condition: 'unassigned', department: null, helpTopic: null, priority: null, actions: [{ kind: 'notify-assignee', value: null }] };
    const choiceField = exported.customFields[0];
    const withSections = (sections: object) => ({ ...file, sections: { priorities: [{ name: 'Written first', urgency: 50, isDefault: false }], ...sections } });
    const cases: Array<[string, object, string, string]> = [
      ['a newer version', { ...file, version: 2 }, 'configuration.unsupported-version', 'version'],
      ['another format', { ...file, format: 'osticket' }, 'configuration.invalid', 'format'],
      ['an unknown section', withSections({ people: [] }), 'configuration.invalid', 'sections.people'],
      ['an unknown reference', withSections({ helpTopics: [{ path: ['Lost'], department: ['Nowhere'], priority: null, slaPlan: null, autoAssignTeam: null, isPublic: true, isActive: true, referenceFormat: null, autoResponse: true }] }), 'configuration.invalid', 'sections.helpTopics[0].department'],
      ['a value of the wrong type', withSections({ teams: [{ name: 'T', isActive: 'yes', assignment: 'none', maxOpenPerAgent: null }] }), 'configuration.invalid', 'sections.teams[0].isActive'],
      ['an unknown member', withSections({ roles: [{ name: 'R', permissions: [], id: 'x' }] }), 'configuration.invalid', 'sections.roles[0].id'],
      ['a value the table refuses', withSections({ statuses: [{ name: 'Odd', state: 'sleeping', requesterLabel: 'Odd', sortOrder: 9, isDefault: false }] }), 'configuration.invalid', 'sections.statuses[0]'],
      ['a template the console would refuse', withSections({ templates: [{ template: 'ticket.response', language: 'en', subject: 'Lost its reference', body: '{{message}}' }] }), 'configuration.invalid', 'sections.templates[0].subject'],
      ['a filter pattern RE2 cannot run', withSections({ ticketFilters: [{ name: 'F', position: 1, isActive: true, match: 'all', conditions: [{ field: 'subject', operator: 'regex', value: '(a)\\1' }], actions: [{ kind: 'stop' }] }] }), 'configuration.invalid', 'sections.ticketFilters[0].conditions[0]'],
      ['a trigger the console would refuse', withSections({ triggers: [{ name: 'T', position: 1, isActive: true, events: ['sleeping'], match: 'all', conditions: [], actions: [{ kind: 'stop' }] }] }), 'configuration.invalid', 'sections.triggers[0].events[0]'],
      ['a notification from no template', withSections({ triggers: [{ name: 'T', position: 1, isActive: true, events: ['note'], match: 'all', conditions: [], actions: [{ kind: 'send-notification', value: 'no.such.template', to: 'assignee' }] }] }), 'configuration.invalid', 'sections.triggers[0].actions[0].value'],
      ['a time rule the console would refuse', withSections({ timeRules: [{ ...timeRule, condition: 'state', state: null }] }), 'configuration.invalid', 'sections.timeRules[0].state'],
      ['a time rule tag that is no tag', withSections({ timeRules: [{ ...timeRule, tag: 'two words' }] }), 'configuration.invalid', 'sections.timeRules[0].tag'],
      ['a list value given twice', withSections({ customLists: [{ name: 'L', items: [{ value: 'a', labels: [] }, { value: 'a', labels: [] }] }] }), 'configuration.invalid', 'sections.customLists[0].items[1].value'],
      ['a choice field without its list', withSections({ customFields: [{ ...choiceField, list: null }] }), 'configuration.invalid', 'sections.customFields[0].list'],
      ['a field key the console refuses', withSections({ customFields: [{ ...choiceField, key: 'Room 1', type: 'short_text', list: null }] }), 'configuration.invalid', 'sections.customFields[0].key'],
      ['a requester form on a help topic', withSections({ customForms: [{ name: 'About you', kind: 'requester', labels: [] }], helpTopicForms: [{ helpTopic: ['General inquiry'], form: 'About you', position: 1 }] }), 'configuration.invalid', 'sections.helpTopicForms[0].form'],
      ['a colour white text cannot be read on', withSections({ settings: { ...(file.sections.settings as object), priorityMatrix: null, defaultHelpTopic: null, primaryColor: '#ffd43b' } }), 'configuration.invalid', 'sections.settings.primaryColor'],
      ['a key given twice', withSections({ roles: [{ name: 'R', permissions: [] }, { name: 'R', permissions: [] }] }), 'configuration.invalid', 'sections.roles[1]'],
    ];
    for (const [label, body, code, field] of cases) {
      for (const dryRun of [true, false]) {
        const response = await importInto(target, body, dryRun);
        expectProblem(response, 400, code);
        expect({ label, field: response.body.field }).toEqual({ label, field: expect.stringMatching(new RegExp(`^${field.replace(/[[\].]/g, '\\$&')}`)) });
      }
    }
    expectProblem(await importInto(target, { sections: {} }, false), 400, 'request.invalid');
    expect((await exportOf(target)).sections).toEqual(before.sections);
  });

  it("keeps a field's type and a form's kind as the console does", async () => {
    const target = await api.provision('custom');
    const { sections } = file as { sections: Record<string, Array<Record<string, unknown>>> };
    const custom = { customLists: sections.customLists, customFields: sections.customFields, customForms: sections.customForms };
    await importInto(target, { ...file, sections: custom }, false).expect(200);
    const retyped = await importInto(target, { ...file, sections: { customFields: [{ ...sections.customFields[1], type: 'long_text' }] } }, false);
    expectProblem(retyped, 400, 'configuration.invalid');
    expect(retyped.body.field).toBe('sections.customFields[0].type');
    const rekinded = await importInto(target, { ...file, sections: { customForms: [{ ...sections.customForms[0], kind: 'organization' }] } }, false);
    expectProblem(rekinded, 400, 'configuration.invalid');
    expect(rekinded.body.field).toBe('sections.customForms[0].kind');
    expect((await exportOf(target)).sections.customFields).toEqual(sections.customFields);
  });

  it('lets an imported time rule take the tickets already in its condition, as a saved one does', async () => {
    const target = await api.provision('waiting');
    const ticket = await openTicket(api, target);
    const { sections } = file as { sections: Record<string, Array<Record<string, unknown>>> };
    const rule = { ...sections.timeRules[0], condition: 'unassigned', status: null, department: null, helpTopic: null, priority: null, tag: null, actions: [{ kind: 'notify-assignee', value: null }] };
    await importInto(target, { ...file, sections: { timeRules: [rule] } }, false).expect(200);
    const due = await api.sql<{ ticket: string }>("select d.ticket_id as ticket from time_rule_due d join time_rules r on r.id = d.rule_id where r.tenant_id = $1 and r.name = 'Documents overdue'", [target.id]);
    expect(due).toEqual([{ ticket: ticket.id }]);
  });

  it('keeps a page as the console would: its HTML sanitised', async () => {
    const target = await api.provision('pages');
    const page = { kind: 'offline', language: 'en', title: 'Closed', body: '<p>Back soon.</p><script>alert(1)</script>' };
    const plan = (await importInto(target, { ...file, sections: { pages: [page] } }, false).expect(200)).body;
    expect(plan.changes).toEqual([{ section: 'pages', key: { kind: 'offline', language: 'en' }, action: 'create' }]);
    expect((await exportOf(target)).sections.pages).toEqual([{ ...page, body: '<p>Back soon.</p>' }]);
  });

  it('is for managers only', async () => {
    const agent = await addAgent(api, source, 'agent@source.example');
    expectProblem(await api.http().get(at(source.slug, 'admin/configuration/export')).set(bearer(agent.token)), 403, 'auth.forbidden');
    expectProblem(await api.http().post(at(source.slug, 'admin/configuration/import?dryRun=true')).set(bearer(agent.token)).send(file), 403, 'auth.forbidden');
  });

  it('lets the operator export an instance and provision a new one from the file, or none when the file is bad', async () => {
    const exported = (await api.operator.get('/tenants/source/configuration').expect(200)).body;
    expect(exported.sections).toEqual(file.sections);
    const manager = { email: 'boss@clone.example', name: 'Boss', password: 'a long enough password' };
    const created = (await api.operator.post('/tenants', { slug: 'clone', name: 'Clone', manager, configuration: exported }).expect(201)).body;
    expect(created.configuration.changes).toContainEqual({ section: 'teams', key: 'Printers', action: 'create' });
    expect((await api.operator.get('/tenants/clone/configuration').expect(200)).body.sections).toEqual(file.sections);

    const bad = { ...exported, sections: { ...exported.sections, settings: { ...exported.sections.settings, defaultHelpTopic: ['Missing'] } } };
    const refused = await api.operator.post('/tenants', { slug: 'half-clone', name: 'Half', manager, configuration: bad });
    expectProblem(refused, 400, 'configuration.invalid');
    expect(refused.body.field).toBe('sections.settings.defaultHelpTopic');
    await api.operator.get('/tenants/half-clone').expect(404);
  });
});
