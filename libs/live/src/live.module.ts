import { Module } from '@nestjs/common';
import { TicketsModule } from '@tessera/tickets';
import { LiveEventRepository } from './live-event.repository';
import { LivePublisher } from './live-publisher.service';

// Publishing live events (the worker's outbox relay).
@Module({
  imports: [TicketsModule],
  providers: [LiveEventRepository, LivePublisher],
  exports: [LivePublisher],
})
export class LiveModule {}
