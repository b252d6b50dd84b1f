import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { CONFIG, Config } from '@tessera/config';
import { QueueName } from '@tessera/queue';
import { Queue } from 'bullmq';
import { MAIL_SWEEP_SCHEDULER } from './mail-fetch.jobs';

// One mail sweep per interval for the whole deployment, whatever the number of replicas.
@Injectable()
export class MailFetchScheduler implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QueueName.MailFetch) private readonly queue: Queue,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      MAIL_SWEEP_SCHEDULER,
      { every: this.config.worker.mailSweepIntervalMilliseconds },
      { name: 'sweep', data: {}, opts: { removeOnComplete: 10, removeOnFail: 100 } },
    );
  }
}
