import { Injectable } from '@nestjs/common';
import { TenantDatabase, TenantRef } from '@tessera/database';
import { RequesterPrincipal } from '@tessera/requesters';
import { PortalTicketService } from '@tessera/tickets';
import { LiveEventRepository } from './live-event.repository';
import { LiveViewer } from './live-events';
import { LiveHub } from './live-hub.service';
import { LiveSink, LiveStream, LiveTiming } from './live-stream';

export const LIVE_TIMING: LiveTiming = { heartbeatMs: 25_000, retryMs: 3_000, lifetimeMs: 15 * 60_000 };

// Missed events replayed at most; beyond that the client starts over.
export const REPLAY_LIMIT = 500;

// Opens the event streams. A stream holds no transaction and no database connection: the
// visibility check, the replay and the position are read in one short tenant transaction, and
// then only the hub feeds it.
@Injectable()
export class LiveStreamService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly hub: LiveHub,
    private readonly events: LiveEventRepository,
    private readonly portal: PortalTicketService,
  ) {}

  // An agent's stream: every live kind of the instance.
  forAgent(tenant: TenantRef, lastEventId: string | null, sink: LiveSink): Promise<void> {
    return this.open(tenant, lastEventId, sink, async () => ({ kind: 'agent' }));
  }

  // A requester's stream of one ticket they may read (any other answers 404 like the ticket).
  forRequester(tenant: TenantRef, principal: RequesterPrincipal, reference: string, lastEventId: string | null, sink: LiveSink): Promise<void> {
    return this.open(tenant, lastEventId, sink, async () => ({ kind: 'requester', ticketId: (await this.portal.watch(principal, reference)).ticketId }));
  }

  // Nothing is written before every check passed, so a refusal is still an ordinary answer.
  private async open(tenant: TenantRef, lastEventId: string | null, sink: LiveSink, viewerOf: () => Promise<LiveViewer>): Promise<void> {
    await this.hub.ready();
    const stream = new LiveStream(sink, LIVE_TIMING);
    // Listening first: whatever is published from here on reaches the stream, even during the replay.
    stream.attach(this.hub.listen(tenant.id, stream));
    try {
      const start = await this.db.run(tenant, async () => {
        const viewer = await viewerOf();
        const replay = lastEventId ? await this.events.after(viewer, lastEventId, REPLAY_LIMIT) : undefined;
        const position = replay?.length ? null : await this.events.latest(viewer);
        return { viewer, replay, position };
      });
      stream.start(start);
    } catch (error) {
      stream.close();
      throw error;
    }
  }
}
