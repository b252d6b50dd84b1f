import { Param, Query, Req, Res } from '@nestjs/common';
import { LiveStreamService } from '@tessera/live';
import { RequesterPrincipal } from '@tessera/requesters';
import { Tenant } from '@tessera/tenancy';
import type { Request, Response } from 'express';
import { CurrentTenant } from '../instance/instance-request';
import { PortalController } from '../portal/portal-controller.decorator';
import { CurrentRequester } from '../portal/portal-request';
import { EventStreamQuery } from './dto/event-stream.request';
import { EventStreamRoute, eventStreamSink, lastEventIdOf } from './event-stream';

// Live updates of one ticket in the portal.
@PortalController('tickets', 'portal live updates')
export class PortalEventsController {
  constructor(private readonly live: LiveStreamService) {}

  @EventStreamRoute(':reference/events', 'What the requester may see of this ticket, live: ticket.created, ticket.message, ticket.response, ticket.status, ticket.resolved, ticket.closed; never notes or agents’ changes. A ticket the session may not read answers 404.')
  async stream(
    @CurrentRequester() principal: RequesterPrincipal,
    @CurrentTenant() tenant: Tenant,
    @Param('reference') reference: string,
    @Query() query: EventStreamQuery,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.live.forRequester({ id: tenant.id, slug: tenant.slug }, principal, reference, lastEventIdOf(request, query.lastEventId), eventStreamSink(response));
  }
}
