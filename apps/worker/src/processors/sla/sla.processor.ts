import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import { CONFIG, Config } from '@tessera/config';
import { TenantDatabase } from '@tessera/database';
import { METRICS, Metrics } from '@tessera/observability';
import { QueueName } from '@tessera/queue';
import { SlaClockRepository, SlaSweepResult, SlaSweepService } from '@tessera/tickets';
import { Queue } from 'bullmq';
import { JobHandlers, JobProcessor, queueTenantJobs } from '../job-processor';
import { SlaJobs } from './sla.jobs';

@Processor(QueueName.Sla)
export class SlaProcessor extends JobProcessor<SlaJobs> {
  protected readonly queueName = QueueName.Sla;
  private readonly logger = new Logger(SlaProcessor.name);
  protected readonly handlers: JobHandlers<SlaJobs> = {
    sweep: () => this.sweep(),
    tenant: (data) => this.tenant(data),
  };

  constructor(
    @InjectQueue(QueueName.Sla) private readonly queue: Queue,
    private readonly db: TenantDatabase,
    private readonly clocks: SlaClockRepository,
    private readonly sla: SlaSweepService,
    @Inject(METRICS) metrics: Metrics,
    @Inject(CONFIG) config: Config,
  ) {
    super(metrics, config);
  }

  private async sweep(): Promise<{ tenants: number }> {
    return { tenants: await queueTenantJobs(this.queue, 'sla', await this.clocks.dueInstances(new Date())) };
  }

  private async tenant(data: SlaJobs['tenant']): Promise<SlaSweepResult> {
    const result = await this.db.run({ id: data.tenantId, slug: data.slug }, () => this.sla.sweep(new Date()));
    if (result.warnings + result.breaches + result.steps > 0) this.logger.log({ tenant: data.slug, ...result }, 'SLA sweep done');
    return result;
  }
}
