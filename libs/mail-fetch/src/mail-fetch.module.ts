import { Module } from '@nestjs/common';
import { IntakeModule } from '@tessera/intake';
import { MailboxesModule } from '@tessera/mailboxes';
import { FetchStateRepository } from './fetch-state.repository';
import { MailboxFetcher } from './mailbox-fetcher.service';

@Module({ imports: [IntakeModule, MailboxesModule], providers: [FetchStateRepository, MailboxFetcher], exports: [MailboxFetcher] })
export class MailFetchModule {}
