import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { CONFIG, Config } from '@tessera/config';
import { QueueName } from '@tessera/queue';
import { Queue } from 'bullmq';
import { OUTBOX_SCHEDULER } from './outbox.jobs';

// One relay run per interval for the whole deployment, whatever the number of replicas.
@Injectable()
export class OutboxScheduler implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QueueName.Outbox) private readonly queue: Queue,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      OUTBOX_SCHEDULER,
      { every: this.config.worker.outboxIntervalMilliseconds },
      { name: 'relay', data: {}, opts: { removeOnComplete: 10, removeOnFail: 100 } },
    );
  }
}
