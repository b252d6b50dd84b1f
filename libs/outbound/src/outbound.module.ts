import { Module } from '@nestjs/common';
import { NotificationsModule } from '@tessera/notifications';
import { MailTransport } from './mail-transport';
import { PortalMailService } from './portal-mail.service';

@Module({ imports: [NotificationsModule], providers: [MailTransport, PortalMailService], exports: [MailTransport, PortalMailService] })
export class OutboundModule {}
