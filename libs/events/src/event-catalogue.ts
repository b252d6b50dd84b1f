// Every kind of event the outbox carries, with its one payload type. Payloads hold ids and the
// few facts a consumer cannot read back later (a deleted ticket's reference, a one-time token);
// consumers load the rest in the event's tenant. Written with `Outbox.add`, which checks the
// payload against its kind at compile time.

type TicketEntry = { ticketId: string; entryId: string };
type StaffChange = { ticketId: string; staffId: string };

export interface EventPayloads {
  // autoResponse: false when a ticket filter switched the new-ticket auto-response off.
  'ticket.created': { ticketId: string; reference: string; source: string; autoResponse?: boolean };
  // A requester's message (mail or portal) on an existing ticket.
  'ticket.message': TicketEntry;
  // An agent's public response.
  'ticket.response': TicketEntry;
  'ticket.note': TicketEntry;
  // byStaffId null: the team's automatic assignment, run by a filter or trigger.
  // from*: the assignment before, for the triggers' changed from (absent on older events).
  'ticket.assigned': { ticketId: string; staffId: string | null; teamId: string | null; byStaffId: string | null; fromStaffId?: string | null; fromTeamId?: string | null };
  'ticket.unassigned': { ticketId: string; byStaffId: string };
  'ticket.claimed': StaffChange;
  'ticket.released': { ticketId: string; staffId: string | null; byStaffId: string };
  // byStaffId null: a trigger moved it.
  'ticket.transferred': { ticketId: string; fromDepartmentId: string; toDepartmentId: string; byStaffId: string | null; noteEntryId: string | null };
  'ticket.priority': { ticketId: string; priorityId: string; fromPriorityId?: string };
  // A move to a status of any state but resolved and closed, which have kinds of their own.
  'ticket.status': { ticketId: string; statusId: string; fromStatusId?: string };
  'ticket.resolved': { ticketId: string; reference: string; fromStatusId?: string };
  'ticket.closed': { ticketId: string; reference: string; fromStatusId?: string };
  // A change agents see that mails nobody.
  'ticket.updated': { ticketId: string; change: 'edited' | 'topic' | 'due' | 'collaborators' | 'merged' | 'links' | 'tags' };
  'ticket.locked': StaffChange;
  'ticket.unlocked': StaffChange;
  // A service target of the ticket passed its breach time (due date plus grace).
  'ticket.overdue': { ticketId: string; target: 'response' | 'resolution' };
  // A service target reached its warning threshold (e.g. 75 % of it elapsed).
  'ticket.sla-warning': { ticketId: string; target: 'response' | 'resolution' };
  // A step of the SLA plan's escalation line ran on the ticket; whom it notifies, as the step
  // said when it ran (the line may change before the mail is composed).
  'ticket.escalated': { ticketId: string; stepId: string; position: number; notifyStaffIds: string[]; notifyDepartmentManager: boolean };
  // A time rule acted and notifies the ticket's agent (or team) and/or its department's manager.
  'ticket.time-rule': { ticketId: string; ruleId: string; name: string; notifyAssignee: boolean; notifyDepartmentManager: boolean };
  'ticket.deleted': { ticketId: string; reference: string; mergedReferences: string[]; byStaffId: string };
  // A message refused because its sender has too many open tickets.
  'ticket.overlimit': { mailMessageId: string; requesterId: string; email: string; subject: string; departmentId: string; limit: number };
  'mailbox.failing': { mailboxId: string; error: string; failures: number };
  'task.created': { taskId: string; byStaffId: string };
  // A task's agent or team changed (to someone: taking it off everyone mails nobody).
  'task.assigned': { taskId: string; staffId: string | null; teamId: string | null; byStaffId: string };
  // The task passed its due date while open; written once per due date.
  'task.overdue': { taskId: string };
  'task.closed': { taskId: string; ticketId: string | null; byStaffId: string };
  // A trigger's mail from a template of the instance to one of the ticket's people, sent after
  // the trigger's changes committed.
  'trigger.notification': { ticketId: string; triggerId: string; templateKey: string; to: 'requester' | 'assignee' | 'department-manager' };
  // A trigger's POST of the event that fired it to an address.
  'trigger.webhook': { ticketId: string; triggerId: string; url: string; eventId: string; event: string };
  // A manager asked for an event to be posted to one webhook again.
  'webhook.redeliver': { webhookId: string; eventId: string };
  // A webhook failed to take this many events in a row and was switched off.
  'webhook.disabled': { webhookId: string; failures: number; error: string | null };
  'requester.registration': RequesterLink;
  'requester.password-reset': RequesterLink;
  'requester.invitation': RequesterLink;
  'requester.ticket-link': { requesterId: string; email: string; token: string; reference: string; subject: string };
  // An agent's "forgot password": the one-time link to choose a new one.
  'staff.password-reset': { staffId: string; email: string; token: string; expiresAt: string };
}

// A one-time link mailed to a requester.
export interface RequesterLink {
  requesterId: string;
  email: string;
  token: string;
  expiresAt: string;
}

export type EventKind = keyof EventPayloads;
// The one-time links a requester gets by mail.
export type RequesterLinkKind = 'requester.registration' | 'requester.password-reset' | 'requester.invitation';
export type EventPayload<K extends EventKind> = EventPayloads[K];

// The kinds at run time: `satisfies` fails the build when a kind is missing here or unknown.
const KINDS = {
  'ticket.created': true,
  'ticket.message': true,
  'ticket.response': true,
  'ticket.note': true,
  'ticket.assigned': true,
  'ticket.unassigned': true,
  'ticket.claimed': true,
  'ticket.released': true,
  'ticket.transferred': true,
  'ticket.priority': true,
  'ticket.status': true,
  'ticket.resolved': true,
  'ticket.closed': true,
  'ticket.updated': true,
  'ticket.locked': true,
  'ticket.unlocked': true,
  'ticket.overdue': true,
  'ticket.sla-warning': true,
  'ticket.escalated': true,
  'ticket.time-rule': true,
  'ticket.deleted': true,
  'ticket.overlimit': true,
  'mailbox.failing': true,
  'task.created': true,
  'task.assigned': true,
  'task.overdue': true,
  'task.closed': true,
  'trigger.notification': true,
  'trigger.webhook': true,
  'webhook.redeliver': true,
  'webhook.disabled': true,
  'requester.registration': true,
  'requester.password-reset': true,
  'requester.invitation': true,
  'requester.ticket-link': true,
  'staff.password-reset': true,
} as const satisfies Record<EventKind, true>;

export const EVENT_KINDS = Object.keys(KINDS) as readonly EventKind[];

export function isEventKind(value: string): value is EventKind {
  return Object.hasOwn(KINDS, value);
}

// An outbox message as a consumer reads it.
export interface EventMessage<K extends EventKind = EventKind> {
  id: string;
  kind: K;
  payload: EventPayloads[K];
  createdAt: Date;
}
