import { EventKind } from '@tessera/events';
import { REPLY_LANGUAGES, ReplyLanguage, replyAboveLine } from '@tessera/mail';
import { MAILBOX_FAILING_TOPIC, OVER_LIMIT_TOPIC, WEBHOOK_DISABLED_TOPIC } from '@tessera/mailboxes';
import { AlertKey, NoticeKey, TemplateKey } from '@tessera/notifications';
import { TASK_MAIL_TOPICS, TaskMailTopic } from './task-mail-rules';

// Which ticket events mail whom, and how each mail is marked. Pure: the service loads the
// ticket and its people and asks these functions.

// Who gets a notice: the ticket's requester, the author of the message the event is about, or
// everyone on the ticket (the requester and the collaborators).
export type NoticeAudience = 'requester' | 'author' | 'participants';

export interface TopicMails {
  notice?: { key: NoticeKey; to: NoticeAudience };
  alert?: AlertKey;
}

// The outbox topics that mail, with their payloads' ticketId.
export const TICKET_MAIL_TOPICS = {
  'ticket.created': { notice: { key: 'ticket.new.autoresponse', to: 'requester' }, alert: 'alert.ticket.new' },
  'ticket.message': { notice: { key: 'ticket.message.autoresponse', to: 'author' }, alert: 'alert.ticket.message' },
  'ticket.response': { notice: { key: 'ticket.response', to: 'participants' } },
  'ticket.note': { alert: 'alert.ticket.note' },
  'ticket.assigned': { alert: 'alert.ticket.assigned' },
  'ticket.transferred': { alert: 'alert.ticket.transferred' },
  'ticket.resolved': { notice: { key: 'ticket.resolved', to: 'participants' } },
  'ticket.closed': { notice: { key: 'ticket.closed', to: 'participants' } },
  // Written by the SLA sweep when a ticket passes its due date: { ticketId }.
  'ticket.overdue': { alert: 'alert.ticket.overdue' },
  // Written by the SLA sweep when an escalation step ran; mails whom the step notifies.
  'ticket.escalated': { alert: 'alert.ticket.escalated' },
  // Written by the time-rule sweep when a rule notifies the assignee or the department manager.
  'ticket.time-rule': { alert: 'alert.ticket.time-rule' },
} as const satisfies Partial<Record<EventKind, TopicMails>>;
export type TicketMailTopic = keyof typeof TICKET_MAIL_TOPICS;

export function isTicketMail(topic: string): topic is TicketMailTopic {
  return Object.hasOwn(TICKET_MAIL_TOPICS, topic);
}

// A trigger's mail from a template.
export const TRIGGER_NOTIFICATION_TOPIC = 'trigger.notification' as const;

// The event kinds the ticket mail sender delivers: ticket events, task alerts, and the mails
// about no ticket (a refused message, a failing mailbox, a webhook switched off).
export const TICKET_MAIL_KINDS = [
  ...(Object.keys(TICKET_MAIL_TOPICS) as TicketMailTopic[]),
  ...(Object.keys(TASK_MAIL_TOPICS) as TaskMailTopic[]),
  OVER_LIMIT_TOPIC,
  MAILBOX_FAILING_TOPIC,
  WEBHOOK_DISABLED_TOPIC,
  TRIGGER_NOTIFICATION_TOPIC,
] as const satisfies readonly EventKind[];

export function sendsTicketMail(topic: string): boolean {
  return (TICKET_MAIL_KINDS as readonly string[]).includes(topic);
}

// Automatic answers to what someone sent: capped per address and hour, never sent to automatic
// senders. (The over-limit notice answers a refused message, so it counts against the cap too.)
export const AUTO_RESPONSES: readonly TemplateKey[] = ['ticket.new.autoresponse', 'ticket.message.autoresponse', 'ticket.overlimit'];

export function isAutoResponse(key: TemplateKey): boolean {
  return AUTO_RESPONSES.includes(key);
}

// The new-ticket auto-response confirms a ticket its requester opened themself (by mail or in
// the portal); tickets an agent or an API client opened, and internal tickets, get none.
export function confirmsNewTicket(source: string): boolean {
  return source === 'email' || source === 'web';
}

// RFC 3834 marks. An agent's response is written by a person: a normal mail, which
// out-of-office responders may answer like any other.
export function automaticHeaders(key: TemplateKey): Record<string, string> {
  if (key === 'ticket.response') return {};
  return { 'Auto-Submitted': isAutoResponse(key) ? 'auto-replied' : 'auto-generated', 'X-Auto-Response-Suppress': 'All' };
}

// In-Reply-To: the mail behind the event (the requester's message), else the ticket's latest
// inbound mail; References: the ticket's first mail, then that one. Ids without brackets.
export function threadHeaders(ids: { entryMail: string | null; latestInbound: string | null; firstMail: string | null }): {
  inReplyTo: string | null;
  references: string[];
} {
  const inReplyTo = ids.entryMail ?? ids.latestInbound;
  const references = [...new Set([ids.firstMail, inReplyTo].filter((id): id is string => !!id))];
  return { inReplyTo, references };
}

export function replyAbove(language: string): string {
  return replyAboveLine((REPLY_LANGUAGES as readonly string[]).includes(language) ? (language as ReplyLanguage) : 'en');
}

// The bare address of a configured sender (`Helpdesk <help@example.org>` or `help@example.org`).
export function addressOf(sender: string): string {
  return (/<([^<>\s]+)>\s*$/.exec(sender)?.[1] ?? sender).trim();
}

// `"Name" <address>` with the name quoted, so commas and brackets in an instance's name stay
// part of the name.
export function mailbox(name: string, address: string): string {
  const quoted = name.replace(/[\r\n]+/g, ' ').replace(/["\\]/g, '\\$&');
  return `"${quoted}" <${address}>`;
}

// Where a requester's mail leads: the portal page of the ticket, carrying what its guest link
// needs (`POST portal/guest` takes reference, email and token). Someone not on the ticket has no
// guest link: theirs is the bare page, for signing in.
export function requesterTicketLink(portal: string, reference: string, email: string, token: string | null): string {
  const path = `${portal}/tickets/${encodeURIComponent(reference)}`;
  return token ? `${path}?${new URLSearchParams({ email, token })}` : path;
}

export function agentTicketLink(portal: string, reference: string): string {
  return `${portal}/scp/tickets/${encodeURIComponent(reference)}`;
}

// Dates in mails: the recipient's language, the instance's time zone.
export function mailDate(date: Date | null, language: string, timeZone: string): string {
  if (!date) return '';
  return new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short', timeZone }).format(date);
}

// What an agent may read of a ticket, as agent-access.canSee decides it (and restricted notes:
// department members only). Alerts go only to agents who can open what they are about.
export interface AlertScope {
  departmentMemberIds: ReadonlySet<string>;
  managerIds: ReadonlySet<string>;
  assigneeStaffId: string | null;
  teamMemberIds: ReadonlySet<string>;
  isConfidential: boolean;
  restricted: boolean;
}

export function mayRead(staffId: string, scope: AlertScope): boolean {
  if (scope.departmentMemberIds.has(staffId)) return true;
  if (scope.isConfidential || scope.restricted) return false;
  return scope.managerIds.has(staffId) || scope.assigneeStaffId === staffId || scope.teamMemberIds.has(staffId);
}
