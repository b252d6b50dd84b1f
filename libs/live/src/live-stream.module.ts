import { Module } from '@nestjs/common';
import { TicketsModule } from '@tessera/tickets';
import { LiveEventRepository } from './live-event.repository';
import { LiveHub } from './live-hub.service';
import { LiveStreamService } from './live-stream.service';

// Serving live events (the API): one subscriber connection per process and the streams it feeds.
@Module({
  imports: [TicketsModule],
  providers: [LiveEventRepository, LiveHub, LiveStreamService],
  exports: [LiveStreamService],
})
export class LiveStreamModule {}
