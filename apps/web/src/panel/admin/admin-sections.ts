import type { FieldHint, SchemaName } from './admin-schema';

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
  valuesOf: (row: Row) => Record<string, unknown>;
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
  update: SchemaName;
  deletable?: boolean;
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
}

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
    key: 'sla-plans',
    path: 'sla-plans',
    create: 'CreateSlaPlanRequest',
    update: 'UpdateSlaPlanRequest',
    deletable: true,
    columns: ['name', 'firstResponseMinutes', 'resolutionMinutes', 'isDefault'],
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
    columns: ['name', 'position', 'match', 'isActive'],
    // An action's value names a row of the section its kind says (or addresses): typed as text.
    panel: 'filter-dry-run',
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
const REFERENCE_PATHS: Record<string, string> = { schedules: 'schedules' };

export function adminSection(key: string | undefined): AdminSection | undefined {
  return ADMIN_SECTIONS.find((section) => section.key === key);
}

// The admin API path a reference's choices are listed from.
export function referencePath(key: string): string {
  return adminSection(key)?.path ?? REFERENCE_PATHS[key] ?? key;
}
