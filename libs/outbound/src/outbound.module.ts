import { Module } from '@nestjs/common';
import { DirectoryModule } from '@tessera/directory';
import { NotificationsModule } from '@tessera/notifications';
import { BlobStore, PostgresBlobStore } from '@tessera/tickets';
import { MailTransport } from './mail-transport';
import { PortalMailService } from './portal-mail.service';
import { TaskMailService } from './task-mail.service';
import { TicketMailRepository } from './ticket-mail.repository';
import { TicketMailSender } from './ticket-mail-sender.service';
import { TicketMailService } from './ticket-mail.service';

const exported = [MailTransport, PortalMailService, TicketMailService, TicketMailSender];

@Module({ imports: [NotificationsModule, DirectoryModule], providers: [...exported, TicketMailRepository, TaskMailService, { provide: BlobStore, useClass: PostgresBlobStore }], exports: exported })
export class OutboundModule {}
