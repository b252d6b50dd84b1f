export { ALL_QUEUES, QueueName } from './queue-names';
export { QueueModule } from './queue.module';
export { REDIS, RedisModule } from './redis.module';
export { redisOptionsFromUrl } from './redis-options';
