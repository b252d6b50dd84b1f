import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { CONFIG, Config } from '@tessera/config';
import { QueueName } from '@tessera/queue';
import { Queue } from 'bullmq';
import { HOUSEKEEPING_SCHEDULER } from './housekeeping/housekeeping.jobs';
import { MAIL_SWEEP_SCHEDULER, MailFetchJobName } from './mail-fetch/mail-fetch.jobs';
import { OUTBOX_SCHEDULER, OutboxJobName } from './outbox/outbox.jobs';
import { TenantSweepJobName } from './job-processor';
import { RECURRING_SCHEDULER } from './recurring/recurring.jobs';
import { SLA_SCHEDULER } from './sla/sla.jobs';
import { TIME_RULE_SCHEDULER } from './time-rules/time-rules.jobs';

interface Schedule {
  queue: QueueName;
  key: string;
  job: TenantSweepJobName | OutboxJobName | MailFetchJobName;
  everyMilliseconds: (config: Config) => number;
  // Finished runs kept for inspection.
  keep: number;
}

const SCHEDULES: Schedule[] = [
  { queue: QueueName.Housekeeping, key: HOUSEKEEPING_SCHEDULER, job: 'sweep', everyMilliseconds: (config) => config.worker.housekeepingIntervalSeconds * 1000, keep: 100 },
  { queue: QueueName.Outbox, key: OUTBOX_SCHEDULER, job: 'relay', everyMilliseconds: (config) => config.worker.outboxIntervalMilliseconds, keep: 10 },
  { queue: QueueName.MailFetch, key: MAIL_SWEEP_SCHEDULER, job: 'sweep', everyMilliseconds: (config) => config.worker.mailSweepIntervalMilliseconds, keep: 10 },
  { queue: QueueName.Sla, key: SLA_SCHEDULER, job: 'sweep', everyMilliseconds: (config) => config.worker.slaSweepIntervalMilliseconds, keep: 10 },
  { queue: QueueName.Recurring, key: RECURRING_SCHEDULER, job: 'sweep', everyMilliseconds: (config) => config.worker.recurringSweepIntervalMilliseconds, keep: 10 },
  { queue: QueueName.TimeRules, key: TIME_RULE_SCHEDULER, job: 'sweep', everyMilliseconds: (config) => config.worker.timeRuleSweepIntervalMilliseconds, keep: 10 },
];

// The periodic jobs. Every replica upserts the same schedulers and BullMQ keeps one of each, so
// each job runs once per period for the whole deployment, whatever the number of replicas.
@Injectable()
export class WorkerSchedules implements OnApplicationBootstrap {
  constructor(
    private readonly modules: ModuleRef,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const schedule of SCHEDULES) {
      const queue = this.modules.get<Queue>(getQueueToken(schedule.queue), { strict: false });
      await queue.upsertJobScheduler(
        schedule.key,
        { every: schedule.everyMilliseconds(this.config) },
        { name: schedule.job, data: {}, opts: { removeOnComplete: schedule.keep, removeOnFail: 100 } },
      );
    }
  }
}
