import { Module } from '@nestjs/common';
import { DirectoryModule } from '@tessera/directory';
import { RequestersModule } from '@tessera/requesters';
import { TicketsModule } from '@tessera/tickets';
import { MailIntakeService } from './mail-intake.service';
import { MailLogService } from './mail-log.service';

@Module({
  imports: [DirectoryModule, RequestersModule, TicketsModule],
  providers: [MailIntakeService, MailLogService],
  exports: [MailIntakeService, MailLogService],
})
export class IntakeModule {}
