import { TenantDatabase } from '@tessera/database';
import { DirectoryService } from '@tessera/directory';
import { OpenTicket, Ticket, TicketService } from '@tessera/tickets';
import { AdminClient, Instance, TestApi, adminClient, bearer, expectProblem, startTestApi } from './api-harness';

export { AdminClient, adminClient, expectProblem };

// A test API with one instance, and its manager's admin client.
export async function startAdminApi(slug = 'alpha'): Promise<{ api: TestApi; instance: Instance; admin: AdminClient }> {
  const api = await startTestApi();
  const instance = await api.provision(slug);
  return { api, instance, admin: adminClient(api, slug, instance.token) };
}

export interface Agent {
  id: string;
  email: string;
  password: string;
  token: string;
}

// An agent created through the admin API (in the first department with the first role unless
// told otherwise) and signed in.
export async function addAgent(api: TestApi, instance: Instance, email: string, fields: object = {}): Promise<Agent> {
  const admin = adminClient(api, instance.slug, instance.token);
  const password = `password of ${email}`;
  const [departments, roles] = await Promise.all([admin.get('departments').expect(200), admin.get('roles').expect(200)]);
  const body = { email, name: email, password, primaryDepartmentId: departments.body[0].id, roleId: roles.body[0].id, ...fields };
  const created = await admin.post('agents', body);
  if (created.status !== 201) throw new Error(`creating ${email} failed: ${created.status} ${created.text}`);
  return { id: created.body.id, email, password, token: await api.login(instance.slug, email, password) };
}

// Opens a ticket through the service the ticket routes use; in the first help topic unless
// told otherwise.
export function openTicket(api: TestApi, instance: Instance, input: Partial<OpenTicket> = {}): Promise<Ticket> {
  return api.app.get(TenantDatabase).run({ id: instance.id, slug: instance.slug }, async () => {
    const [topic] = await api.app.get(DirectoryService).helpTopics();
    const where = input.departmentId ? {} : { helpTopicId: topic.id };
    return api.app.get(TicketService).open(
      { requester: { email: 'someone@requesters.example' }, subject: 'Printer on fire', body: 'Help', source: 'email', ...where, ...input },
      { kind: 'system' },
    );
  });
}

// One object of each kind the admin routes take by id, created in `instance` (for the
// isolation suite).
export interface AdminObjects {
  teamId: string;
  roleId: string;
  agentId: string;
  requesterId: string;
  organizationId: string;
  statusId: string;
  priorityId: string;
  priorityIds: string[];
  apiKeyId: string;
  mailboxId: string;
  scheduleId: string;
  webhookId: string;
  recurringTicketId: string;
  filterId: string;
  triggerId: string;
  timeRuleId: string;
  customListId: string;
  customFieldId: string;
  customFormId: string;
  // The subject of the instance's own ticket.response template in English.
  templateSubject: string;
}

// A weekly recurring ticket's fields but its department.
export function recurringTicket(name: string, requesterEmail: string) {
  return { name, rrule: 'FREQ=WEEKLY;BYDAY=MO', startsAt: '2026-01-05T09:00', timezone: 'Europe/Madrid', subject: `${name}: due`, body: 'Check it.', requesterEmail };
}

export async function adminObjectsOf(api: TestApi, instance: Instance): Promise<AdminObjects> {
  const admin = adminClient(api, instance.slug, instance.token);
  const created = async (path: string, body: object) => (await admin.post(path, body).expect(201)).body.id as string;
  const organizationId = await created('organizations', { name: `Organization of ${instance.slug}`, domains: [`${instance.slug}.example.org`] });
  const priorities = (await api.http().get(`/api/v1/t/${instance.slug}/priorities`).set(bearer(instance.token)).expect(200)).body;
  const statuses = (await api.http().get(`/api/v1/t/${instance.slug}/statuses`).set(bearer(instance.token)).expect(200)).body;
  const templateSubject = `[{{ticket.reference}}] Answer from ${instance.slug}`;
  await admin.put('templates/ticket.response/en', { subject: templateSubject, body: '{{message}}' }).expect(200);
  return {
    teamId: await created('teams', { name: `Team of ${instance.slug}`, leadStaffId: instance.manager.id }),
    roleId: (await admin.get('roles').expect(200)).body[0].id,
    agentId: instance.manager.id,
    requesterId: await created('requesters', { name: 'Requester', emails: [`someone@${instance.slug}.example.org`], organizationIds: [organizationId] }),
    organizationId,
    statusId: statuses[0].id,
    priorityId: priorities[0].id,
    priorityIds: priorities.map((p: { id: string }) => p.id),
    apiKeyId: await created('api-keys', { name: `Key of ${instance.slug}`, scopes: ['tickets.read'] }),
    mailboxId: await created('mailboxes', {
      name: `Mailbox of ${instance.slug}`,
      address: `help@${instance.slug}.example.org`,
      departmentId: (await admin.get('departments').expect(200)).body[0].id,
      imapHost: 'imap.example.org',
      imapUser: 'help',
      imapPassword: `secret of ${instance.slug}`,
    }),
    scheduleId: await created('schedules', { name: `Hours of ${instance.slug}`, timeZone: 'Europe/Madrid', week: { monday: [{ from: '09:00', to: '17:00' }] } }),
    webhookId: await created('webhooks', { name: `Hook of ${instance.slug}`, url: `https://hooks.example.org/${instance.slug}`, kinds: ['ticket.created'] }),
    recurringTicketId: await created('recurring-tickets', {
      ...recurringTicket(`Check of ${instance.slug}`, `it@${instance.slug}.example.org`),
      departmentId: (await admin.get('departments').expect(200)).body[0].id,
    }),
    filterId: await created('filters', {
      name: `Secret filter of ${instance.slug}`,
      match: 'all',
      conditions: [{ field: 'subject', operator: 'contains', value: `never seen by ${instance.slug}` }],
      actions: [{ kind: 'set-department', value: (await admin.get('departments').expect(200)).body[0].id }],
    }),
    triggerId: await created('triggers', {
      name: `Secret trigger of ${instance.slug}`,
      events: ['requester-reply'],
      match: 'all',
      conditions: [{ field: 'subject', operator: 'contains', value: `never seen by ${instance.slug}` }],
      actions: [{ kind: 'set-department', value: (await admin.get('departments').expect(200)).body[0].id }],
    }),
    timeRuleId: await created('time-rules', {
      name: `Secret time rule of ${instance.slug}`,
      condition: 'state',
      state: 'pending',
      waitAmount: 7,
      waitUnit: 'days',
      departmentId: (await admin.get('departments').expect(200)).body[0].id,
      actions: [{ kind: 'notify-department-manager' }],
    }),
    ...(await customFormOf(instance.slug, created, (await admin.get('help-topics').expect(200)).body[0].id)),
    templateSubject,
  };
}

// A list, an optional choice field on it and a form showing it for the instance's first topic.
async function customFormOf(slug: string, created: (path: string, body: object) => Promise<string>, helpTopicId: string) {
  const customListId = await created('custom-lists', { name: `Secret list of ${slug}`, items: [{ value: `secret-value-of-${slug}`, labels: [{ language: 'en', text: `Secret value of ${slug}` }] }] });
  const customFieldId = await created('custom-fields', { key: 'secret_choice', type: 'choice', listId: customListId, labels: [{ language: 'en', text: `Secret field of ${slug}` }] });
  const customFormId = await created('custom-forms', { name: `Secret form of ${slug}`, kind: 'ticket', fields: [{ fieldId: customFieldId }], helpTopicIds: [helpTopicId] });
  return { customListId, customFieldId, customFormId };
}

export interface TestField {
  key: string;
  type: string;
  required?: boolean;
  // A choice field's values (its list is made with them).
  values?: string[];
  isMultiple?: boolean;
  visibility?: 'requester_edit' | 'requester_view' | 'agents';
}

// A ticket form with these fields (each labelled by its key, in English and German) shown for the
// help topic; answers the form's id.
export async function addTicketForm(api: TestApi, instance: Instance, helpTopicId: string, fields: TestField[], name = 'Form'): Promise<string> {
  const admin = adminClient(api, instance.slug, instance.token);
  const entries = [];
  for (const field of fields) {
    const listId = field.values
      ? (await admin.post('custom-lists', { name: `${field.key} values`, items: field.values.map((value) => ({ value, labels: [{ language: 'en', text: `${value} (en)` }, { language: 'de', text: `${value} (de)` }] })) }).expect(201)).body.id
      : undefined;
    const labels = [{ language: 'en', text: `${field.key} (en)` }, { language: 'de', text: `${field.key} (de)` }];
    const body = { key: field.key, type: field.type, labels, listId, isMultiple: field.isMultiple, visibility: field.visibility };
    const id = (await admin.post('custom-fields', body).expect(201)).body.id as string;
    entries.push({ fieldId: id, required: field.required ?? false });
  }
  return (await admin.post('custom-forms', { name, kind: 'ticket', fields: entries, helpTopicIds: [helpTopicId] }).expect(201)).body.id;
}
