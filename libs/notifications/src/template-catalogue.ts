// Which mails the product sends from templates, and which variables each one may use. Pure.

// Notices go to a ticket's requester and collaborators; each can be switched off per instance.
export const NOTICE_KEYS = [
  'ticket.new.autoresponse',
  'ticket.message.autoresponse',
  'ticket.response',
  'ticket.resolved',
  'ticket.closed',
  'ticket.overlimit',
] as const;
export type NoticeKey = (typeof NOTICE_KEYS)[number];

// Alerts go to agents; who gets each one is configured per instance.
export const ALERT_KEYS = [
  'alert.ticket.new',
  'alert.ticket.message',
  'alert.ticket.note',
  'alert.ticket.assigned',
  'alert.ticket.transferred',
  'alert.ticket.overdue',
  'alert.ticket.escalated',
  'alert.ticket.time-rule',
  'alert.mailbox.failing',
  'alert.webhook.disabled',
  'alert.task.new',
  'alert.task.assigned',
  'alert.task.overdue',
] as const;
export type AlertKey = (typeof ALERT_KEYS)[number];

// Portal mails carry a link; they are the outbox topics the requester portal writes. The ticket
// link is the guest link of one ticket, mailed when someone asks for it by reference and address.
// The agents' password reset link is mailed the same way.
export const PORTAL_KEYS = ['requester.registration', 'requester.password-reset', 'requester.invitation', 'requester.ticket-link', 'staff.password-reset'] as const;
export type PortalKey = (typeof PORTAL_KEYS)[number];

export const TEMPLATE_KEYS = [...NOTICE_KEYS, ...ALERT_KEYS, ...PORTAL_KEYS] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

export type TemplateKind = 'notice' | 'alert' | 'portal';

export interface VariableDefinition {
  name: string;
  description: string;
  // What the preview shows for it.
  sample: string;
}

export interface TemplateDefinition {
  key: TemplateKey;
  kind: TemplateKind;
  description: string;
  // A mail about one ticket: its subject must carry `[{{ticket.reference}}]`, which is how a
  // reply finds its ticket again, and the sender puts the reply-above marker on top.
  threaded: boolean;
  variables: readonly VariableDefinition[];
}

// Values are plain text supplied by the sender, already formatted for the recipient (dates in
// their language and time zone).
const VARIABLES = {
  'instance.name': { description: "the instance's name", sample: 'Student office' },
  'instance.link': { description: "the instance's requester portal", sample: 'https://helpdesk.example.org/student-office/' },
  'recipient.name': { description: 'whom the mail is for', sample: 'Marta Soler' },
  'recipient.email': { description: 'the address the mail goes to', sample: 'marta.soler@example.org' },
  'ticket.reference': { description: "the ticket's reference", sample: 'suport#310' },
  'ticket.subject': { description: "the ticket's subject", sample: 'Printer on fire & paper jam <2nd floor>' },
  'ticket.status': { description: "the ticket's status, as requesters see it", sample: 'Open' },
  'ticket.priority': { description: "the ticket's priority", sample: 'Normal' },
  'ticket.topic': { description: "the ticket's help topic", sample: 'Printing' },
  'ticket.dueAt': { description: 'when the ticket is due', sample: '12/03/2025 14:00' },
  'ticket.link': {
    description: 'the ticket: for requesters a link that opens it without signing in, for agents the ticket in the agent panel',
    sample: 'https://helpdesk.example.org/student-office/tickets/suport%23310?token=Xy7q',
  },
  'department.name': { description: "the ticket's department", sample: 'Support' },
  'rule.name': { description: 'the time rule that acted', sample: 'Pending a week: remind' },
  'previousDepartment.name': { description: 'the department the ticket left', sample: 'Front desk' },
  'requester.name': { description: "the ticket's requester", sample: 'Marta Soler' },
  'requester.email': { description: "the requester's address", sample: 'marta.soler@example.org' },
  'author.name': { description: 'who wrote the message: the requester or a collaborator', sample: 'Marta Soler' },
  'author.email': { description: "the message's sender address", sample: 'marta.soler@example.org' },
  'agent.name': { description: 'the agent who acted (answered, wrote the note, assigned, transferred)', sample: 'Jordi Vidal' },
  'agent.signature': { description: "that agent's signature", sample: 'Jordi Vidal\nStudent office, ground floor' },
  'assignee.name': { description: 'the agent or team the ticket is assigned to', sample: 'Jordi Vidal' },
  message: {
    description: 'the text of the message, response or note the mail is about',
    sample: 'The printer on the second floor is smoking.\nCould someone have a look?',
  },
  limit: { description: 'how many open tickets one requester may have', sample: '5' },
  'mailbox.name': { description: 'the mailbox', sample: 'Student office' },
  'mailbox.address': { description: "the mailbox's address", sample: 'suport@etsetb.example.edu' },
  'mailbox.error': { description: 'what went wrong the last time', sample: 'The server refused the login of "suport" (wrong user or password?)' },
  'mailbox.failures': { description: 'how many fetches in a row failed', sample: '3' },
  'mailbox.link': { description: 'the mailbox in the administration', sample: 'https://helpdesk.example.org/student-office/scp/admin/mailboxes/01938f6e' },
  'webhook.name': { description: 'the webhook', sample: 'Chat notifications' },
  'webhook.url': { description: 'where it posts', sample: 'https://hooks.example.org/tessera' },
  'webhook.error': { description: 'what went wrong the last time', sample: 'answered 503' },
  'webhook.failures': { description: 'how many events in a row it failed to take', sample: '20' },
  'webhook.link': { description: 'the webhook in the administration', sample: 'https://helpdesk.example.org/student-office/scp/admin/webhooks/01938f6e' },
  'task.title': { description: "the task's title", sample: 'Replace the toner of printer B3' },
  'task.description': { description: "the task's description", sample: 'The spare toner is in the store room.' },
  'task.dueAt': { description: 'when the task is due', sample: '12/03/2025 14:00' },
  'task.link': { description: 'the task in the agent panel', sample: 'https://helpdesk.example.org/student-office/scp/tasks/01938f6e' },
  link: { description: 'the one-time link of the mail', sample: 'https://helpdesk.example.org/student-office/confirm?token=Qk3v' },
  'link.expiresAt': { description: 'when the link stops working', sample: '12/03/2025 14:00' },
} as const satisfies Record<string, Omit<VariableDefinition, 'name'>>;

export type VariableName = keyof typeof VARIABLES;

const everyMail: VariableName[] = ['instance.name', 'instance.link', 'recipient.name', 'recipient.email'];
const aTicket: VariableName[] = [
  ...everyMail,
  'ticket.reference',
  'ticket.subject',
  'ticket.status',
  'ticket.priority',
  'ticket.topic',
  'ticket.dueAt',
  'ticket.link',
  'department.name',
  'requester.name',
  'requester.email',
];
const anAgent: VariableName[] = ['agent.name', 'agent.signature'];
const aTask: VariableName[] = [...everyMail, 'task.title', 'task.description', 'task.dueAt', 'task.link', 'department.name', 'assignee.name'];

const definitions: Record<TemplateKey, { description: string; variables: VariableName[] }> = {
  'ticket.new.autoresponse': { description: 'Confirms a new ticket to its requester', variables: [...aTicket, 'message'] },
  'ticket.message.autoresponse': { description: "Confirms a requester's new message on a ticket", variables: [...aTicket, 'message'] },
  'ticket.response': { description: "An agent's response", variables: [...aTicket, ...anAgent, 'message'] },
  'ticket.resolved': { description: 'The ticket was resolved', variables: [...aTicket, ...anAgent] },
  'ticket.closed': { description: 'The ticket was closed', variables: [...aTicket] },
  'ticket.overlimit': {
    description: 'A message was refused because its sender has too many open tickets',
    variables: [...everyMail, 'ticket.subject', 'department.name', 'limit'],
  },
  'alert.ticket.new': { description: 'A new ticket', variables: [...aTicket, 'message'] },
  'alert.ticket.message': { description: 'A new message on a ticket', variables: [...aTicket, 'author.name', 'author.email', 'message'] },
  'alert.ticket.note': { description: 'An internal note on a ticket', variables: [...aTicket, ...anAgent, 'message'] },
  'alert.ticket.assigned': { description: 'A ticket was assigned', variables: [...aTicket, ...anAgent, 'assignee.name'] },
  'alert.ticket.transferred': {
    description: 'A ticket moved to another department; message is the transfer note',
    variables: [...aTicket, ...anAgent, 'previousDepartment.name', 'message'],
  },
  'alert.ticket.overdue': { description: 'A ticket is overdue', variables: [...aTicket, 'assignee.name'] },
  'alert.ticket.escalated': { description: 'An escalation step that notifies ran on a ticket; to the agents it names', variables: [...aTicket, 'assignee.name'] },
  'alert.ticket.time-rule': { description: "A time rule notified the ticket's agent or its department's manager", variables: [...aTicket, 'assignee.name', 'rule.name'] },
  'alert.mailbox.failing': {
    description: 'A mailbox could not be fetched several times in a row',
    variables: [...everyMail, 'mailbox.name', 'mailbox.address', 'mailbox.error', 'mailbox.failures', 'mailbox.link', 'department.name'],
  },
  'alert.webhook.disabled': {
    description: "A webhook failed to take several events in a row and was switched off; to the instance's managers",
    variables: [...everyMail, 'webhook.name', 'webhook.url', 'webhook.error', 'webhook.failures', 'webhook.link'],
  },
  'alert.task.new': { description: 'A new task; agent is who created it', variables: [...aTask, 'agent.name'] },
  'alert.task.assigned': { description: 'A task was assigned', variables: [...aTask, 'agent.name'] },
  'alert.task.overdue': { description: 'An open task passed its due date', variables: [...aTask] },
  'requester.registration': { description: 'Confirms the address of a new portal account', variables: [...everyMail, 'link', 'link.expiresAt'] },
  'requester.password-reset': { description: 'Lets a requester choose a new password', variables: [...everyMail, 'link', 'link.expiresAt'] },
  'requester.invitation': { description: 'Invites a requester to the portal', variables: [...everyMail, 'link', 'link.expiresAt'] },
  'staff.password-reset': { description: "Lets an agent choose a new password (the panel's \"forgot password\")", variables: [...everyMail, 'link', 'link.expiresAt'] },
  'requester.ticket-link': {
    description: 'The link that opens one ticket without signing in, sent when its requester or a collaborator asks for it',
    variables: [...everyMail, 'ticket.reference', 'ticket.subject', 'ticket.link'],
  },
};

// Mails about no ticket: a refused message, a failing mailbox, a webhook switched off, a task
// (whose ticket, if it has one, its agents may not see).
const UNTHREADED: readonly TemplateKey[] = [
  'ticket.overlimit',
  'alert.mailbox.failing',
  'alert.webhook.disabled',
  'alert.task.new',
  'alert.task.assigned',
  'alert.task.overdue',
];

function kindOf(key: TemplateKey): TemplateKind {
  if ((ALERT_KEYS as readonly string[]).includes(key)) return 'alert';
  if ((PORTAL_KEYS as readonly string[]).includes(key)) return 'portal';
  return 'notice';
}

export const TEMPLATE_DEFINITIONS: readonly TemplateDefinition[] = TEMPLATE_KEYS.map((key) => {
  const kind = kindOf(key);
  return {
    key,
    kind,
    description: definitions[key].description,
    threaded: kind !== 'portal' && !UNTHREADED.includes(key),
    variables: definitions[key].variables.map((name) => ({ name, ...VARIABLES[name] })),
  };
});

export function isTemplateKey(value: string): value is TemplateKey {
  return (TEMPLATE_KEYS as readonly string[]).includes(value);
}

export function templateDefinition(key: TemplateKey): TemplateDefinition {
  return TEMPLATE_DEFINITIONS.find((definition) => definition.key === key) as TemplateDefinition;
}

// The preview's values: each variable's sample.
export function sampleValues(key: TemplateKey): Record<string, string> {
  return Object.fromEntries(templateDefinition(key).variables.map((variable) => [variable.name, variable.sample]));
}
