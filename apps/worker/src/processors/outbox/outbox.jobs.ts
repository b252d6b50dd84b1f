// Jobs of the outbox queue. Payloads carry ids and tenantId only.
export interface OutboxJobs {
  // Periodic: moves pending outbox messages of the flagged instances into `deliver` jobs.
  relay: Record<string, never>;
  // One outbox message for one of its kind's consumers, inside its instance's tenant context.
  // (Jobs queued before consumers existed name none: every consumer of the kind runs.)
  deliver: { tenantId: string; slug: string; outboxId: string; topic: string; consumer?: string };
}
export type OutboxJobName = keyof OutboxJobs;
export const OUTBOX_SCHEDULER = 'outbox-relay';
// How many messages of one instance one relay run moves; the instance stays signalled while more
// wait.
export const RELAY_BATCH = 100;
// How many signals one relay run claims (one per message written; the rest wait for the next run).
export const CLAIMED_SIGNALS = 10_000;

// One job per message and consumer: a relay that runs twice queues each once.
export function deliveryJobId(outboxId: string, consumer: string): string {
  return `outbox-${outboxId}-${consumer}`;
}
