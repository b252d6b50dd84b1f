import type { FieldHint, SchemaName } from './admin-schema';
import { TIME_RULE_ACTION_VALUE_SECTIONS, TRIGGER_ACTION_VALUE_SECTIONS, TRIGGER_CONDITION_VALUE_SECTIONS, ruleHints } from './rule-actions';

// The console's sections: the admin API route each one edits, the request schemas its forms are
// built from, and the few hints a schema cannot give (list columns, widgets, a tree's parent).
// Which section an id names follows from its name (admin-schema's referenceOf). Field labels
// come from the `admin` locale files by field name.

export type Row = Record<string, unknown> & { id: string };

// A second form beside the edit form, for a sub-resource replaced as a whole (a team's members).
export interface RelatedForm {
  key: string;
  schema: SchemaName;
  path: string;
  // Its values in the row; without: read from its own path (an SLA plan's escalation line).
  valuesOf?: (row: Row) => Record<string, unknown>;
}

export interface AdminSection {
  key: string;
  // Under /api/v1/t/{slug}/admin/.
  path: string;
  // A single object (the settings): edited in place, never listed, created or deleted.
  single?: boolean;
  // A single object saved whole with PUT, which may not exist yet (404: an empty form).
  replace?: boolean;
  // A check the API runs on the saved object (POST {path}/{check}), its answer shown beside the form.
  check?: string;
  create?: SchemaName;
  // None: a saved row is not changed, only shown (an API key) and deleted or revoked.
  update?: SchemaName;
  // Whether a row may be deleted (a revoked API key is not revoked twice).
  deletable?: boolean | ((row: Row) => boolean);
  // The field of the create answer shown this once and never again (a key's token).
  secret?: string;
  columns: readonly string[];
  // What a schema cannot say; ids name their section by their names (see referenceOf).
  hints?: Record<string, FieldHint>;
  // The field naming a row's parent: the list shows the rows as a tree.
  tree?: string;
  related?: readonly RelatedForm[];
  // The row as its edit form takes it, where the response differs from the request.
  editable?: (row: Row) => Record<string, unknown>;
  // A panel of the section's own below its list (the filters' dry run).
  panel?: 'filter-dry-run';
  // Panels of the section's own below a row's form (row-panels.tsx).
  rowPanels?: readonly RowPanel[];
  // A department's part, kept also by agents whose role there holds it (MeResponse.administers):
  // they see the section, with their departments' rows.
  delegated?: Delegated;
}

export type Delegated = 'topics' | 'filters';

// What the console shows this agent: everything to managers, a department's parts to those who
// administer them.
export interface ConsoleAccess {
  isManager: boolean;
  administers: Record<Delegated | 'members', string[]>;
}

export function mayUseConsole(access: ConsoleAccess): boolean {
  return sectionsFor(access).length > 0;
}

export function sectionsFor(access: ConsoleAccess): AdminSection[] {
  return ADMIN_SECTIONS.filter((section) => access.isManager || (section.delegated !== undefined && access.administers[section.delegated].length > 0));
}

export type RowPanel = 'renew-secret' | 'webhook-deliveries' | 'two-factor';

interface AgentDepartment {
  departmentId: string;
  roleId: string | null;
}

export const ADMIN_SECTIONS: readonly AdminSection[] = [
  {
    key: 'settings',
    path: 'settings',
    single: true,
    update: 'UpdateSettingsRequest',
    columns: [],
    hints: { primaryColor: { widget: 'color' } },
  },
  {
    key: 'departments',
    path: 'departments',
    create: 'CreateDepartmentRequest',
    update: 'UpdateDepartmentRequest',
    deletable: true,
    tree: 'parentId',
    columns: ['name', 'isPublic', 'managerStaffId', 'outgoingEmail'],
    hints: { parentId: { references: 'departments' }, outgoingEmail: { widget: 'email' } },
  },
  {
    key: 'help-topics',
    path: 'help-topics',
    create: 'CreateHelpTopicRequest',
    update: 'UpdateHelpTopicRequest',
    deletable: true,
    tree: 'parentId',
    columns: ['name', 'departmentId', 'isPublic', 'isActive'],
    hints: {
      parentId: { references: 'help-topics' },
    },
    delegated: 'topics',
  },
  {
    key: 'teams',
    path: 'teams',
    create: 'CreateTeamRequest',
    update: 'UpdateTeamRequest',
    deletable: true,
    columns: ['name', 'leadStaffId', 'memberIds', 'assignment', 'isActive'],
    related: [{ key: 'members', schema: 'TeamMembersRequest', path: 'members', valuesOf: (row) => ({ staffIds: row.memberIds }) }],
  },
  {
    key: 'agents',
    path: 'agents',
    create: 'CreateAgentRequest',
    update: 'UpdateAgentRequest',
    columns: ['name', 'email', 'isManager', 'primaryDepartmentId', 'isActive'],
    hints: {
      email: { widget: 'email' },
      password: { widget: 'password' },
      signature: { widget: 'textarea' },
    },
    rowPanels: ['two-factor'],
    // The response lists the primary department first; the request's list holds only the others.
    editable: (row) => ({
      ...row,
      departments: (row.departments as AgentDepartment[]).filter((department) => department.departmentId !== row.primaryDepartmentId).map(({ departmentId, roleId }) => ({ departmentId, roleId })),
    }),
  },
  {
    key: 'roles',
    path: 'roles',
    create: 'CreateRoleRequest',
    update: 'UpdateRoleRequest',
    deletable: true,
    columns: ['name', 'permissions'],
  },
  {
    key: 'statuses',
    path: 'statuses',
    create: 'CreateStatusRequest',
    update: 'UpdateStatusRequest',
    deletable: true,
    columns: ['name', 'state', 'requesterLabel', 'isDefault'],
  },
  {
    key: 'priorities',
    path: 'priorities',
    create: 'CreatePriorityRequest',
    update: 'UpdatePriorityRequest',
    deletable: true,
    columns: ['name', 'urgency', 'isDefault'],
  },
  {
    key: 'schedules',
    path: 'schedules',
    create: 'CreateScheduleRequest',
    update: 'UpdateScheduleRequest',
    deletable: true,
    columns: ['name', 'timeZone', 'holidays'],
  },
  {
    key: 'sla-plans',
    path: 'sla-plans',
    create: 'CreateSlaPlanRequest',
    update: 'UpdateSlaPlanRequest',
    deletable: true,
    columns: ['name', 'firstResponseMinutes', 'resolutionMinutes', 'isDefault'],
    related: [{ key: 'escalation', schema: 'EscalationLineRequest', path: 'escalation' }],
  },
  {
    key: 'mailboxes',
    path: 'mailboxes',
    create: 'CreateMailboxRequest',
    update: 'UpdateMailboxRequest',
    deletable: true,
    columns: ['name', 'address', 'departmentId', 'fetchState', 'lastFetchAt'],
    hints: {
      address: { widget: 'email' },
      imapPassword: { widget: 'password' },
    },
  },
  {
    key: 'ldap',
    path: 'ldap',
    single: true,
    replace: true,
    check: 'test',
    update: 'LdapDirectoryRequest',
    columns: [],
    hints: { bindPassword: { widget: 'password' } },
  },
  {
    key: 'organizations',
    path: 'organizations',
    create: 'CreateOrganizationRequest',
    update: 'UpdateOrganizationRequest',
    deletable: true,
    columns: ['name', 'domains', 'autoAddMembers', 'membersSeeAll'],
  },
  {
    key: 'recurring-tickets',
    path: 'recurring-tickets',
    create: 'CreateRecurringTicketRequest',
    update: 'UpdateRecurringTicketRequest',
    deletable: true,
    columns: ['name', 'rrule', 'nextRunAt', 'isActive'],
    hints: {
      body: { widget: 'textarea' },
      requesterEmail: { widget: 'email' },
    },
  },
  {
    key: 'filters',
    path: 'filters',
    create: 'CreateTicketFilterRequest',
    update: 'UpdateTicketFilterRequest',
    deletable: true,
    columns: ['name', 'departmentId', 'position', 'match', 'isActive'],
    // An action's value is chosen from the list its kind names (typed where it is addresses or
    // tags); so is a condition's on a mailbox, help topic or priority.
    hints: ruleHints('actions', 'conditions'),
    panel: 'filter-dry-run',
    delegated: 'filters',
  },
  {
    key: 'triggers',
    path: 'triggers',
    create: 'CreateTriggerRequest',
    update: 'UpdateTriggerRequest',
    deletable: true,
    columns: ['name', 'position', 'events', 'match', 'isActive'],
    hints: ruleHints('actions', 'conditions', { actions: TRIGGER_ACTION_VALUE_SECTIONS, conditions: TRIGGER_CONDITION_VALUE_SECTIONS }),
  },
  {
    key: 'time-rules',
    path: 'time-rules',
    create: 'CreateTimeRuleRequest',
    update: 'UpdateTimeRuleRequest',
    deletable: true,
    columns: ['name', 'condition', 'waitAmount', 'waitUnit', 'isActive'],
    hints: { statusId: { references: 'statuses' }, ...ruleHints('actions', undefined, { actions: TIME_RULE_ACTION_VALUE_SECTIONS, conditions: {} }) },
  },
  {
    key: 'webhooks',
    path: 'webhooks',
    create: 'CreateWebhookRequest',
    update: 'UpdateWebhookRequest',
    deletable: true,
    secret: 'secret',
    columns: ['name', 'url', 'kinds', 'isActive', 'consecutiveFailures', 'disabledAt'],
    rowPanels: ['renew-secret', 'webhook-deliveries'],
  },
  {
    key: 'api-keys',
    path: 'api-keys',
    create: 'CreateApiKeyRequest',
    deletable: (row) => !row.revokedAt,
    secret: 'token',
    columns: ['name', 'scopes', 'allowedNetworks', 'createdAt', 'lastUsedAt', 'revokedAt'],
  },
  {
    key: 'custom-lists',
    path: 'custom-lists',
    create: 'CreateCustomListRequest',
    update: 'UpdateCustomListRequest',
    deletable: true,
    columns: ['name'],
  },
  {
    key: 'custom-fields',
    path: 'custom-fields',
    create: 'CreateCustomFieldRequest',
    update: 'UpdateCustomFieldRequest',
    deletable: true,
    columns: ['key', 'type', 'visibility'],
    hints: { listId: { references: 'custom-lists' } },
  },
  {
    key: 'custom-forms',
    path: 'custom-forms',
    create: 'CreateCustomFormRequest',
    update: 'UpdateCustomFormRequest',
    deletable: true,
    columns: ['name', 'kind'],
    hints: { 'fields.fieldId': { references: 'custom-fields' } },
  },
];

// Lists a reference may name that have no section of their own yet.
const REFERENCE_PATHS: Record<string, string> = { 'canned-responses': '/canned-responses' };

export function adminSection(key: string | undefined): AdminSection | undefined {
  return ADMIN_SECTIONS.find((section) => section.key === key);
}

// The admin API path a reference's choices are listed from.
export function referencePath(key: string): string {
  return adminSection(key)?.path ?? REFERENCE_PATHS[key] ?? key;
}
