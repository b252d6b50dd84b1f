import { Injectable } from '@nestjs/common';
import { TenantDatabase, TenantRef } from '@tessera/database';
import { MailTransport } from './mail-transport';
import { TicketMailService } from './ticket-mail.service';

export interface DeliveryResult {
  sent: number;
  // Refused for good by the relay.
  failed: number;
}

// Sends the mails of one outbox message. Each mail goes out between two short transactions,
// never inside one; a temporary failure is recorded on its row and thrown for the queue to
// retry, and the retry sends only what is still pending, so nobody gets a mail twice.
@Injectable()
export class TicketMailSender {
  constructor(
    private readonly db: TenantDatabase,
    private readonly mails: TicketMailService,
    private readonly transport: MailTransport,
  ) {}

  // `lastAttempt`: no retry follows, so a failure gives up the mails still pending.
  async deliver(tenant: TenantRef, outboxId: string, lastAttempt: boolean): Promise<DeliveryResult> {
    const result: DeliveryResult = { sent: 0, failed: 0 };
    const ids = await this.db.run(tenant, () => this.mails.compose(outboxId));
    for (const id of ids) {
      const mail = await this.db.run(tenant, () => this.mails.pendingMail(id));
      if (!mail) continue;
      try {
        await this.transport.send(mail);
      } catch (error) {
        const refused = refusedRecipient(error);
        await this.db.run(tenant, () => this.mails.markAttempt(id, describe(error), refused || lastAttempt));
        if (refused) {
          result.failed++;
          continue;
        }
        if (lastAttempt) await this.db.run(tenant, () => this.mails.giveUp(outboxId, describe(error)));
        throw error;
      }
      await this.db.run(tenant, () => this.mails.markSent(id));
      result.sent++;
    }
    return result;
  }
}

// The relay refused the recipient for good (a 5xx answer to RCPT TO): a retry would change
// nothing. Other 5xx answers (authentication, a relay that refuses the sender) may be fixed by
// the operator, so those are retried.
export function refusedRecipient(error: unknown): boolean {
  const { responseCode, command } = (error ?? {}) as { responseCode?: unknown; command?: unknown };
  return typeof responseCode === 'number' && responseCode >= 500 && command === 'RCPT TO';
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 1000);
}
