import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import { CONFIG, Config } from '@tessera/config';
import { TenantDatabase } from '@tessera/database';
import { METRICS, Metrics } from '@tessera/observability';
import { QueueName } from '@tessera/queue';
import { RecurringSweepResult, RecurringTicketService } from '@tessera/tickets';
import { Queue } from 'bullmq';
import { JobHandlers, JobProcessor, queueTenantJobs } from '../job-processor';
import { RecurringJobs } from './recurring.jobs';

@Processor(QueueName.Recurring)
export class RecurringProcessor extends JobProcessor<RecurringJobs> {
  protected readonly queueName = QueueName.Recurring;
  private readonly logger = new Logger(RecurringProcessor.name);
  protected readonly handlers: JobHandlers<RecurringJobs> = {
    sweep: () => this.sweep(),
    tenant: (data) => this.tenant(data),
  };

  constructor(
    @InjectQueue(QueueName.Recurring) private readonly queue: Queue,
    private readonly db: TenantDatabase,
    private readonly recurring: RecurringTicketService,
    @Inject(METRICS) metrics: Metrics,
    @Inject(CONFIG) config: Config,
  ) {
    super(metrics, config);
  }

  private async sweep(): Promise<{ tenants: number }> {
    return { tenants: await queueTenantJobs(this.queue, 'recurring', await this.recurring.dueInstances(new Date())) };
  }

  private async tenant(data: RecurringJobs['tenant']): Promise<RecurringSweepResult> {
    const result = await this.db.run({ id: data.tenantId, slug: data.slug }, () => this.recurring.sweep(new Date()));
    if (result.opened > 0) this.logger.log({ tenant: data.slug, ...result }, 'recurring tickets opened');
    return result;
  }
}
