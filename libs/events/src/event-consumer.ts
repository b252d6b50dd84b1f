import { EVENT_KINDS, EventKind } from './event-catalogue';

// A consumer of outbox events: the relay queues one job per message and consumer (job id =
// message + consumer), so a consumer that fails retries alone and never repeats another's work.
// `name` is stable: it is part of the job ids.
export interface EventConsumer {
  readonly name: string;
  readonly kinds: readonly EventKind[];
  // At least once: consumers are idempotent. `lastAttempt`: a failure now is final.
  consume(tenant: { id: string; slug: string }, outboxId: string, kind: EventKind, lastAttempt: boolean): Promise<ConsumerResult>;
}

// What a consumer did, for the job's log line.
export type ConsumerResult = Record<string, number>;

// The consumers the relay fans out to, provided by the worker.
export const EVENT_CONSUMERS = Symbol('EVENT_CONSUMERS');

// Which consumers take each kind. Refuses (at start-up) a kind nobody consumes, a consumer of an
// unknown kind, and two consumers of one name.
export function consumersByKind(consumers: readonly Pick<EventConsumer, 'name' | 'kinds'>[]): ReadonlyMap<EventKind, readonly string[]> {
  const byKind = new Map<EventKind, string[]>(EVENT_KINDS.map((kind) => [kind, []]));
  const names = new Set<string>();
  for (const consumer of consumers) {
    if (names.has(consumer.name)) throw new Error(`Two event consumers are named ${consumer.name}`);
    names.add(consumer.name);
    for (const kind of new Set(consumer.kinds)) {
      const list = byKind.get(kind);
      if (!list) throw new Error(`The event consumer ${consumer.name} takes ${kind}, which is no event kind`);
      list.push(consumer.name);
    }
  }
  const unconsumed = [...byKind].filter(([, list]) => list.length === 0).map(([kind]) => kind);
  if (unconsumed.length > 0) throw new Error(`No consumer takes these event kinds: ${unconsumed.join(', ')}`);
  return byKind;
}
