// Jobs of the recurring-tickets queue. Payloads carry ids and tenantId only.
export interface RecurringJobs {
  // Periodic: one indexed read of the control plane, then one `tenant` job per instance with an
  // occurrence due. Idle, it costs that one query whatever the number of instances.
  sweep: Record<string, never>;
  // One instance's due occurrences, inside its tenant context.
  tenant: { tenantId: string; slug: string };
}
export type RecurringJobName = keyof RecurringJobs;
export const RECURRING_SCHEDULER = 'recurring-sweep';
