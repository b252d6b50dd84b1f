import { Module } from '@nestjs/common';
import { AuthModule } from '@tessera/auth';
import { DirectoryModule } from '@tessera/directory';
import { RequestersModule } from '@tessera/requesters';
import { PortalTicketService } from './portal-ticket.service';
import { ReferenceService } from './reference.service';
import { TicketService } from './ticket.service';

@Module({
  imports: [AuthModule, DirectoryModule, RequestersModule],
  providers: [TicketService, ReferenceService, PortalTicketService],
  exports: [TicketService, ReferenceService, PortalTicketService],
})
export class TicketsModule {}
