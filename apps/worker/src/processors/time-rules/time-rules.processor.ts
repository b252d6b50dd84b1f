import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import { CONFIG, Config } from '@tessera/config';
import { TenantDatabase } from '@tessera/database';
import { METRICS, Metrics } from '@tessera/observability';
import { QueueName } from '@tessera/queue';
import { TimeRuleSweepResult, TimeRuleSweepService } from '@tessera/tickets';
import { Queue } from 'bullmq';
import { TenantSweepProcessor } from '../job-processor';

// Time rules: the instances with a rule due on a ticket (time_rule_deadlines), then each
// instance's due rows.
@Processor(QueueName.TimeRules)
export class TimeRulesProcessor extends TenantSweepProcessor<TimeRuleSweepResult> {
  protected readonly queueName = QueueName.TimeRules;
  protected readonly jobPrefix = 'time-rules';

  constructor(
    @InjectQueue(QueueName.TimeRules) queue: Queue,
    db: TenantDatabase,
    private readonly timeRules: TimeRuleSweepService,
    @Inject(METRICS) metrics: Metrics,
    @Inject(CONFIG) config: Config,
  ) {
    super(queue, db, metrics, config);
  }

  protected dueInstances(now: Date) {
    return this.timeRules.dueInstances(now);
  }

  protected sweepInstance(now: Date) {
    return this.timeRules.sweep(now);
  }

  protected worthLogging(result: TimeRuleSweepResult): boolean {
    return result.acted > 0 || result.more;
  }
}
