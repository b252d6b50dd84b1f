import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import { CONFIG, Config } from '@tessera/config';
import { TenantDatabase } from '@tessera/database';
import { EVENT_CONSUMERS, EventConsumer, EventKind, consumersByKind, isEventKind } from '@tessera/events';
import { LIVE_KINDS, LivePublisher } from '@tessera/live';
import { METRICS, Metrics } from '@tessera/observability';
import { QueueName } from '@tessera/queue';
import { Job, Queue } from 'bullmq';
import { CRASH_RECOVERY_OPTIONS, JobHandlers, JobProcessor } from '../job-processor';
import { DataSource } from 'typeorm';
import { CLAIMED_SIGNALS, OutboxJobs, RELAY_BATCH, deliveryJobId } from './outbox.jobs';

// The live streams take their kinds from the relay itself, right after it marks them dispatched
// (a client replaying from the outbox must find what it was sent): a hint, not a job.
export const LIVE_STREAMS = { name: 'live', kinds: Object.keys(LIVE_KINDS) as EventKind[] } as const;

// Relays the outbox to its consumers. Messages are written in the transaction of the change
// that causes them; the relay reads them after commit, queues one job per message and consumer of
// its kind (so a relay that runs twice queues once, and a failing consumer retries alone), then
// marks them dispatched. Delivery is at least once: consumers are idempotent. Redis being down
// only delays mail. Each dispatched message is also published to the live streams (ticket
// kinds only, ids and kinds only).
@Processor(QueueName.Outbox, CRASH_RECOVERY_OPTIONS)
export class OutboxProcessor extends JobProcessor<OutboxJobs> {
  protected readonly queueName = QueueName.Outbox;
  private readonly logger = new Logger(OutboxProcessor.name);
  protected readonly handlers: JobHandlers<OutboxJobs> = {
    relay: () => this.relay(),
    deliver: (data, job) => this.deliver(data, job),
  };

  private readonly consumers: ReadonlyMap<string, EventConsumer>;
  private readonly consumersOf: ReadonlyMap<EventKind, readonly string[]>;

  constructor(
    @InjectQueue(QueueName.Outbox) private readonly queue: Queue,
    private readonly dataSource: DataSource,
    private readonly db: TenantDatabase,
    private readonly live: LivePublisher,
    @Inject(EVENT_CONSUMERS) consumers: EventConsumer[],
    @Inject(METRICS) metrics: Metrics,
    @Inject(CONFIG) config: Config,
  ) {
    super(metrics, config);
    // Refuses to start when a kind has no consumer or a consumer an unknown kind.
    const byKind = consumersByKind([...consumers, LIVE_STREAMS]);
    this.consumers = new Map(consumers.map((consumer) => [consumer.name, consumer]));
    this.consumersOf = new Map([...byKind].map(([kind, names]) => [kind, names.filter((name) => this.consumers.has(name))]));
  }

  private async relay(): Promise<{ relayed: number }> {
    // Control-plane signals, one per outbox message: which instances have pending messages.
    // Claimed and deleted at once; a relay running beside this one skips what this one holds,
    // and a message committed meanwhile leaves a signal of its own. Suspended instances wait.
    const claimed: { id: string; slug: string }[] = await this.dataSource.query(
      `with claimed as (
         delete from outbox_signals where id in (
           select s.id from outbox_signals s join tenants t on t.id = s.signalled_tenant_id
            where t.status = 'active' order by s.id limit $1 for update of s skip locked)
         returning signalled_tenant_id)
       select t.id, t.slug from tenants t where t.id in (select signalled_tenant_id from claimed) order by t.id`,
      [CLAIMED_SIGNALS],
    );
    let relayed = 0;
    let drained = 0;
    try {
      for (const tenant of claimed) {
        const count = await this.drain(tenant);
        relayed += count;
        drained++;
        // More wait than one run moves: the instance stays signalled.
        if (count === RELAY_BATCH) await this.signal([tenant.id]);
      }
    } catch (error) {
      // What was claimed and not drained is signalled again for the next run.
      await this.signal(claimed.slice(drained).map((tenant) => tenant.id));
      throw error;
    }
    return { relayed };
  }

  // Moves one batch of an instance's pending messages into delivery jobs.
  private async drain(ref: { id: string; slug: string }): Promise<number> {
    const pending: { id: string; topic: string }[] = await this.db.run(ref, (manager) =>
      manager.query('select id, topic from outbox where dispatched_at is null order by created_at, id limit $1', [RELAY_BATCH]),
    );
    if (pending.length === 0) return 0;
    await this.queue.addBulk(
      pending.flatMap((message) =>
        this.consumersFor(message.topic).map((consumer) => ({
          name: 'deliver',
          data: { tenantId: ref.id, slug: ref.slug, outboxId: message.id, topic: message.topic, consumer } satisfies OutboxJobs['deliver'],
          opts: { jobId: deliveryJobId(message.id, consumer), attempts: 10, backoff: { type: 'exponential', delay: 2000 }, removeOnComplete: 1000, removeOnFail: 5000 },
        })),
      ),
    );
    await this.db.run(ref, (manager) => manager.query('update outbox set dispatched_at = now() where id = any($1)', [pending.map((m) => m.id)]));
    // Live events are a hint: a client that missed one replays it from the outbox.
    await this.live.publish(ref, pending.map((m) => m.id)).catch((error) => this.logger.warn({ err: error, tenant: ref.slug }, 'live events not published'));
    return pending.length;
  }

  private async signal(tenantIds: string[]): Promise<void> {
    if (tenantIds.length === 0) return;
    await this.dataSource.query('insert into outbox_signals (signalled_tenant_id) select unnest($1::uuid[])', [tenantIds]);
  }

  // A topic no consumer takes (a message written before its kind was retired) is only marked
  // dispatched.
  private consumersFor(topic: string): readonly string[] {
    if (!isEventKind(topic)) {
      this.logger.warn({ topic }, 'an outbox message of no known kind is not delivered');
      return [];
    }
    return this.consumersOf.get(topic) ?? [];
  }

  private async deliver(data: OutboxJobs['deliver'], job: Job): Promise<Record<string, number>> {
    const ref = { id: data.tenantId, slug: data.slug };
    // The job's last try: a failure now is final.
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const names = data.consumer ? [data.consumer] : this.consumersFor(data.topic);
    const results: Record<string, number> = {};
    for (const name of names) {
      const consumer = this.consumers.get(name);
      if (!consumer) throw new Error(`No event consumer is named ${name}`);
      for (const [key, value] of Object.entries(await consumer.consume(ref, data.outboxId, data.topic as EventKind, lastAttempt))) results[key] = (results[key] ?? 0) + value;
    }
    return results;
  }
}
