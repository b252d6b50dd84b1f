import { Injectable, Logger } from '@nestjs/common';
import { EventConsumer, EventKind } from '@tessera/events';
import { TICKET_MAIL_KINDS, TicketMailSender } from '@tessera/outbound';

// Notices to requesters and alerts to agents about tickets, refused messages and failing
// mailboxes.
@Injectable()
export class TicketMailConsumer implements EventConsumer {
  readonly name = 'ticket-mail';
  readonly kinds = TICKET_MAIL_KINDS;
  private readonly logger = new Logger(TicketMailConsumer.name);

  constructor(private readonly ticketMail: TicketMailSender) {}

  async consume(tenant: { id: string; slug: string }, outboxId: string, kind: EventKind, lastAttempt: boolean) {
    const { sent, failed } = await this.ticketMail.deliver(tenant, outboxId, lastAttempt);
    const result = { sent, failed };
    if (sent + failed > 0) this.logger.log({ tenant: tenant.slug, topic: kind, outboxId, ...result }, 'ticket mail delivered');
    return result;
  }
}
