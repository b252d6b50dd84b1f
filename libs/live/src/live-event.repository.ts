import { Injectable } from '@nestjs/common';
import { TenantDatabase, isUuid } from '@tessera/database';
import { ReferenceService } from '@tessera/tickets';
import { LIVE_KINDS, LiveEvent, LiveViewer, kindsFor, liveEventOf, visibleTo } from './live-events';

interface Row {
  id: string;
  topic: string;
  ticketId: string | null;
  reference: string | null;
}

const COLUMNS = `o.id, o.topic, o.payload->>'ticketId' as "ticketId", o.payload->>'reference' as reference`;
// The order the relay publishes in: by dispatch, then as the relay read them.
const ORDER = 'o.dispatched_at, o.created_at, o.id';

// Reads the outbox for the live streams, in the tenant transaction (row-level security keeps
// other instances out). Only dispatched messages count: the others are still to be published.
@Injectable()
export class LiveEventRepository {
  constructor(
    private readonly db: TenantDatabase,
    private readonly references: ReferenceService,
  ) {}

  // The events of these messages, in the order the relay read them.
  async byIds(ids: string[]): Promise<LiveEvent[]> {
    const rows: Row[] = await this.db.manager.query(`select ${COLUMNS} from outbox o where o.id = any($1::uuid[]) and o.topic = any($2) order by o.created_at, o.id`, [
      ids.filter(isUuid),
      Object.keys(LIVE_KINDS),
    ]);
    return this.events(rows);
  }

  // The viewer's events published after `lastId`, oldest first. Null when `lastId` is not one
  // of theirs, or more than `limit` came since: the client must start over.
  async after(viewer: LiveViewer, lastId: string, limit: number): Promise<LiveEvent[] | null> {
    if (!isUuid(lastId)) return null;
    const scope = scopeOf(viewer, [lastId]);
    const [known] = await this.db.manager.query(`select 1 from outbox o where o.id = $1 and ${scope.where}`, scope.params);
    if (!known) return null;
    const rows: Row[] = await this.db.manager.query(
      `select ${COLUMNS} from outbox o
        where ${scope.where} and (${ORDER}) > (select x.dispatched_at, x.created_at, x.id from outbox x where x.id = $1)
        order by ${ORDER} limit ${limit + 1}`,
      scope.params,
    );
    return rows.length > limit ? null : this.events(rows, viewer);
  }

  // The viewer's latest published event: where a client that has none resumes from.
  async latest(viewer: LiveViewer): Promise<string | null> {
    const scope = scopeOf(viewer, []);
    const [row]: { id: string }[] = await this.db.manager.query(
      `select o.id from outbox o where ${scope.where} order by o.dispatched_at desc, o.created_at desc, o.id desc limit 1`,
      scope.params,
    );
    return row?.id ?? null;
  }

  // Payloads name the ticket by id; the reference is looked up (a deleted ticket's payload
  // carries its own).
  private async events(rows: Row[], viewer?: LiveViewer): Promise<LiveEvent[]> {
    const missing = rows.filter((row) => row.ticketId && !row.reference).map((row) => row.ticketId!);
    const references = await this.references.ofTickets(missing);
    const tenantId = this.db.tenant.id;
    return rows
      .map((row) => liveEventOf(tenantId, { ...row, reference: row.reference ?? (row.ticketId ? references.get(row.ticketId) ?? null : null) }))
      .filter((event): event is LiveEvent => event !== null && (!viewer || visibleTo(viewer, event)));
  }
}

// The dispatched messages of the kinds the viewer sees (one ticket's, for a requester), as SQL
// on the alias `o` with its parameters after `leading`.
function scopeOf(viewer: LiveViewer, leading: unknown[]): { where: string; params: unknown[] } {
  const params = [...leading, kindsFor(viewer)];
  const where = [`o.dispatched_at is not null`, `o.topic = any($${params.length})`];
  if (viewer.kind === 'requester') where.push(`o.payload->>'ticketId' = $${params.push(viewer.ticketId)}`);
  return { where: where.join(' and '), params };
}
