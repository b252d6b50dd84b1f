import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, Config } from '@tessera/config';
import { OutboxMessage, TenantDatabase, TenantRef } from '@tessera/database';
import { EventPayload } from '@tessera/events';
import { Outcome, postJson } from './guarded-post';

// A trigger's call of an address: the event that fired it, posted outside any transaction with
// the webhooks' guard against internal addresses. A failure fails the job, which retries it; a
// refused address is not tried again.
@Injectable()
export class TriggerCallService {
  constructor(
    private readonly db: TenantDatabase,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async call(tenant: TenantRef, outboxId: string, lastAttempt: boolean): Promise<Outcome | null> {
    const work = await this.db.run(tenant, async () => {
      const request = await this.db.manager.findOneBy(OutboxMessage, { id: outboxId });
      const payload = request?.payload as EventPayload<'trigger.webhook'> | undefined;
      const cause = payload ? await this.db.manager.findOneBy(OutboxMessage, { id: payload.eventId }) : null;
      return payload ? { payload, cause } : null;
    });
    if (!work) return null;
    const { payload, cause } = work;
    const body = JSON.stringify({
      id: payload.eventId,
      kind: payload.event,
      instance: tenant.slug,
      trigger: payload.triggerId,
      occurredAt: cause?.createdAt.toISOString() ?? null,
      data: cause?.payload ?? { ticketId: payload.ticketId },
    });
    const outcome = await postJson(payload.url, body, this.config.webhooks.allowInternal, {
      'X-Tessera-Event': payload.event,
      'X-Tessera-Delivery': outboxId,
      'X-Tessera-Trigger': payload.triggerId,
    });
    if (outcome.status === 'failed' && !lastAttempt) throw new Error(`The trigger's call of ${new URL(payload.url).host} failed (${outcome.error}); it is tried again`);
    return outcome;
  }
}
