import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { CONFIG, Config } from '@tessera/config';
import { redisOptionsFromUrl } from '@tessera/queue';
import Redis from 'ioredis';
import { LiveEvent, liveChannel, parseLiveEvent } from './live-events';
import { LiveError, LiveErrorCode } from './live.errors';

// One open stream, as the hub sees it.
export interface LiveListener {
  event(event: LiveEvent): void;
  // The subscription was lost for a while: events may be missing.
  gap(): void;
  // The process shuts down.
  end(): void;
}

// How long opening a stream waits for the subscription before answering 503.
const READY_TIMEOUT_MS = 5000;

// The process's one subscriber connection to the live channel, fanning each event out to the
// open streams of its instance only. After a lost connection it subscribes again and tells
// every stream that events may be missing.
@Injectable()
export class LiveHub implements OnModuleInit, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(LiveHub.name);
  private readonly channel: string;
  private readonly subscriber: Redis;
  private readonly listeners = new Map<string, Set<LiveListener>>();
  private subscribed = false;
  private everSubscribed = false;
  private waiting: (() => void)[] = [];

  constructor(@Inject(CONFIG) config: Config) {
    this.channel = liveChannel(config.redis.queuePrefix);
    this.subscriber = new Redis({ ...redisOptionsFromUrl(config.redis.url), lazyConnect: true, autoResubscribe: false, connectTimeout: 3000 });
    this.subscriber.on('message', (_channel: string, text: string) => this.deliver(text));
    this.subscriber.on('ready', () => void this.subscribe());
    this.subscriber.on('close', () => (this.subscribed = false));
    this.subscriber.on('error', (error: Error) => this.logger.warn({ err: error }, 'live updates: Redis subscriber error'));
  }

  onModuleInit(): void {
    // Redis may come later: the connection retries, and streams answer 503 meanwhile.
    this.subscriber.connect().catch(() => undefined);
  }

  // Resolves once events flow; a stream registered after this misses nothing published later.
  async ready(): Promise<void> {
    if (this.subscribed) return;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new LiveError(LiveErrorCode.Unavailable, 'Live updates are unavailable; try again shortly')), READY_TIMEOUT_MS);
    });
    try {
      await Promise.race([new Promise<void>((resolve) => this.waiting.push(resolve)), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  // Registers a stream of an instance; the answer unregisters it.
  listen(tenantId: string, listener: LiveListener): () => void {
    let streams = this.listeners.get(tenantId);
    if (!streams) this.listeners.set(tenantId, (streams = new Set()));
    streams.add(listener);
    return () => {
      streams.delete(listener);
      if (streams.size === 0 && this.listeners.get(tenantId) === streams) this.listeners.delete(tenantId);
    };
  }

  // Open streams end before the HTTP server closes, which waits for them.
  beforeApplicationShutdown(): void {
    for (const listener of this.all()) listener.end();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscriber.quit().catch(() => this.subscriber.disconnect());
  }

  private async subscribe(): Promise<void> {
    try {
      await this.subscriber.subscribe(this.channel);
    } catch (error) {
      this.logger.warn({ err: error }, 'live updates: subscribing failed');
      return;
    }
    const resumed = this.everSubscribed;
    this.subscribed = this.everSubscribed = true;
    for (const resolve of this.waiting.splice(0)) resolve();
    if (resumed) for (const listener of this.all()) listener.gap();
  }

  private deliver(text: string): void {
    const event = parseLiveEvent(text);
    if (!event) return;
    for (const listener of this.listeners.get(event.tenantId) ?? []) listener.event(event);
  }

  private all(): LiveListener[] {
    return [...this.listeners.values()].flatMap((streams) => [...streams]);
  }
}
