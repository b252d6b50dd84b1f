import { Injectable, Logger } from '@nestjs/common';
import { TenantDatabase } from '@tessera/database';
import { EventConsumer, EventKind } from '@tessera/events';
import { TRIGGERING_KINDS, TriggerService } from '@tessera/tickets';
import { TriggerCallService } from '@tessera/webhooks';

// The instance's triggers on each ticket event, and the calls of addresses they ask for (their
// mails go with the ticket mail).
@Injectable()
export class TriggersConsumer implements EventConsumer {
  readonly name = 'triggers';
  readonly kinds = [...TRIGGERING_KINDS, 'trigger.webhook'] as const;
  private readonly logger = new Logger(TriggersConsumer.name);

  constructor(
    private readonly db: TenantDatabase,
    private readonly triggers: TriggerService,
    private readonly calls: TriggerCallService,
  ) {}

  async consume(tenant: { id: string; slug: string }, outboxId: string, kind: EventKind, lastAttempt: boolean) {
    if (kind === 'trigger.webhook') {
      const outcome = await this.calls.call(tenant, outboxId, lastAttempt);
      if (outcome) this.logger.log({ tenant: tenant.slug, outboxId, status: outcome.status, error: outcome.error }, 'trigger called an address');
      return { [outcome?.status ?? 'gone']: 1 };
    }
    const result = await this.db.run(tenant, () => this.triggers.onEvent(outboxId));
    if (result.fired + result.guarded > 0) this.logger.log({ tenant: tenant.slug, topic: kind, outboxId, ...result }, 'triggers ran');
    return { ...result };
  }
}
