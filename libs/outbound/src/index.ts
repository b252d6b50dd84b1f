export { OutboundModule } from './outbound.module';
export { MailTransport, OutgoingMail } from './mail-transport';
export { PortalMailService, isPortalMail } from './portal-mail.service';
export { TicketMailService } from './ticket-mail.service';
export { DeliveryResult, TicketMailSender, refusedRecipient } from './ticket-mail-sender.service';
export { TICKET_MAIL_KINDS, TICKET_MAIL_TOPICS, TicketMailTopic, isTicketMail, sendsTicketMail } from './ticket-mail-rules';
