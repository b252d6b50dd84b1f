// The first-run checklist: the steps of setting up a new instance in the order a manager takes
// them, each done or not as the instance's data says. A new instance starts with working defaults
// (one department, one help topic, the shipped roles, plan, alerts and texts), all created in one
// transaction: a step is done once its objects were added or changed after that.

export const CHECKLIST_STEPS = ['company', 'tickets', 'departments', 'roles', 'teams', 'agents', 'email', 'mailboxes', 'help-topics', 'pages', 'alerts', 'autoresponder', 'sla-plans', 'templates'] as const;

export type ChecklistStep = (typeof CHECKLIST_STEPS)[number];

interface Stamped {
  createdAt?: string;
  updatedAt?: string | null;
}

export interface InstanceData {
  settings?: { updatedAt: string; companyName?: string | null; primaryColor?: string | null };
  // Whether the instance has a logo (known from the instance itself, never undefined).
  hasLogo?: boolean;
  pages?: unknown[];
  departments?: (Stamped & { outgoingEmail?: string | null })[];
  roles?: Stamped[];
  teams?: Stamped[];
  agents?: (Stamped & { isManager: boolean })[];
  mailboxes?: Stamped[];
  helpTopics?: Stamped[];
  slaPlans?: Stamped[];
  alerts?: { alerts: { isDefault: boolean }[]; notices: { key: string; isDefault: boolean }[] };
  templates?: { key: string; languages: { overridden: boolean }[] }[];
}

// done: true or false; undefined while the data is not loaded.
export type ChecklistState = Record<ChecklistStep, boolean | undefined>;

const AUTORESPONSES = new Set(['ticket.new.autoresponse', 'ticket.message.autoresponse']);

// The instance's creation: the oldest starting object. Changes in the same second count as
// the set-up itself.
function createdAt(data: InstanceData): number | undefined {
  const times = [...(data.departments ?? []), ...(data.roles ?? []), ...(data.slaPlans ?? [])].map((row) => Date.parse(row.createdAt ?? '')).filter((time) => !Number.isNaN(time));
  return times.length ? Math.min(...times) : undefined;
}

export function checklistState(data: InstanceData): ChecklistState {
  const since = createdAt(data);
  const later = (stamp: string | null | undefined) => since !== undefined && !!stamp && Date.parse(stamp) >= since + 1000;
  const touched = (rows: Stamped[] | undefined) => (rows === undefined || since === undefined ? undefined : rows.some((row) => later(row.createdAt) || later(row.updatedAt)));
  const any = <T>(rows: T[] | undefined, test: (row: T) => boolean = () => true) => (rows === undefined ? undefined : rows.some(test));
  return {
    company: data.settings ? !!data.settings.companyName || !!data.settings.primaryColor || !!data.hasLogo : undefined,
    tickets: data.settings && since !== undefined ? later(data.settings.updatedAt) : undefined,
    departments: touched(data.departments),
    roles: touched(data.roles),
    teams: any(data.teams),
    agents: any(data.agents, (agent) => !agent.isManager),
    email: any(data.departments, (department) => !!department.outgoingEmail),
    mailboxes: any(data.mailboxes),
    'help-topics': touched(data.helpTopics),
    pages: any(data.pages),
    alerts: data.alerts ? data.alerts.alerts.some((alert) => !alert.isDefault) || data.alerts.notices.some((notice) => !AUTORESPONSES.has(notice.key) && !notice.isDefault) : undefined,
    autoresponder: data.alerts
      ? data.alerts.notices.some((notice) => AUTORESPONSES.has(notice.key) && !notice.isDefault) ||
        (data.templates ?? []).some((template) => AUTORESPONSES.has(template.key) && template.languages.some((language) => language.overridden))
      : undefined,
    'sla-plans': touched(data.slaPlans),
    templates: any(data.templates, (template) => template.languages.some((language) => language.overridden)),
  };
}

// Where each step is done in the console; the steps without a section yet are done through the
// admin API (docs/managers.md).
export const CHECKLIST_SECTIONS: Partial<Record<ChecklistStep, string>> = {
  company: 'settings',
  tickets: 'settings',
  departments: 'departments',
  roles: 'roles',
  teams: 'teams',
  agents: 'agents',
  email: 'departments',
  mailboxes: 'mailboxes',
  'help-topics': 'help-topics',
  pages: 'pages',
  'sla-plans': 'sla-plans',
  alerts: 'alerts',
  autoresponder: 'alerts',
  templates: 'templates',
};
