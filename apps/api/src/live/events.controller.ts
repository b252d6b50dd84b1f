import { Query, Req, Res } from '@nestjs/common';
import { LiveStreamService } from '@tessera/live';
import { Tenant } from '@tessera/tenancy';
import type { Request, Response } from 'express';
import { InstanceController } from '../instance/instance-controller.decorator';
import { CurrentTenant } from '../instance/instance-request';
import { EventStreamQuery } from './dto/event-stream.request';
import { EventStreamRoute, eventStreamSink, lastEventIdOf } from './event-stream';

// Live updates for the agent panel.
@InstanceController('events', 'live updates')
export class EventsController {
  constructor(private readonly live: LiveStreamService) {}

  @EventStreamRoute('', 'Every change of the instance’s tickets an agent sees live (ticket.created, ticket.response, ticket.note, ticket.locked, …), for any signed-in agent; fetch the ticket to see whether you may read it.')
  async stream(
    @CurrentTenant() tenant: Tenant,
    @Query() query: EventStreamQuery,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.live.forAgent({ id: tenant.id, slug: tenant.slug }, lastEventIdOf(request, query.lastEventId), eventStreamSink(response));
  }
}
