// Queue names carry a hash tag so every key of one queue lands in one Redis Cluster slot.
export const QueueName = {
  Housekeeping: '{housekeeping}',
  // Side effects relayed from the outbox: one job per outbox message.
  Outbox: '{outbox}',
  // IMAP fetching: a periodic sweep, and one job per mailbox due.
  MailFetch: '{mail-fetch}',
  // The SLA sweep: a periodic look at the instances with a deadline due, and one job per instance.
  Sla: '{sla}',
  // Recurring tickets: a periodic look at the instances with an occurrence due, one job per instance.
  Recurring: '{recurring}',
  // Time rules: a periodic look at the instances with a rule due on a ticket, one job per instance.
  TimeRules: '{time-rules}',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export const ALL_QUEUES: readonly QueueName[] = Object.values(QueueName);
