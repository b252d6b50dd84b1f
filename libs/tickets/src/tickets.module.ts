import { Module } from '@nestjs/common';
import { DirectoryModule } from '@tessera/directory';
import { RequestersModule } from '@tessera/requesters';
import { ReferenceService } from './reference.service';
import { TicketService } from './ticket.service';

@Module({
  imports: [DirectoryModule, RequestersModule],
  providers: [TicketService, ReferenceService],
  exports: [TicketService, ReferenceService],
})
export class TicketsModule {}
