// Jobs of the mail-fetch queue. Payloads carry ids and tenantId only.
export interface MailFetchJobs {
  // Periodic: queues a `fetch` job for every due IMAP mailbox of every active instance.
  sweep: Record<string, never>;
  // One mailbox, fetched inside its instance's tenant context.
  fetch: { tenantId: string; slug: string; mailboxId: string };
}
export type MailFetchJobName = keyof MailFetchJobs;
export const MAIL_SWEEP_SCHEDULER = 'mail-sweep';

// While a mailbox's job exists, the sweep cannot queue it again: one fetch per mailbox at a time.
export function fetchJobId(tenantId: string, mailboxId: string): string {
  return `fetch-${tenantId}-${mailboxId}`;
}
