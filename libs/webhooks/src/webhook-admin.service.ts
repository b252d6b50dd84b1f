import { Inject, Injectable } from '@nestjs/common';
import { newToken, sealSecret } from '@tessera/auth';
import { CONFIG, Config } from '@tessera/config';
import { Outbox, OutboxMessage, TenantDatabase, isUuid, newId, refuseDuplicate } from '@tessera/database';
import { Webhook, WebhookDelivery } from './webhook.entities';
import { WebhookError, WebhookErrorCode, invalidWebhook } from './webhook.errors';
import { WEBHOOK_KINDS, isWebhookKind, webhookUrlProblem } from './webhook-rules';

export interface WebhookInput {
  name: string;
  url: string;
  kinds: string[];
  isActive?: boolean;
}

// A webhook as a manager reads it; its secret only when it is made or replaced.
export type WebhookWithSecret = { webhook: Webhook; secret: string };

const SECRET_PREFIX = 'whsec_';

// An instance's webhooks, managed by its managers. Runs in the tenant transaction.
@Injectable()
export class WebhookAdminService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly outbox: Outbox,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  list(): Promise<Webhook[]> {
    return this.db.manager.find(Webhook, { order: { name: 'ASC' } });
  }

  async get(id: string): Promise<Webhook> {
    const webhook = isUuid(id) ? await this.db.manager.findOneBy(Webhook, { id }) : null;
    if (!webhook) throw new WebhookError(WebhookErrorCode.NotFound, `No webhook with id ${id}`);
    return webhook;
  }

  async create(input: WebhookInput): Promise<WebhookWithSecret> {
    const now = new Date();
    const secret = newToken(SECRET_PREFIX);
    const webhook = Object.assign(new Webhook(), {
      tenantId: this.db.tenant.id,
      id: newId(),
      isActive: true,
      consecutiveFailures: 0,
      disabledAt: null,
      createdAt: now,
      secretSealed: sealSecret(this.config.secretKey, secret),
    });
    return { webhook: await this.save(webhook, input), secret };
  }

  async update(id: string, changes: Partial<WebhookInput>): Promise<Webhook> {
    return this.save(await this.get(id), changes);
  }

  // A new secret; the old one stops signing at once.
  async replaceSecret(id: string): Promise<WebhookWithSecret> {
    const webhook = await this.get(id);
    const secret = newToken(SECRET_PREFIX);
    webhook.secretSealed = sealSecret(this.config.secretKey, secret);
    webhook.updatedAt = new Date();
    await this.db.manager.save(Webhook, webhook);
    return { webhook, secret };
  }

  async delete(id: string): Promise<void> {
    await this.get(id);
    await this.db.manager.delete(Webhook, { id });
  }

  // The latest deliveries, newest first.
  async deliveries(id: string, limit = 50): Promise<WebhookDelivery[]> {
    await this.get(id);
    return this.db.manager.find(WebhookDelivery, { where: { webhookId: id }, order: { createdAt: 'DESC' }, take: limit });
  }

  // Posts a logged event to the webhook again (the worker does it; the original event must still
  // be kept: housekeeping deletes events past their retention).
  async redeliver(id: string, eventId: string): Promise<WebhookDelivery> {
    const delivery = isUuid(eventId) ? await this.db.manager.findOneBy(WebhookDelivery, { webhookId: (await this.get(id)).id, outboxId: eventId }) : null;
    if (!delivery || !(await this.db.manager.existsBy(OutboxMessage, { id: eventId }))) throw new WebhookError(WebhookErrorCode.DeliveryNotFound, `The webhook ${id} has no delivery of the event ${eventId}`);
    delivery.status = 'pending';
    delivery.updatedAt = new Date();
    await this.db.manager.save(WebhookDelivery, delivery);
    await this.outbox.add('webhook.redeliver', { webhookId: id, eventId });
    return delivery;
  }

  // Housekeeping, in the tenant transaction: deletes deliveries logged more than the retention
  // ago, at most `batch` per webhook, and answers how many.
  async purgeDeliveries(retentionDays: number, batch = 5000): Promise<number> {
    const [{ purged }] = await this.db.manager.query(
      `with gone as (
         delete from webhook_deliveries where (tenant_id, webhook_id, outbox_id) in (
           select old.tenant_id, old.webhook_id, old.outbox_id from webhooks w
            cross join lateral (
              select d.tenant_id, d.webhook_id, d.outbox_id from webhook_deliveries d
               where d.tenant_id = w.tenant_id and d.webhook_id = w.id and d.created_at < now() - make_interval(days => $1)
               order by d.created_at limit $2) old)
         returning 1)
       select count(*)::int as purged from gone`,
      [retentionDays, batch],
    );
    return purged;
  }

  private async save(webhook: Webhook, changes: Partial<WebhookInput>): Promise<Webhook> {
    if (changes.name !== undefined) {
      webhook.name = changes.name.trim();
      if (!webhook.name) throw invalidWebhook('name', 'The name is empty');
    }
    if (changes.url !== undefined) {
      const problem = webhookUrlProblem(changes.url);
      if (problem) throw invalidWebhook('url', `The URL ${problem}`);
      webhook.url = changes.url;
    }
    if (changes.kinds !== undefined) {
      const unknown = changes.kinds.filter((kind) => !isWebhookKind(kind));
      if (unknown.length > 0) throw invalidWebhook('kinds', `A webhook takes ${WEBHOOK_KINDS.join(', ')}; not ${unknown.join(', ')}`);
      if (changes.kinds.length === 0) throw invalidWebhook('kinds', 'A webhook takes at least one kind of event');
      webhook.kinds = [...new Set(changes.kinds)].sort();
    }
    if (changes.isActive !== undefined) {
      // Switched on again: its failures start from nothing.
      if (changes.isActive && !webhook.isActive) Object.assign(webhook, { consecutiveFailures: 0, disabledAt: null });
      webhook.isActive = changes.isActive;
    }
    webhook.updatedAt = new Date();
    return refuseDuplicate(
      () => this.db.manager.save(Webhook, webhook),
      () => new WebhookError(WebhookErrorCode.NameTaken, `There is already a webhook named "${webhook.name}"`, { field: 'name' }),
    );
  }
}
