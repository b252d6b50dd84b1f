import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import { CONFIG, Config } from '@tessera/config';
import { TenantDatabase } from '@tessera/database';
import { METRICS, Metrics } from '@tessera/observability';
import { QueueName } from '@tessera/queue';
import { RecurringSweepResult, RecurringTicketService } from '@tessera/tickets';
import { Queue } from 'bullmq';
import { TenantSweepProcessor } from '../job-processor';

// Recurring tickets: the instances with an occurrence due (recurring_due), then each instance's
// due occurrences.
@Processor(QueueName.Recurring)
export class RecurringProcessor extends TenantSweepProcessor<RecurringSweepResult> {
  protected readonly queueName = QueueName.Recurring;
  protected readonly jobPrefix = 'recurring';

  constructor(
    @InjectQueue(QueueName.Recurring) queue: Queue,
    db: TenantDatabase,
    private readonly recurring: RecurringTicketService,
    @Inject(METRICS) metrics: Metrics,
    @Inject(CONFIG) config: Config,
  ) {
    super(queue, db, metrics, config);
  }

  protected dueInstances(now: Date) {
    return this.recurring.dueInstances(now);
  }

  protected sweepInstance(now: Date) {
    return this.recurring.sweep(now);
  }

  protected worthLogging(result: RecurringSweepResult): boolean {
    return result.opened > 0;
  }
}
