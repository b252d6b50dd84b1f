// Outbox topics about mail that concern no ticket event, shared by who writes and who sends them.

// The intake refused a message over the open-ticket limit:
// { mailMessageId, requesterId, email, subject, departmentId, limit }.
export const OVER_LIMIT_TOPIC = 'ticket.overlimit';

// A mailbox failed to be fetched several times in a row: { mailboxId, error, failures }.
export const MAILBOX_FAILING_TOPIC = 'mailbox.failing';

// A webhook was switched off after failing several events in a row: { webhookId, failures, error }.
export const WEBHOOK_DISABLED_TOPIC = 'webhook.disabled';
