export { MailboxesModule } from './mailboxes.module';
export { ImapCredentials, MailboxAdminService, MailboxChanges, MailboxInput, MailboxView } from './mailbox-admin.service';
export { AFTER_FETCH, AfterFetch, IMAP_SECURITY, ImapSecurity, Mailbox, mailboxEntities } from './mailbox.entity';
export { MailboxError, MailboxErrorCode } from './mailbox.errors';
export {
  ComposedMail,
  DELIVERY_STATES,
  DeliveryState,
  INBOUND_KINDS,
  INBOUND_STATUSES,
  InboundKind,
  InboundStatus,
  MailDirection,
  MailMessage,
} from './mail-message.entity';
export { MAILBOX_FAILING_TOPIC, OVER_LIMIT_TOPIC, WEBHOOK_DISABLED_TOPIC } from './mail-topics';
