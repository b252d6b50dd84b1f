export { OutboundModule } from './outbound.module';
export { MailTransport, OutgoingMail } from './mail-transport';
export { PortalMailService, isPortalMail } from './portal-mail.service';
