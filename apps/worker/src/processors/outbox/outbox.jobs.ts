// Jobs of the outbox queue. Payloads carry ids and tenantId only.
export interface OutboxJobs {
  // Periodic: moves pending outbox messages of the flagged instances into `deliver` jobs.
  relay: Record<string, never>;
  // One outbox message, delivered inside its instance's tenant context.
  deliver: { tenantId: string; slug: string; outboxId: string; topic: string };
}
export type OutboxJobName = keyof OutboxJobs;
export const OUTBOX_SCHEDULER = 'outbox-relay';
// How many messages of one instance one relay run moves; the flag stays while more wait.
export const RELAY_BATCH = 100;
