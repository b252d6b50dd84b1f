import { ALERT_KEYS, AlertKey, NOTICE_KEYS, NoticeKey } from './template-catalogue';

// "Alerts and notices": who among the agents gets each alert, and which notices requesters get.
// Pure: the sender loads the people around a ticket and asks these functions.

// The groups of agents an alert can go to.
export const ALERT_AUDIENCES = [
  // The agent the ticket is assigned to.
  'assignee',
  // The members of the team the ticket is assigned to.
  'team_members',
  // The manager of the ticket's department.
  'department_manager',
  // Every agent of the ticket's department (primary or extra department).
  'department_members',
  // Every agent of the department, but only while the ticket has neither an agent nor a team:
  // "the assignee, or else the team, or else the department".
  'department_members_if_unassigned',
] as const;
export type AlertAudience = (typeof ALERT_AUDIENCES)[number];

// Alerts whose event names its recipients (an escalation step's agents): the groups are extra,
// and may be none while the alert is on.
export const EVENT_ADDRESSED_ALERTS: readonly AlertKey[] = ['alert.ticket.escalated', 'alert.ticket.time-rule'];

export interface AlertSetting {
  enabled: boolean;
  recipients: AlertAudience[];
}

export interface NoticeSetting {
  enabled: boolean;
}

export interface NotificationSettings {
  alerts: Record<AlertKey, AlertSetting>;
  notices: Record<NoticeKey, NoticeSetting>;
}

const owner: AlertAudience[] = ['assignee', 'team_members'];

// What an instance starts with, and what it returns to when a manager sets the same again.
export function defaultNotificationSettings(): NotificationSettings {
  const alerts: Record<AlertKey, AlertAudience[]> = {
    'alert.ticket.new': ['department_manager', 'department_members'],
    'alert.ticket.message': [...owner, 'department_members_if_unassigned'],
    'alert.ticket.note': [...owner, 'department_members_if_unassigned'],
    'alert.ticket.assigned': [...owner],
    'alert.ticket.transferred': [...owner, 'department_manager'],
    'alert.ticket.overdue': [...owner, 'department_manager'],
    // The escalation step names whom it notifies; groups set here are mailed besides.
    'alert.ticket.escalated': [],
    // The time rule names whom it notifies (the assignee, the department manager).
    'alert.ticket.time-rule': [],
    // The mailbox's department; with nobody there, the sender turns to the instance's managers.
    'alert.mailbox.failing': ['department_manager'],
    // A webhook belongs to no department: the sender turns to the instance's managers.
    'alert.webhook.disabled': ['department_manager'],
    // Tasks: the same groups, around the task's assignee and department.
    'alert.task.new': [...owner, 'department_members_if_unassigned'],
    'alert.task.assigned': [...owner],
    'alert.task.overdue': [...owner, 'department_manager'],
  };
  return {
    alerts: Object.fromEntries(ALERT_KEYS.map((key) => [key, { enabled: true, recipients: alerts[key] }])) as Record<AlertKey, AlertSetting>,
    notices: Object.fromEntries(NOTICE_KEYS.map((key) => [key, { enabled: true }])) as Record<NoticeKey, NoticeSetting>,
  };
}

// The agents around one ticket (or task), as the sender found them. Lists hold active agents only.
export interface AlertContext {
  assigneeStaffId: string | null;
  // The team the ticket is assigned to, with its members; null without one.
  team: { memberStaffIds: readonly string[] } | null;
  department: { managerStaffId: string | null; memberStaffIds: readonly string[] };
  // The agent whose action causes the alert: nobody is alerted about what they did themselves.
  actorStaffId: string | null;
}

// The staff ids that get the alert, each once, in the order of the configured groups.
export function recipientsFor(alert: AlertKey, settings: NotificationSettings, context: AlertContext): string[] {
  const setting = settings.alerts[alert];
  if (!setting?.enabled) return [];
  const unassigned = !context.assigneeStaffId && !context.team;
  const members: Record<AlertAudience, readonly (string | null)[]> = {
    assignee: [context.assigneeStaffId],
    team_members: context.team?.memberStaffIds ?? [],
    department_manager: [context.department.managerStaffId],
    department_members: context.department.memberStaffIds,
    department_members_if_unassigned: unassigned ? context.department.memberStaffIds : [],
  };
  const recipients = new Set<string>();
  for (const audience of setting.recipients) {
    for (const staffId of members[audience]) if (staffId && staffId !== context.actorStaffId) recipients.add(staffId);
  }
  return [...recipients];
}

// The auto-responder's switches on the ticket's department, help topic and mailbox (undefined
// or null: the ticket has none of that kind).
export interface AutoResponderSwitches {
  department?: boolean | null;
  helpTopic?: boolean | null;
  mailbox?: boolean | null;
}

const AUTO_RESPONSES: readonly NoticeKey[] = ['ticket.new.autoresponse', 'ticket.message.autoresponse'];

// Whether a notice goes out: it is switched on for the instance and, for the two
// auto-responses, none of the auto-responder switches is off. (Loop safety, the mail of
// automatic senders and the hourly cap are the sender's checks on top of this.)
export function noticeEnabled(notice: NoticeKey, settings: NotificationSettings, switches: AutoResponderSwitches = {}): boolean {
  if (!settings.notices[notice]?.enabled) return false;
  if (!AUTO_RESPONSES.includes(notice)) return true;
  return switches.department !== false && switches.helpTopic !== false && switches.mailbox !== false;
}
