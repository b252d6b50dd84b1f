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

// A fetch job whose worker died holds its mailbox until BullMQ notices the lost lock and runs
// the job again: a short lock (renewed every half) and frequent checks make that seconds, not
// a minute. Running a fetch twice is harmless anyway.
export const FETCH_WORKER_OPTIONS = { lockDuration: 15_000, stalledInterval: 5_000 };
