import { Config } from '@tessera/config';
import { newId } from '@tessera/database';
import { loopHeaders, loopToken, newMessageId } from '@tessera/mail';
import { ComposedMail } from '@tessera/mailboxes';
import { TemplateKey } from '@tessera/notifications';
import { Tenant } from '@tessera/tenancy';
import { automaticHeaders } from './ticket-mail-rules';
import { NewOutboundMail } from './ticket-mail.repository';

// A mail about no ticket (a refused message, a failing mailbox, a task), marked as automatic and
// ours, so an answer to it never starts a loop.
export function untiedMail(
  config: Config,
  tenant: Tenant,
  about: { outboxId: string; template: TemplateKey; status: NewOutboundMail['status']; mail: Omit<ComposedMail, 'headers'> },
): NewOutboundMail {
  const id = newId();
  const token = loopToken(tenant.id, config.secretKey);
  return {
    id,
    messageId: newMessageId(token, new URL(config.http.publicUrl).hostname, id),
    ticketId: null,
    entryId: null,
    outboxId: about.outboxId,
    template: about.template,
    status: about.status,
    content: { ...about.mail, headers: { ...automaticHeaders(about.template), ...loopHeaders(token) } },
  };
}
