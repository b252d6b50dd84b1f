import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import { CONFIG, Config } from '@tessera/config';
import { TenantDatabase } from '@tessera/database';
import { METRICS, Metrics } from '@tessera/observability';
import { QueueName } from '@tessera/queue';
import { SlaClockRepository, SlaSweepResult, SlaSweepService } from '@tessera/tickets';
import { Queue } from 'bullmq';
import { TenantSweepProcessor } from '../job-processor';

// The SLA sweep: the instances whose earliest deadline has come (sla_deadlines), then each
// instance's due clocks.
@Processor(QueueName.Sla)
export class SlaProcessor extends TenantSweepProcessor<SlaSweepResult> {
  protected readonly queueName = QueueName.Sla;
  protected readonly jobPrefix = 'sla';

  constructor(
    @InjectQueue(QueueName.Sla) queue: Queue,
    db: TenantDatabase,
    private readonly clocks: SlaClockRepository,
    private readonly sla: SlaSweepService,
    @Inject(METRICS) metrics: Metrics,
    @Inject(CONFIG) config: Config,
  ) {
    super(queue, db, metrics, config);
  }

  protected dueInstances(now: Date) {
    return this.clocks.dueInstances(now);
  }

  protected sweepInstance(now: Date) {
    return this.sla.sweep(now);
  }

  protected worthLogging(result: SlaSweepResult): boolean {
    return result.warnings + result.breaches + result.steps > 0;
  }
}
