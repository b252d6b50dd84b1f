import { WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Config } from '@tessera/config';
import { TenantDatabase } from '@tessera/database';
import { Metrics } from '@tessera/observability';
import { QueueName } from '@tessera/queue';
import { Job, Queue } from 'bullmq';

// A job whose worker died (killed, out of memory, the machine gone) holds its place until BullMQ
// notices the lost lock and runs it again: a short lock (renewed every half) and frequent checks
// make that seconds, not a minute. Every job is safe to run again (fetches and deliveries are
// idempotent), so a job survives many crashes before it counts as failed; the bound still stops
// a job that itself crashes the worker.
export const CRASH_RECOVERY_OPTIONS = { lockDuration: 15_000, stalledInterval: 5_000, maxStalledCount: 20 };

// Exactly one handler per job name of a queue; the type makes a missing one a compile error.
export type JobHandlers<Jobs> = { [name in keyof Jobs]: (data: Jobs[name], job: Job) => Promise<unknown> };

// What every queue's processor shares: the configured concurrency, dispatch by job name, and
// the jobs-processed metric. Subclasses declare their queue and handlers.
export abstract class JobProcessor<Jobs> extends WorkerHost implements OnApplicationBootstrap {
  protected abstract readonly queueName: QueueName;
  protected abstract readonly handlers: JobHandlers<Jobs>;

  constructor(
    private readonly jobMetrics: Metrics,
    private readonly jobConfig: Config,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.jobConfig.worker.concurrency;
  }

  async process(job: Job): Promise<unknown> {
    const handler = this.handlers[job.name as keyof Jobs] as ((data: unknown, job: Job) => Promise<unknown>) | undefined;
    if (!handler) throw new Error(`No handler for job "${job.name}" on ${this.queueName}`);
    try {
      const result = await handler(job.data, job);
      this.jobMetrics.jobsProcessed.inc({ queue: this.queueName, job: job.name, outcome: 'completed' });
      return result;
    } catch (error) {
      this.jobMetrics.jobsProcessed.inc({ queue: this.queueName, job: job.name, outcome: 'failed' });
      throw error;
    }
  }
}

// Queues one `tenant` job per instance; the job id (prefix and instance) deduplicates, so an
// instance whose previous job still waits is not queued twice.
export async function queueTenantJobs(queue: Queue, prefix: string, tenants: readonly { id: string; slug: string }[]): Promise<number> {
  await queue.addBulk(
    tenants.map((tenant) => ({
      name: 'tenant',
      data: { tenantId: tenant.id, slug: tenant.slug },
      opts: { jobId: `${prefix}-${tenant.id}`, removeOnComplete: true, removeOnFail: 100 },
    })),
  );
  return tenants.length;
}

// The jobs of a queue that sweeps the instances with something due. Payloads carry ids only.
export interface TenantSweepJobs {
  // Periodic: one indexed read of a control-plane table, then one `tenant` job per instance with
  // something due. Idle, it costs that one query whatever the number of instances and tickets.
  sweep: Record<string, never>;
  // One instance's due work, inside its tenant context.
  tenant: { tenantId: string; slug: string };
}
export type TenantSweepJobName = keyof TenantSweepJobs;

// A queue of such sweeps: the subclass says which instances are due, what one instance's sweep
// does, and when its result is worth a log line.
export abstract class TenantSweepProcessor<Result extends object> extends JobProcessor<TenantSweepJobs> {
  private readonly logger = new Logger(this.constructor.name);
  protected abstract readonly jobPrefix: string;
  protected readonly handlers: JobHandlers<TenantSweepJobs> = {
    sweep: async () => ({ tenants: await queueTenantJobs(this.queue, this.jobPrefix, await this.dueInstances(new Date())) }),
    tenant: async (data) => {
      const result = await this.db.run({ id: data.tenantId, slug: data.slug }, () => this.sweepInstance(new Date()));
      if (this.worthLogging(result)) this.logger.log({ tenant: data.slug, ...result }, `${this.jobPrefix} sweep done`);
      return result;
    },
  };

  constructor(
    private readonly queue: Queue,
    private readonly db: TenantDatabase,
    metrics: Metrics,
    config: Config,
  ) {
    super(metrics, config);
  }

  protected abstract dueInstances(now: Date): Promise<{ id: string; slug: string }[]>;
  protected abstract sweepInstance(now: Date): Promise<Result>;
  protected abstract worthLogging(result: Result): boolean;
}
