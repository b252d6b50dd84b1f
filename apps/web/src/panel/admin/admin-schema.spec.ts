import { fieldIn, formFields, initialValues, referenceOf, requestBody, withValue } from './admin-schema';
import { ADMIN_SECTIONS, adminSection } from './admin-sections';

describe('the admin forms built from the request schemas', () => {
  it('give each field a widget by its type and the hints', () => {
    const fields = formFields('CreateDepartmentRequest', adminSection('departments')!.hints);
    expect(fields.map((field) => [field.name, field.kind])).toEqual([
      ['name', 'text'],
      ['parentId', 'reference'],
      ['isPublic', 'boolean'],
      ['managerStaffId', 'reference'],
      ['outgoingEmail', 'email'],
      ['autoResponse', 'boolean'],
      ['slaPlanId', 'reference'],
    ]);
    expect(fields[0]).toMatchObject({ required: true, nullable: false });
    expect(fields[1]).toMatchObject({ required: false, nullable: true, section: 'departments' });
    expect(fields[2].defaultValue).toBe(true);
  });

  it('tell the section an id names by its name, for ids only', () => {
    const uuid = { type: 'string', format: 'uuid' };
    expect(referenceOf('departmentId', uuid)).toBe('departments');
    expect(referenceOf('primaryDepartmentId', uuid)).toBe('departments');
    expect(referenceOf('leadStaffId', uuid)).toBe('agents');
    expect(referenceOf('staffIds', { type: 'array', items: uuid })).toBe('agents');
    expect(referenceOf('autoAssignTeamId', uuid)).toBe('teams');
    expect(referenceOf('defaultHelpTopicId', uuid)).toBe('help-topics');
    expect(referenceOf('slaPlanId', uuid)).toBe('sla-plans');
    expect(referenceOf('parentId', uuid)).toBeUndefined();
    // A text field that happens to end like an id is not one.
    expect(referenceOf('departmentId', { type: 'string' })).toBeUndefined();
    expect(formFields('CreateHelpTopicRequest', adminSection('help-topics')!.hints).find((field) => field.name === 'autoAssignStaffId')).toMatchObject({ kind: 'reference', section: 'agents' });
  });

  it('turn enums into choices, enum lists into check boxes and lists of objects into rows', () => {
    const agent = formFields('CreateAgentRequest', adminSection('agents')!.hints);
    expect(agent.find((field) => field.name === 'language')).toMatchObject({ kind: 'choice', values: ['en', 'ca', 'es', 'de', 'nl'] });
    const departments = agent.find((field) => field.name === 'departments')!;
    expect(departments.kind).toBe('rows');
    expect(departments.rows?.map((field) => [field.name, field.kind, field.section])).toEqual([
      ['departmentId', 'reference', 'departments'],
      ['roleId', 'reference', 'roles'],
    ]);
    expect(formFields('CreateRoleRequest').find((field) => field.name === 'permissions')).toMatchObject({ kind: 'choices' });
    expect(formFields('UpdateSettingsRequest').find((field) => field.name === 'attachmentTypes')).toMatchObject({ kind: 'list' });
    expect(formFields('CreateMailboxRequest').find((field) => field.name === 'fetchIntervalSeconds')).toMatchObject({ kind: 'number', min: 10, max: 86400 });
  });

  it('name schemas that exist for every section', () => {
    for (const section of ADMIN_SECTIONS) {
      if (section.update) expect(() => formFields(section.update!, section.hints)).not.toThrow();
      if (section.create) expect(() => formFields(section.create!, section.hints)).not.toThrow();
      for (const related of section.related ?? []) expect(() => formFields(related.schema, section.hints)).not.toThrow();
    }
    expect(() => formFields('NoSuchRequest')).toThrow('no admin schema NoSuchRequest');
  });

  it('create with the fields that have a value, leaving the API its defaults', () => {
    const fields = formFields('CreateDepartmentRequest', adminSection('departments')!.hints);
    const values = { ...initialValues(fields), name: 'Enrolment', outgoingEmail: '' };
    expect(requestBody(fields, values)).toEqual({ name: 'Enrolment', isPublic: true, autoResponse: true });
  });

  it('change only what changed, an emptied optional field as null', () => {
    const fields = formFields('UpdateDepartmentRequest', adminSection('departments')!.hints);
    const before = initialValues(fields, { id: 'd1', name: 'Enrolment', parentId: 'p1', isPublic: true, managerStaffId: null, outgoingEmail: 'a@b.example', autoResponse: true });
    expect(requestBody(fields, { ...before }, before)).toEqual({});
    expect(requestBody(fields, { ...before, parentId: null, outgoingEmail: '', isPublic: false }, before)).toEqual({ parentId: null, outgoingEmail: null, isPublic: false });
  });

  it('send numbers as numbers, rows without their empty fields, and an empty password not at all', () => {
    const agents = adminSection('agents')!;
    const fields = formFields('UpdateAgentRequest', agents.hints);
    const before = initialValues(fields, agents.editable!({ id: 'a1', name: 'Anna', email: 'anna@uni.example', primaryDepartmentId: 'd1', roleId: 'r1', departments: [{ departmentId: 'd1', roleId: 'r1' }, { departmentId: 'd2', roleId: 'r2', name: 'x' }] }));
    expect(before.departments).toEqual([{ departmentId: 'd2', roleId: 'r2' }]);
    expect(requestBody(fields, { ...before, password: '', departments: [{ departmentId: 'd3', roleId: null }] }, before)).toEqual({ departments: [{ departmentId: 'd3' }] });
    const sla = formFields('CreateSlaPlanRequest');
    expect(requestBody(sla, { ...initialValues(sla), name: 'Exams', firstResponseMinutes: '60', resolutionMinutes: 240 })).toMatchObject({ firstResponseMinutes: 60, resolutionMinutes: 240 });
  });

  it("choose a rule action's value from the list its kind names, and start it over when the kind changes", () => {
    const actions = formFields('CreateTicketFilterRequest', adminSection('filters')!.hints).find((field) => field.name === 'actions')!.rows!;
    const value = actions.find((field) => field.name === 'value')!;
    expect(fieldIn(value, { kind: 'set-department', value: '' })).toMatchObject({ kind: 'reference', section: 'departments' });
    expect(fieldIn(value, { kind: 'send-canned-response' })).toMatchObject({ kind: 'reference', section: 'canned-responses' });
    expect(fieldIn(value, { kind: 'add-tags' })).toMatchObject({ kind: 'text' });
    expect(fieldIn(value, { kind: 'stop' })).toBeNull();
    expect(fieldIn(value, { kind: null })).toMatchObject({ kind: 'text' });
    expect(withValue(actions, { kind: 'set-department', value: 'd1' }, 'kind', 'set-priority')).toEqual({ kind: 'set-priority', value: '' });
    expect(withValue(actions, { kind: 'set-department', value: 'd1' }, 'kind', 'set-department')).toEqual({ kind: 'set-department', value: 'd1' });
    expect(requestBody(formFields('CreateTicketFilterRequest', adminSection('filters')!.hints), { name: 'Stop', match: 'all', conditions: [], actions: [{ kind: 'stop', value: '' }] })).toMatchObject({ actions: [{ kind: 'stop' }] });
    const conditions = formFields('CreateTicketFilterRequest', adminSection('filters')!.hints).find((field) => field.name === 'conditions')!.rows!;
    expect(fieldIn(conditions.find((field) => field.name === 'value')!, { field: 'mailbox' })).toMatchObject({ kind: 'reference', section: 'mailboxes' });
  });

  it("edit an object's fields in place: a schedule's week, each day's opening hours as rows", () => {
    const fields = formFields('CreateScheduleRequest', adminSection('schedules')!.hints);
    const week = fields.find((field) => field.name === 'week')!;
    expect(week.kind).toBe('object');
    expect(week.rows?.map((field) => [field.name, field.kind])).toEqual(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((day) => [day, 'rows']));
    const values = initialValues(fields);
    expect(values.week).toMatchObject({ monday: [], sunday: [] });
    const body = requestBody(fields, { ...values, name: 'Office', timeZone: 'Europe/Madrid', week: { ...(values.week as object), monday: [{ from: '09:00', to: '17:00' }] }, holidays: ['--12-25'] });
    expect(body).toEqual({ name: 'Office', timeZone: 'Europe/Madrid', week: { monday: [{ from: '09:00', to: '17:00' }], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: [] }, holidays: ['--12-25'] });
    // A stored schedule fills its form; an unchanged week is not sent.
    const stored = { id: 's1', name: 'Office', timeZone: 'Europe/Madrid', week: body.week, holidays: [] };
    const before = initialValues(formFields('UpdateScheduleRequest'), stored);
    expect(requestBody(formFields('UpdateScheduleRequest'), { ...before, holidays: ['2026-12-08'] }, before)).toEqual({ holidays: ['2026-12-08'] });
  });
});
