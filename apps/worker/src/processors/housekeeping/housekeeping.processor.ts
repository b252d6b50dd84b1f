import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CONFIG, Config } from '@tessera/config';
import { StaffService } from '@tessera/auth';
import { Outbox, TenantDatabase } from '@tessera/database';
import { METRICS, Metrics } from '@tessera/observability';
import { QueueName } from '@tessera/queue';
import { RequesterAuthService } from '@tessera/requesters';
import { TenantService } from '@tessera/tenancy';
import { TicketService } from '@tessera/tickets';
import { Job, Queue } from 'bullmq';
import { HousekeepingJobName, HousekeepingJobs } from './housekeeping.jobs';

interface TenantChores {
  expiredSessions: number;
  expiredRequesterCredentials: number;
  autoClosedTickets: number;
  staleOutboxFlagged: number;
}

type Handlers = { [name in HousekeepingJobName]: (data: HousekeepingJobs[name], job: Job) => Promise<unknown> };

@Processor(QueueName.Housekeeping)
export class HousekeepingProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(HousekeepingProcessor.name);
  // Exactly one handler per job name; the type makes a missing one a compile error.
  private readonly handlers: Handlers = {
    sweep: () => this.sweep(),
    tenant: (data) => this.tenantChores(data),
  };

  constructor(
    @InjectQueue(QueueName.Housekeeping) private readonly queue: Queue,
    private readonly tenants: TenantService,
    private readonly db: TenantDatabase,
    private readonly staff: StaffService,
    private readonly requesterAuth: RequesterAuthService,
    private readonly tickets: TicketService,
    private readonly outbox: Outbox,
    @Inject(METRICS) private readonly metrics: Metrics,
    @Inject(CONFIG) private readonly config: Config,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.worker.concurrency;
  }

  async process(job: Job): Promise<unknown> {
    const handler = this.handlers[job.name as HousekeepingJobName] as ((data: unknown, job: Job) => Promise<unknown>) | undefined;
    if (!handler) throw new Error(`No handler for job "${job.name}" on ${QueueName.Housekeeping}`);
    try {
      const result = await handler(job.data, job);
      this.metrics.jobsProcessed.inc({ queue: QueueName.Housekeeping, job: job.name, outcome: 'completed' });
      return result;
    } catch (error) {
      this.metrics.jobsProcessed.inc({ queue: QueueName.Housekeeping, job: job.name, outcome: 'failed' });
      throw error;
    }
  }

  private async sweep(): Promise<{ tenants: number }> {
    const active = await this.tenants.activeTenants();
    // The job id deduplicates: a tenant whose previous chores still wait is not queued twice.
    await this.queue.addBulk(
      active.map((tenant) => ({
        name: 'tenant',
        data: { tenantId: tenant.id, slug: tenant.slug } satisfies HousekeepingJobs['tenant'],
        opts: { jobId: `tenant-${tenant.id}`, removeOnComplete: true, removeOnFail: 100 },
      })),
    );
    return { tenants: active.length };
  }

  private async tenantChores(data: HousekeepingJobs['tenant']): Promise<TenantChores> {
    const result = await this.db.run({ id: data.tenantId, slug: data.slug }, async () => ({
      expiredSessions: await this.staff.purgeExpiredSessions(),
      expiredRequesterCredentials: await this.requesterAuth.purgeExpired(),
      autoClosedTickets: await this.tickets.autoCloseResolved(),
      staleOutboxFlagged: Number(await this.outbox.flagStale()),
    }));
    if (Object.values(result).some((n) => n > 0)) this.logger.log({ tenant: data.slug, ...result }, 'housekeeping done');
    return result;
  }
}
