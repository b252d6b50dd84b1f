import { addTicketForm } from './admin-harness';
import { AdminClient, Instance, TestApi, adminClient, at, bearer, expectProblem, startTestApi } from './api-harness';
import { registerRequester } from './portal-harness';

// Custom lists, fields and forms through the admin API, and the values every channel that opens
// or edits tickets must give: checked against the help topic's forms (and its ancestors').
describe('custom forms', () => {
  let api: TestApi;
  let desk: Instance;
  let admin: AdminClient;
  let parentTopicId: string;
  let childTopicId: string;
  let departmentId: string;

  const staff = (method: 'get' | 'post' | 'patch', path: string, body?: object) => {
    const call = api.http()[method](at(desk.slug, path)).set(bearer(desk.token));
    return body ? call.send(body) : call;
  };
  const ticketCount = async () => (await api.sql<{ n: number }>('select count(*)::int as n from tickets where tenant_id = $1', [desk.id]))[0].n;
  const agentTicket = (customData: object, helpTopicId = childTopicId) =>
    staff('post', 'tickets', { requester: { email: 'marta@example.org', name: 'Marta' }, subject: 'Broken chair', message: 'Its leg came off.', source: 'phone', helpTopicId, customData });
  const valid = { building: 'north', room: '2.14', seats: 4, since: '2026-12-01', at: '2026-12-01T09:30:00+01:00', terms: true, contact: 'Marta@Example.org', phone: '+34 600 111 222' };

  beforeAll(async () => {
    api = await startTestApi();
    desk = await api.provision('forms');
    admin = adminClient(api, desk.slug, desk.token);
    departmentId = (await admin.get('departments').expect(200)).body[0].id;
    parentTopicId = (await admin.get('help-topics').expect(200)).body[0].id;
    childTopicId = (await admin.post('help-topics', { name: 'Furniture', parentId: parentTopicId, departmentId }).expect(201)).body.id;
    // The parent's form: its sub-topic shows it too, before its own.
    await addTicketForm(api, desk, parentTopicId, [{ key: 'building', type: 'choice', values: ['north', 'south'], required: true }], 'Where');
    await addTicketForm(
      api,
      desk,
      childTopicId,
      [
        { key: 'room', type: 'short_text', required: true },
        { key: 'details', type: 'long_text' },
        { key: 'seats', type: 'number' },
        { key: 'since', type: 'date' },
        { key: 'at', type: 'date_time' },
        { key: 'kinds', type: 'choice', values: ['chair', 'desk', 'lamp'], isMultiple: true },
        { key: 'terms', type: 'checkbox', required: true },
        { key: 'contact', type: 'email' },
        { key: 'phone', type: 'phone' },
        { key: 'on_behalf', type: 'requester' },
        { key: 'technician', type: 'agent', visibility: 'agents', required: true },
        { key: 'owner', type: 'department', visibility: 'requester_view' },
        { key: 'company', type: 'organization' },
      ],
      'Furniture form',
    );
  });

  afterAll(() => api.close());

  it('keeps lists, fields and forms with labels per language, and refuses what they cannot take', async () => {
    const lists = (await admin.get('custom-lists').expect(200)).body;
    expect(lists.find((list: { name: string }) => list.name === 'building values').items).toEqual([
      { value: 'north', labels: [{ language: 'en', text: 'north (en)' }, { language: 'de', text: 'north (de)' }] },
      { value: 'south', labels: [{ language: 'en', text: 'south (en)' }, { language: 'de', text: 'south (de)' }] },
    ]);
    const label = await admin.post('custom-fields', { key: 'floor', type: 'number', labels: [{ language: 'fr', text: 'Étage' }] });
    expectProblem(label, 400, 'request.invalid');
    const twice = await admin.post('custom-fields', { key: 'floor', type: 'number', labels: [{ language: 'en', text: 'Floor' }, { language: 'en', text: 'Level' }] });
    expectProblem(twice, 400, 'directory.invalid');
    expect(twice.body.field).toBe('labels.1.language');
    expectProblem(await admin.post('custom-fields', { key: 'Floor!', type: 'number', labels: [{ language: 'en', text: 'Floor' }] }), 400, 'directory.invalid');
    const noList = await admin.post('custom-fields', { key: 'colour', type: 'choice', labels: [{ language: 'en', text: 'Colour' }] });
    expectProblem(noList, 400, 'directory.invalid');
    expect(noList.body.field).toBe('listId');
    expectProblem(await admin.post('custom-fields', { key: 'room', type: 'short_text', labels: [{ language: 'en', text: 'Room' }] }), 409, 'directory.name-taken');
    const duplicate = await admin.post('custom-lists', { name: 'Sizes', items: [{ value: 'S', labels: [] }, { value: 'S', labels: [] }] });
    expectProblem(duplicate, 400, 'directory.invalid');
    expect(duplicate.body.field).toBe('items.1.value');
    // A field on a form, and a list a field takes its values from, stay while used.
    const room = (await admin.get('custom-fields').expect(200)).body.find((field: { key: string }) => field.key === 'room');
    expectProblem(await admin.delete(`custom-fields/${room.id}`), 409, 'directory.in-use');
    expectProblem(await admin.delete(`custom-lists/${lists[0].id}`), 409, 'directory.in-use');
  });

  it('gives a sub-topic its ancestors’ fields first, and the portal only those a requester sees', async () => {
    const fields = (await staff('get', `help-topics/${childTopicId}/fields`).expect(200)).body;
    expect(fields.map((field: { key: string }) => field.key)).toEqual([
      'building', 'room', 'details', 'seats', 'since', 'at', 'kinds', 'terms', 'contact', 'phone', 'on_behalf', 'technician', 'owner', 'company',
    ]);
    expect(fields[0]).toMatchObject({ type: 'choice', required: true, labels: [{ language: 'en', text: 'building (en)' }, { language: 'de', text: 'building (de)' }] });
    expect(fields[0].items.map((item: { value: string }) => item.value)).toEqual(['north', 'south']);
    const portal = (await api.http().get(at(desk.slug, `portal/help-topics/${childTopicId}/fields`)).expect(200)).body;
    expect(portal.map((field: { key: string }) => field.key)).not.toContain('technician');
    expect(portal.map((field: { key: string }) => field.key)).toContain('owner');
    expect((await staff('get', `help-topics/${parentTopicId}/fields`).expect(200)).body.map((field: { key: string }) => field.key)).toEqual(['building']);
  });

  it('refuses an agent’s ticket naming the field that is missing, unknown or of the wrong type, and writes nothing', async () => {
    const before = await ticketCount();
    const cases: [object, string, string][] = [
      [{ ...valid, building: undefined }, 'form.required', 'customData.building'],
      [{ ...valid, terms: false }, 'form.required', 'customData.terms'],
      [{ ...valid, building: 'east' }, 'form.invalid-value', 'customData.building'],
      [{ ...valid, seats: '4' }, 'form.invalid-value', 'customData.seats'],
      [{ ...valid, since: '2026-02-30' }, 'form.invalid-value', 'customData.since'],
      [{ ...valid, at: '2026-12-01 09:30' }, 'form.invalid-value', 'customData.at'],
      [{ ...valid, kinds: ['chair', 'sofa'] }, 'form.invalid-value', 'customData.kinds'],
      [{ ...valid, contact: 'not an address' }, 'form.invalid-value', 'customData.contact'],
      [{ ...valid, phone: 'call me' }, 'form.invalid-value', 'customData.phone'],
      [{ ...valid, technician: desk.manager.id, on_behalf: '00000000-0000-4000-8000-000000000000' }, 'form.invalid-value', 'customData.on_behalf'],
      [{ ...valid, technician: desk.manager.id, colour: 'red' }, 'form.unknown-field', 'customData.colour'],
      [valid, 'form.required', 'customData.technician'],
    ];
    for (const [customData, code, field] of cases) {
      const response = await agentTicket(customData);
      expectProblem(response, 400, code);
      expect(response.body.field).toBe(field);
    }
    // No form on the topic: no custom data at all.
    const [{ id: bare }] = await api.sql<{ id: string }>(
      "insert into help_topics (tenant_id, id, name, department_id) values ($1, gen_random_uuid(), 'Bare', $2) returning id",
      [desk.id, departmentId],
    );
    expectProblem(await agentTicket({ anything: 1 }, bare), 400, 'form.unknown-field');
    expect(await ticketCount()).toBe(before);
  });

  it('keeps an agent’s valid values in their stored shape, and checks edits against the form', async () => {
    const response = await agentTicket({ ...valid, kinds: ['lamp', 'chair', 'lamp'], technician: desk.manager.id, owner: departmentId, details: '  ' });
    expect(response.status).toBe(201);
    expect(response.body.customData).toEqual({
      ...valid,
      contact: 'marta@example.org',
      at: '2026-12-01T08:30:00.000Z',
      kinds: ['lamp', 'chair'],
      technician: desk.manager.id,
      owner: departmentId,
    });
    const path = `tickets/${encodeURIComponent(response.body.reference)}`;
    const cleared = await staff('patch', path, { customData: { room: null } });
    expectProblem(cleared, 400, 'form.required');
    expect(cleared.body.field).toBe('customData.room');
    expectProblem(await staff('patch', path, { customData: { seats: 'many' } }), 400, 'form.invalid-value');
    const edited = await staff('patch', path, { customData: { seats: 6, phone: null } }).expect(200);
    expect(edited.body.customData).toMatchObject({ seats: 6, room: '2.14' });
    expect(edited.body.customData).not.toHaveProperty('phone');
  });

  it('asks a requester only for the fields they fill in, and shows them those they may see', async () => {
    const requester = await registerRequester(api, desk, 'pau@example.org');
    const open = (customData: object) =>
      api.http().post(at(desk.slug, 'portal/tickets')).set(bearer(requester.token)).send({ helpTopicId: childTopicId, subject: 'Lamp', message: 'It flickers.', customData });
    const missing = await open({ building: 'south' });
    expectProblem(missing, 400, 'form.required');
    expect(missing.body.field).toBe('customData.room');
    const agentsOnly = await open({ building: 'south', room: '1.01', terms: true, technician: desk.manager.id });
    expectProblem(agentsOnly, 400, 'form.read-only');
    expect(agentsOnly.body.field).toBe('customData.technician');
    expectProblem(await open({ building: 'south', room: '1.01', terms: true, owner: departmentId }), 400, 'form.read-only');
    // A reference the requester could fill in is still the agents' to set: nothing to pick it from.
    const byId = await open({ building: 'south', room: '1.01', terms: true, company: departmentId });
    expectProblem(byId, 400, 'form.read-only');
    expect(byId.body.field).toBe('customData.company');
    // The required agents-only field is for the agents to fill in later.
    const opened = await open({ building: 'south', room: '1.01', terms: true }).expect(201);
    const reference = opened.body.ticket.reference;
    await staff('patch', `tickets/${encodeURIComponent(reference)}`, { customData: { technician: desk.manager.id, owner: departmentId } }).expect(200);
    const view = (await api.http().get(at(desk.slug, `portal/tickets/${encodeURIComponent(reference)}`)).set(bearer(requester.token)).expect(200)).body;
    expect(view.fields.map((entry: { field: { key: string }; value: unknown }) => [entry.field.key, entry.value])).toEqual([
      ['building', 'south'],
      ['room', '1.01'],
      ['terms', true],
      ['owner', departmentId],
    ]);
    expect(view.fields[3].text).toBe((await admin.get('departments').expect(200)).body[0].name);
    expect(JSON.stringify(view)).not.toContain(desk.manager.id);
  });

  it('opens mail tickets of a topic with required fields, without their values', async () => {
    const mailboxId = (await admin.post('mailboxes', { name: 'Facilities', address: 'facilities@forms.example.org', departmentId, helpTopicId: childTopicId }).expect(201)).body.id;
    const token = (await admin.post(`mailboxes/${mailboxId}/inbound-token`, {}).expect(201)).body.token;
    const mail = 'From: Nuria <nuria@example.org>\r\nTo: facilities@forms.example.org\r\nSubject: Desk wobbles\r\nMessage-ID: <forms-1@example.org>\r\n\r\nIt wobbles.\r\n';
    await api.http().post(at(desk.slug, 'mail/inbound')).set(bearer(token)).set('Content-Type', 'message/rfc822').send(Buffer.from(mail)).expect(200);
    const [ticket] = await api.sql<{ help_topic_id: string; custom_data: object }>("select help_topic_id, custom_data from tickets where tenant_id = $1 and subject = 'Desk wobbles'", [desk.id]);
    expect(ticket).toEqual({ help_topic_id: childTopicId, custom_data: {} });
  });

  it('filters queues by a custom field’s value, in the shape the field keeps', async () => {
    const found = async (query: string) =>
      ((await staff('get', `tickets?queue=all&${query}`).expect(200)).body.items as { subject: string }[]).map((item) => item.subject).sort();
    // The agent's ticket (north, lamp and chair, six seats) and the requester's (south).
    expect(await found('customField=building&customValue=south')).toEqual(['Lamp']);
    expect(await found('customField=building&customValue=north')).toEqual(['Broken chair']);
    // A multiple choice holding the value among others; a number and a check box from text.
    expect(await found('customField=kinds&customValue=chair')).toEqual(['Broken chair']);
    expect(await found('customField=seats&customValue=6')).toEqual(['Broken chair']);
    expect(await found('customField=terms&customValue=true')).toEqual(['Broken chair', 'Lamp']);
    expect(await found(`customField=technician&customValue=${desk.manager.id}`)).toEqual(['Broken chair', 'Lamp']);
    expect(await found('customField=contact&customValue=MARTA@example.org')).toEqual(['Broken chair']);
    expect(await found('customField=room&customValue=9.99')).toEqual([]);
    // A saved view replays the filter.
    const view = (await staff('post', 'views', { name: 'South', columns: ['reference'], sort: 'due', filters: { queue: 'all', customField: 'building', customValue: 'south' } }).expect(201)).body;
    expect(view.filters).toMatchObject({ customField: 'building', customValue: 'south' });
    const refusals: [string, string, string][] = [
      ['customField=colour&customValue=red', 'form.unknown-field', 'customField'],
      ['customValue=red', 'form.unknown-field', 'customField'],
      ['customField=building', 'form.invalid-value', 'customValue'],
      ['customField=seats&customValue=many', 'form.invalid-value', 'customValue'],
      ['customField=terms&customValue=yes', 'form.invalid-value', 'customValue'],
      ['customField=technician&customValue=someone', 'form.invalid-value', 'customValue'],
    ];
    for (const [query, code, field] of refusals) {
      const response = await staff('get', `tickets?${query}`);
      expectProblem(response, 400, code);
      expect(response.body.field).toBe(field);
    }
  });

  it('reads a custom field filter within the instance’s rows under row-level security', async () => {
    // Containment is not leakproof: the policy's tenant condition comes first, on its index, and
    // the filter is checked on those rows (decision 0019).
    const results = (await api.ownerQuery(
      `begin; set local role tessera_runtime; set local app.tenant_id = '${desk.id}'; set local enable_seqscan = off;
       explain select id from tickets t where t.custom_data @> '{"building": "south"}'::jsonb; commit`,
    )) as unknown as { rows: { 'QUERY PLAN': string }[] }[];
    const plan = results[4].rows.map((row) => row['QUERY PLAN']).join('\n');
    expect(plan).toMatch(/Index Cond: \(tenant_id = /);
    expect(plan).toMatch(/Filter: \(custom_data @> /);
  });
});
