// Jobs of the housekeeping queue. Payloads carry ids and tenantId only.
export interface HousekeepingJobs {
  // Periodic: fans out one `tenant` job per active instance, so replicas share the work.
  sweep: Record<string, never>;
  // One instance's chores, inside that instance's tenant context.
  tenant: { tenantId: string; slug: string };
}
export type HousekeepingJobName = keyof HousekeepingJobs;
export const HOUSEKEEPING_SCHEDULER = 'housekeeping-sweep';
