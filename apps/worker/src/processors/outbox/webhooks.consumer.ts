import { Injectable, Logger } from '@nestjs/common';
import { EventConsumer, EventKind } from '@tessera/events';
import { WEBHOOK_KINDS, WebhookDeliveryService } from '@tessera/webhooks';

// The instance's webhooks of each ticket event, and the events managers ask to post again.
@Injectable()
export class WebhooksConsumer implements EventConsumer {
  readonly name = 'webhooks';
  readonly kinds = [...WEBHOOK_KINDS, 'webhook.redeliver'] as const;
  private readonly logger = new Logger(WebhooksConsumer.name);

  constructor(private readonly webhooks: WebhookDeliveryService) {}

  async consume(tenant: { id: string; slug: string }, outboxId: string, kind: EventKind, lastAttempt: boolean) {
    const result = await this.webhooks.deliver(tenant, outboxId, kind, lastAttempt);
    if (result.sent + result.failed + result.refused > 0) this.logger.log({ tenant: tenant.slug, topic: kind, outboxId, ...result }, 'webhooks called');
    return result;
  }
}
