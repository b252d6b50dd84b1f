import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, Config } from '@tessera/config';
import { TenantDatabase, TenantRef } from '@tessera/database';
import { REDIS } from '@tessera/queue';
import type Redis from 'ioredis';
import { LiveEventRepository } from './live-event.repository';
import { liveChannel } from './live-events';

// Publishes what the outbox relay dispatched, one small event per message, on the deployment's
// channel; every API process fans them out to its streams. Nothing is kept in Redis: a client
// that missed events replays them from the outbox.
@Injectable()
export class LivePublisher {
  private readonly channel: string;

  constructor(
    private readonly db: TenantDatabase,
    private readonly events: LiveEventRepository,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(CONFIG) config: Config,
  ) {
    this.channel = liveChannel(config.redis.queuePrefix);
  }

  // Call after the messages are marked dispatched (a client replaying from the outbox must find
  // what it was sent). Answers how many events were published.
  async publish(tenant: TenantRef, outboxIds: string[]): Promise<number> {
    if (outboxIds.length === 0) return 0;
    const events = await this.db.run(tenant, () => this.events.byIds(outboxIds));
    if (events.length === 0) return 0;
    const pipeline = this.redis.pipeline();
    for (const event of events) pipeline.publish(this.channel, JSON.stringify(event));
    const failed = (await pipeline.exec())?.find(([error]) => error)?.[0];
    if (failed) throw failed;
    return events.length;
  }
}
