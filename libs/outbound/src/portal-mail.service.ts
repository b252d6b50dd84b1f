import { Inject, Injectable } from '@nestjs/common';
import { Staff } from '@tessera/auth';
import { CONFIG, Config } from '@tessera/config';
import { OutboxMessage, TenantDatabase } from '@tessera/database';
import { formatMessageId, loopHeaders, loopToken, newMessageId } from '@tessera/mail';
import { PORTAL_KEYS, PortalKey, TemplateService } from '@tessera/notifications';
import { Requester } from '@tessera/requesters';
import { Tenant } from '@tessera/tenancy';
import { OutgoingMail } from './mail-transport';
import { mailDate, requesterTicketLink } from './ticket-mail-rules';

// Where each one-time link leads, under the instance's portal: {public URL}/{slug}/{path}?token=.
// The agents' link leads into the panel.
const LINK_PATHS: Record<Exclude<PortalKey, 'requester.ticket-link'>, string> = {
  'requester.registration': 'register/confirm',
  'requester.password-reset': 'password-reset',
  'requester.invitation': 'invitation',
  'staff.password-reset': 'scp/password-reset',
};

export function isPortalMail(topic: string): topic is PortalKey {
  return (PORTAL_KEYS as readonly string[]).includes(topic);
}

interface LinkPayload {
  requesterId?: string;
  // The agents' link names the agent instead.
  staffId?: string;
  email: string;
  token?: string;
  expiresAt?: string;
  // The ticket link's ticket.
  reference?: string;
  subject?: string;
}

// The mails of the portal's links (registration, password reset, invitation, a ticket's guest link), composed
// from the instance's templates in the requester's language. Runs in the tenant transaction.
@Injectable()
export class PortalMailService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly templates: TemplateService,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  // The mail of an outbox message, or null when it was already sent (its token is gone).
  async compose(outboxId: string): Promise<OutgoingMail | null> {
    const manager = this.db.manager;
    const message = await manager.findOneBy(OutboxMessage, { id: outboxId });
    if (!message || !isPortalMail(message.topic)) return null;
    const payload = message.payload as unknown as LinkPayload;
    if (!payload.token) return null;
    const tenant = await manager.findOneByOrFail(Tenant, { id: message.tenantId });
    const recipient = payload.staffId
      ? await manager.findOneBy(Staff, { id: payload.staffId })
      : payload.requesterId
        ? await manager.findOneBy(Requester, { id: payload.requesterId })
        : null;
    const portal = `${this.config.http.publicUrl}/${tenant.slug}`;
    const language = recipient?.language ?? tenant.defaultLanguage;
    const every = {
      'instance.name': tenant.name,
      'instance.link': `${portal}/`,
      'recipient.name': recipient?.name ?? payload.email,
      'recipient.email': payload.email,
    };
    const rendered = await this.templates.render(
      message.topic,
      language,
      message.topic === 'requester.ticket-link'
        ? {
            ...every,
            'ticket.reference': payload.reference ?? '',
            'ticket.subject': payload.subject ?? '',
            'ticket.link': requesterTicketLink(portal, payload.reference ?? '', payload.email, payload.token),
          }
        : {
            ...every,
            link: `${portal}/${LINK_PATHS[message.topic]}?token=${encodeURIComponent(payload.token)}`,
            'link.expiresAt': mailDate(payload.expiresAt ? new Date(payload.expiresAt) : null, language, tenant.timezone),
          },
    );
    // Our loop token in a header and in the Message-ID: this mail coming back (a bounce, a
    // forward to one of our mailboxes) is recognised as ours by the inbound pipeline.
    const token = loopToken(tenant.id, this.config.secretKey);
    return {
      to: payload.email,
      ...rendered,
      messageId: formatMessageId(newMessageId(token, new URL(this.config.http.publicUrl).hostname, message.id)),
      // RFC 3834: automatic mail, so auto-responders stay silent.
      headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All', ...loopHeaders(token) },
    };
  }

  // After sending: the link's token leaves the outbox, only the fact of sending stays.
  async markSent(outboxId: string, messageId: string): Promise<void> {
    await this.db.manager.query(
      `update outbox set payload = (payload - 'token') || jsonb_build_object('messageId', $2::text, 'sentAt', now()) where id = $1`,
      [outboxId, messageId],
    );
  }
}
