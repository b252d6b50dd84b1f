import { Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { CONFIG, Config } from '@tessera/config';
import Redis from 'ioredis';
import { redisOptionsFromUrl } from './redis-options';

export const REDIS = Symbol('REDIS');

@Injectable()
class RedisLifecycle implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

// One warning when the connection is lost and one line when it is back, instead of an unhandled
// error event printed at every reconnection attempt.
function reportOutages(redis: Redis): Redis {
  const logger = new Logger('Redis');
  let down = false;
  redis.on('error', (error: Error) => {
    if (down) return;
    down = true;
    logger.warn(`Redis unreachable, reconnecting: ${error.message}`);
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    logger.log('Redis reachable again');
  });
  return redis;
}

// A command connection for rate limits and readiness. Commands fail at once while Redis is
// unreachable instead of queueing, so callers can degrade rather than hang.
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [CONFIG],
      useFactory: (config: Config) =>
        reportOutages(
          new Redis({
            ...redisOptionsFromUrl(config.redis.url),
            keyPrefix: `${config.redis.queuePrefix}:`,
            enableOfflineQueue: false,
            maxRetriesPerRequest: 1,
            connectTimeout: 3000,
          }),
        ),
    },
    RedisLifecycle,
  ],
  exports: [REDIS],
})
export class RedisModule {}
