import { Inject, Injectable } from '@nestjs/common';
import { openSecret } from '@tessera/auth';
import { CONFIG, Config } from '@tessera/config';
import { Outbox, OutboxMessage, TenantDatabase, TenantRef, statement } from '@tessera/database';
import { EventKind, EventPayload } from '@tessera/events';
import { DeliveryStatus } from './webhook.entities';
import { Outcome, postJson } from './guarded-post';
import { signature } from './webhook-rules';

const ERROR_CHARS = 500;

interface Target {
  id: string;
  url: string;
  secret_sealed: Buffer;
}


// Posts an event to each active webhook of its kind, outside any transaction, and records each
// delivery. A webhook that answered 2xx (or whose address is refused) is not called again for the
// event; the others fail the job, which retries them alone, and are marked failed on its last try.
// A webhook that failed the last try of `webhooks.disableAfter` events in a row is switched off,
// once, with an alert to the instance's managers.
@Injectable()
export class WebhookDeliveryService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly outbox: Outbox,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async deliver(tenant: TenantRef, outboxId: string, kind: EventKind, lastAttempt: boolean): Promise<Record<DeliveryStatus, number>> {
    const work = await this.db.run(tenant, () => this.work(outboxId, kind));
    const counts: Record<DeliveryStatus, number> = { pending: 0, sent: 0, failed: 0, refused: 0 };
    if (!work || work.targets.length === 0) return counts;
    const event = work.message;
    const body = JSON.stringify({ id: event.id, kind: event.topic, instance: tenant.slug, occurredAt: event.createdAt.toISOString(), data: event.payload });
    for (const target of work.targets) {
      const secret = openSecret(this.config.secretKey, target.secret_sealed);
      const outcome: Outcome = secret
        ? await this.post(target.url, secret, event.topic as EventKind, event.id, body)
        : { status: 'failed', responseStatus: null, error: 'the secret was sealed under another TESSERA_SECRET_KEY: replace it' };
      const status = outcome.status === 'failed' && !lastAttempt ? 'pending' : outcome.status;
      counts[status] += 1;
      const error = outcome.error?.slice(0, ERROR_CHARS) ?? null;
      await this.db.run(tenant, () => this.record(target.id, event.id, event.topic, status, outcome.responseStatus, error));
    }
    if (counts.pending > 0) throw new Error(`${counts.pending} webhook(s) of ${event.topic} ${event.id} failed; they are tried again`);
    return counts;
  }

  // Keeps the outcome, counts the events in a row the webhook failed, and switches it off when
  // they reach the limit: the update that switches it off is the one that alerts.
  private async record(webhookId: string, eventId: string, kind: string, status: DeliveryStatus, responseStatus: number | null, error: string | null) {
    await this.db.query(RECORD, [webhookId, eventId, kind, status, responseStatus, error]);
    if (status !== 'sent' && status !== 'failed') return;
    const [counted] = await this.db.query<{ failures: number; switchedOff: boolean }>(COUNT_FAILURE, [webhookId, status === 'failed', this.config.webhooks.disableAfter]);
    if (counted?.switchedOff) await this.outbox.add('webhook.disabled', { webhookId, failures: counted.failures, error });
  }

  // The event to post and to whom: every active webhook of its kind not yet done with it, or
  // for a redelivery the one webhook a manager named.
  private async work(outboxId: string, kind: EventKind): Promise<{ message: OutboxMessage; targets: Target[] } | null> {
    const manager = this.db.manager;
    if (kind !== 'webhook.redeliver') {
      const message = await manager.findOneBy(OutboxMessage, { id: outboxId });
      return message ? { message, targets: await this.db.query<Target>(TARGETS, [kind, outboxId]) } : null;
    }
    const request = await manager.findOneBy(OutboxMessage, { id: outboxId });
    const { webhookId, eventId } = (request?.payload ?? {}) as Partial<EventPayload<'webhook.redeliver'>>;
    const message = eventId ? await manager.findOneBy(OutboxMessage, { id: eventId }) : null;
    return message ? { message, targets: await this.db.query<Target>(TARGET, [webhookId]) } : null;
  }

  private post(url: string, secret: string, kind: EventKind, outboxId: string, body: string): Promise<Outcome> {
    return postJson(url, body, this.config.webhooks.allowInternal, {
      'X-Tessera-Event': kind,
      'X-Tessera-Delivery': outboxId,
      'X-Tessera-Signature': signature(secret, Math.floor(Date.now() / 1000), body),
    });
  }
}

// The active webhooks of the kind not yet done with the event.
const TARGETS = statement(
  'webhooks.targets',
  `select w.id, w.url, w.secret_sealed from webhooks w
    where w.is_active and $1 = any (w.kinds)
      and not exists (select 1 from webhook_deliveries d where d.tenant_id = w.tenant_id and d.webhook_id = w.id and d.outbox_id = $2 and d.status in ('sent', 'refused'))
    order by w.id`,
);

// A success starts the count anew; a failure adds one and switches the webhook off at the limit
// (switchedOff: this update did it).
// (A select around the update: the driver hands back the rows of a select as they are.)
const COUNT_FAILURE = statement(
  'webhooks.count-failure',
  `with counted as (
     update webhooks w
        set consecutive_failures = case when $2 then old.failures + 1 else 0 end,
            is_active = old.active and not ($2 and old.failures + 1 >= $3),
            disabled_at = case when old.active and $2 and old.failures + 1 >= $3 then now() else w.disabled_at end
       from (select id, consecutive_failures as failures, is_active as active from webhooks where id = $1 for update) old
      where w.id = old.id and (old.failures > 0 or $2)
      returning w.consecutive_failures as failures, old.active and not w.is_active as "switchedOff"
   )
   select failures, "switchedOff" from counted`,
);

const TARGET = statement('webhooks.target', `select w.id, w.url, w.secret_sealed from webhooks w where w.id = $1`);

const RECORD = statement(
  'webhooks.record',
  `insert into webhook_deliveries (tenant_id, webhook_id, outbox_id, kind, status, attempts, response_status, last_error)
   values (tessera_current_tenant(), $1, $2, $3, $4, 1, $5, $6)
   on conflict (tenant_id, webhook_id, outbox_id) do update
     set status = excluded.status, attempts = webhook_deliveries.attempts + 1, response_status = excluded.response_status,
         last_error = excluded.last_error, updated_at = now()`,
);
