import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { CONFIG, Config } from '@tessera/config';
import { QueueName } from '@tessera/queue';
import { Queue } from 'bullmq';
import { HOUSEKEEPING_SCHEDULER } from './housekeeping.jobs';

// Every replica upserts the same scheduler; BullMQ keeps one, so the sweep runs once per period.
@Injectable()
export class HousekeepingScheduler implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QueueName.Housekeeping) private readonly queue: Queue,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      HOUSEKEEPING_SCHEDULER,
      { every: this.config.worker.housekeepingIntervalSeconds * 1000 },
      { name: 'sweep', data: {}, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
  }
}
