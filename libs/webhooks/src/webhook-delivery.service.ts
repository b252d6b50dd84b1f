import { lookup } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import { openSecret } from '@tessera/auth';
import { CONFIG, Config } from '@tessera/config';
import { OutboxMessage, TenantDatabase, TenantRef, statement } from '@tessera/database';
import { EventKind, EventPayload } from '@tessera/events';
import { DeliveryStatus } from './webhook.entities';
import { isInternalAddress, signature } from './webhook-rules';

const TIMEOUT_MS = 10_000;
const ERROR_CHARS = 500;

interface Target {
  id: string;
  url: string;
  secret_sealed: Buffer;
}

interface Outcome {
  status: DeliveryStatus;
  responseStatus: number | null;
  error: string | null;
}

// Posts an event to each active webhook of its kind, outside any transaction, and records each
// delivery. A webhook that answered 2xx (or whose address is refused) is not called again for the
// event; the others fail the job, which retries them alone, and are marked failed on its last try.
@Injectable()
export class WebhookDeliveryService {
  constructor(
    private readonly db: TenantDatabase,
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
      await this.db.run(tenant, () => this.db.query(RECORD, [target.id, event.id, event.topic, status, outcome.responseStatus, outcome.error?.slice(0, ERROR_CHARS) ?? null]));
    }
    if (counts.pending > 0) throw new Error(`${counts.pending} webhook(s) of ${event.topic} ${event.id} failed; they are tried again`);
    return counts;
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
    const target = new URL(url);
    const allowInternal = this.config.webhooks.allowInternal;
    let refused = false;
    // Checked on the address the connection uses, so a name that resolves elsewhere later
    // (DNS rebinding) is refused too.
    const checkedLookup: LookupFunction = (hostname, options, callback) =>
      lookup(hostname, options, (error, address, family) => {
        const addresses = typeof address === 'string' ? [address] : (address ?? []).map((entry) => entry.address);
        if (!error && !allowInternal && addresses.some(isInternalAddress)) {
          refused = true;
          return callback(Object.assign(new Error(`${hostname} resolves to an internal address`), { code: 'EREFUSED' }), address, family);
        }
        callback(error, address, family);
      });
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve) => {
      if (!allowInternal && /^\[?[0-9a-f:.]+\]?$/i.test(target.hostname) && isInternalAddress(target.hostname.replace(/^\[|\]$/g, ''))) {
        return resolve({ status: 'refused', responseStatus: null, error: `${target.hostname} is an internal address` });
      }
      const req = send(
        target,
        {
          method: 'POST',
          lookup: checkedLookup,
          timeout: TIMEOUT_MS,
          headers: {
            'Content-Type': 'application/json',
            'Content-Length': Buffer.byteLength(body),
            'User-Agent': 'Tessera-Webhooks/1',
            'X-Tessera-Event': kind,
            'X-Tessera-Delivery': outboxId,
            'X-Tessera-Signature': signature(secret, Math.floor(Date.now() / 1000), body),
          },
        },
        (response) => {
          response.resume();
          const code = response.statusCode ?? 0;
          const ok = code >= 200 && code < 300;
          resolve({ status: ok ? 'sent' : 'failed', responseStatus: code, error: ok ? null : `answered ${code}` });
        },
      );
      req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)));
      req.on('error', (error) => resolve({ status: refused ? 'refused' : 'failed', responseStatus: null, error: error.message }));
      req.end(body);
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

const TARGET = statement('webhooks.target', `select w.id, w.url, w.secret_sealed from webhooks w where w.id = $1`);

const RECORD = statement(
  'webhooks.record',
  `insert into webhook_deliveries (tenant_id, webhook_id, outbox_id, kind, status, attempts, response_status, last_error)
   values (tessera_current_tenant(), $1, $2, $3, $4, 1, $5, $6)
   on conflict (tenant_id, webhook_id, outbox_id) do update
     set status = excluded.status, attempts = webhook_deliveries.attempts + 1, response_status = excluded.response_status,
         last_error = excluded.last_error, updated_at = now()`,
);
