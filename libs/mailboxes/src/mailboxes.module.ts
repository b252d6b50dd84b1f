import { Module } from '@nestjs/common';
import { DirectoryModule } from '@tessera/directory';
import { MailboxAdminService } from './mailbox-admin.service';

@Module({ imports: [DirectoryModule], providers: [MailboxAdminService], exports: [MailboxAdminService] })
export class MailboxesModule {}
