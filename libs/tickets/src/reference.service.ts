import { Injectable } from '@nestjs/common';
import { TenantDatabase, isUuid } from '@tessera/database';
import { parseReferenceFormat, randomReference, sequenceReference } from './reference-format';
import { TicketError, TicketErrorCode } from './ticket.errors';

const RANDOM_ATTEMPTS = 20;

// Hands out ticket references inside the tenant transaction. Counters: one row per format,
// incremented with `insert ... on conflict do update ... returning`, so concurrent creations
// queue on the row lock and each gets its own number. Random digits: drawn until unused; the
// unique index on (tenant_id, reference) stays the last word.
@Injectable()
export class ReferenceService {
  constructor(private readonly db: TenantDatabase) {}

  async next(formatText: string): Promise<string> {
    const format = parseReferenceFormat(formatText);
    if (format.kind === 'sequence') {
      const [row] = await this.db.manager.query(
        `insert into ticket_counters (tenant_id, format, last_value) values (tessera_current_tenant(), $1, 1)
         on conflict (tenant_id, format) do update set last_value = ticket_counters.last_value + 1
         returning last_value`,
        [formatText],
      );
      return sequenceReference(format, BigInt(row.last_value));
    }
    for (let attempt = 0; attempt < RANDOM_ATTEMPTS; attempt++) {
      const candidate = randomReference(format);
      const [taken] = await this.db.manager.query('select 1 from tickets where reference = $1', [candidate]);
      if (!taken) return candidate;
    }
    throw new TicketError(
      TicketErrorCode.ReferenceExhausted,
      `No free reference found for the format "${formatText}"; add more # to it`,
    );
  }

  // The references of these tickets (those that still exist), by ticket id.
  async ofTickets(ids: string[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter(isUuid))];
    if (wanted.length === 0) return new Map();
    const rows: { id: string; reference: string }[] = await this.db.manager.query('select id, reference from tickets where id = any($1::uuid[])', [wanted]);
    return new Map(rows.map((row) => [row.id, row.reference]));
  }
}
