import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { CONFIG, Config } from '@tessera/config';
import { ALL_QUEUES } from './queue-names';
import { redisOptionsFromUrl } from './redis-options';

@Module({})
export class QueueModule {
  static forRoot(): DynamicModule {
    // Cut the connection on shutdown even when Redis is unreachable, so nothing keeps reconnecting.
    const queues = BullModule.registerQueue(...ALL_QUEUES.map((name) => ({ name, forceDisconnectOnShutdown: true })));
    return {
      module: QueueModule,
      global: true,
      imports: [
        BullModule.forRootAsync({
          inject: [CONFIG],
          useFactory: (config: Config) => ({
            // BullMQ needs blocking connections that retry forever.
            connection: { ...redisOptionsFromUrl(config.redis.url), maxRetriesPerRequest: null },
            prefix: config.redis.queuePrefix,
            defaultJobOptions: {
              attempts: 5,
              backoff: { type: 'exponential', delay: 2000 },
              removeOnComplete: { age: 3600, count: 1000 },
              removeOnFail: { age: 7 * 24 * 3600 },
            },
          }),
        }),
        queues,
      ],
      exports: [queues],
    };
  }
}
