// Jobs of the SLA queue. Payloads carry ids and tenantId only.
export interface SlaJobs {
  // Periodic: one indexed read of the control plane, then one `tenant` job per instance with a
  // deadline due. Idle, it costs that one query whatever the number of instances and tickets.
  sweep: Record<string, never>;
  // One instance's due clocks, inside its tenant context.
  tenant: { tenantId: string; slug: string };
}
export type SlaJobName = keyof SlaJobs;
export const SLA_SCHEDULER = 'sla-sweep';
