import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import { CONFIG, Config } from '@tessera/config';
import { MailboxFetcher } from '@tessera/mail-fetch';
import { METRICS, Metrics } from '@tessera/observability';
import { QueueName } from '@tessera/queue';
import { TenantService } from '@tessera/tenancy';
import { Queue } from 'bullmq';
import { CRASH_RECOVERY_OPTIONS, JobHandlers, JobProcessor } from '../job-processor';
import { MailFetchJobs, fetchJobId } from './mail-fetch.jobs';

// The sweep finds the due mailboxes of every active instance and queues one fetch job each.
@Processor(QueueName.MailFetch, CRASH_RECOVERY_OPTIONS)
export class MailFetchProcessor extends JobProcessor<MailFetchJobs> {
  protected readonly queueName = QueueName.MailFetch;
  protected readonly handlers: JobHandlers<MailFetchJobs> = {
    sweep: () => this.sweep(),
    fetch: (data) => this.fetcher.fetch({ id: data.tenantId, slug: data.slug }, data.mailboxId),
  };

  constructor(
    @InjectQueue(QueueName.MailFetch) private readonly queue: Queue,
    private readonly tenants: TenantService,
    private readonly fetcher: MailboxFetcher,
    @Inject(METRICS) metrics: Metrics,
    @Inject(CONFIG) config: Config,
  ) {
    super(metrics, config);
  }

  private async sweep(): Promise<{ queued: number }> {
    let queued = 0;
    for (const tenant of await this.tenants.activeTenants()) {
      const due = await this.fetcher.due({ id: tenant.id, slug: tenant.slug });
      if (due.length === 0) continue;
      // Removed when done so the job id is free for the next sweep; never retried by BullMQ, the
      // mailbox's own back-off decides when a failed fetch is tried again.
      await this.queue.addBulk(
        due.map((mailboxId) => ({
          name: 'fetch',
          data: { tenantId: tenant.id, slug: tenant.slug, mailboxId } satisfies MailFetchJobs['fetch'],
          opts: { jobId: fetchJobId(tenant.id, mailboxId), attempts: 1, removeOnComplete: true, removeOnFail: true },
        })),
      );
      queued += due.length;
    }
    return { queued };
  }
}
