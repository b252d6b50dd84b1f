import { Injectable, Logger } from '@nestjs/common';
import { TenantDatabase } from '@tessera/database';
import { EventConsumer, EventKind } from '@tessera/events';
import { PORTAL_KEYS } from '@tessera/notifications';
import { MailTransport, PortalMailService } from '@tessera/outbound';

// The one-time links requesters get by mail (registration, password reset, invitation, a
// guest's ticket link).
@Injectable()
export class PortalMailConsumer implements EventConsumer {
  readonly name = 'portal-mail';
  readonly kinds = PORTAL_KEYS;
  private readonly logger = new Logger(PortalMailConsumer.name);

  constructor(
    private readonly db: TenantDatabase,
    private readonly portalMail: PortalMailService,
    private readonly transport: MailTransport,
  ) {}

  async consume(tenant: { id: string; slug: string }, outboxId: string, kind: EventKind) {
    const mail = await this.db.run(tenant, () => this.portalMail.compose(outboxId));
    if (!mail) return { sent: 0 };
    // SMTP outside the transaction; a failure throws and BullMQ retries with back-off.
    await this.transport.send(mail);
    await this.db.run(tenant, () => this.portalMail.markSent(outboxId, mail.messageId));
    this.logger.log({ tenant: tenant.slug, topic: kind, outboxId }, 'mail sent');
    return { sent: 1 };
  }
}
