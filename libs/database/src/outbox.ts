import { Injectable } from '@nestjs/common';
import { EventKind, EventPayloads } from '@tessera/events';
import { ClsService } from 'nestjs-cls';
import { Column, Entity, EntityManager, PrimaryColumn } from 'typeorm';
import { jsonColumn, storableJson } from './json-column';
import { TenantDatabase } from './tenant-database';
import { newId } from './uuid';

// A JSON document as stored in jsonb columns (kept shallow: TypeORM's partial-entity types
// cannot expand a recursive JSON type).
export type Json = string | number | boolean | null | object;
export type JsonObject = { [key: string]: Json };

// An event waiting to be relayed by the worker to its consumers (mail, live streams, ...); its
// topic is the event's kind.
@Entity({ name: 'outbox' })
export class OutboxMessage {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') topic!: string;
  @Column(jsonColumn()) payload!: JsonObject;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'dispatched_at', nullable: true }) dispatchedAt!: Date | null;
  @Column('jsonb', { nullable: true }) origin!: EventOrigin | null;
}

// The trigger whose action wrote an event, and the trigger executions of its chain so far.
export interface EventOrigin {
  triggerId: string;
  runs: number;
}

const ORIGIN = 'tessera.eventOrigin';

// Writes side effects in the current tenant transaction: they exist exactly when the change
// that causes them commits.
@Injectable()
export class Outbox {
  constructor(
    private readonly db: TenantDatabase,
    private readonly cls: ClsService,
  ) {}

  // Runs `work` with every event it writes marked as caused by a trigger: the loop guard of
  // triggers reads it back from the message.
  async causedBy<T>(origin: EventOrigin, work: () => Promise<T>): Promise<T> {
    return this.cls.run({ ifNested: 'inherit' }, () => {
      this.cls.set(ORIGIN, origin);
      return work();
    });
  }

  // The event's kind is the message's topic; the payload must be that kind's (event catalogue).
  // `manager`: the tenant transaction's, when the caller was handed it.
  async add<K extends EventKind>(kind: K, payload: EventPayloads[K], manager: EntityManager = this.db.manager): Promise<string> {
    const id = newId();
    const origin = this.cls.isActive() ? (this.cls.get<EventOrigin | undefined>(ORIGIN) ?? null) : null;
    await manager.query('insert into outbox (tenant_id, id, topic, payload, origin) values ($1, $2, $3, $4, $5)', [
      this.db.tenant.id,
      id,
      kind,
      storableJson(payload as unknown as JsonObject),
      origin ? JSON.stringify(origin) : null,
    ]);
    return id;
  }

  // Housekeeping, in the tenant transaction: a relay that stopped between claiming an instance's
  // signals and draining it leaves messages without one; signal the instance again when anything
  // waits for too long.
  async flagStale(): Promise<boolean> {
    const rows = await this.db.manager.query(
      `insert into outbox_signals (signalled_tenant_id)
       select tessera_current_tenant()
        where exists (select 1 from outbox where dispatched_at is null and created_at < now() - interval '1 minute')
          and not exists (select 1 from outbox_signals where signalled_tenant_id = tessera_current_tenant())
       returning 1`,
    );
    return rows.length > 0;
  }

  // Housekeeping, in the tenant transaction: deletes relayed messages older than the retention,
  // the oldest first and at most `batch` of them (the next run goes on), and answers how many.
  async purgeDispatched(retentionDays: number, batch = 5000): Promise<number> {
    const [{ purged }] = await this.db.manager.query(
      `with gone as (
         delete from outbox where (tenant_id, id) in (
           select tenant_id, id from outbox
            where dispatched_at < now() - make_interval(days => $1)
            order by dispatched_at limit $2)
         returning 1)
       select count(*)::int as purged from gone`,
      [retentionDays, batch],
    );
    return purged;
  }
}
