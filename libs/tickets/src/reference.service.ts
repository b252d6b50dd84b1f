import { Injectable } from '@nestjs/common';
import { TenantDatabase, isUuid } from '@tessera/database';
import { parseReferenceFormat, randomReference, referenceFormatProblem, sequenceReference } from './reference-format';
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

  // The number the next ticket of a counter format gets.
  async nextNumber(formatText: string): Promise<number> {
    this.counterFormat(formatText);
    const [row] = await this.db.manager.query('select last_value from ticket_counters where format = $1', [formatText]);
    return Number(row?.last_value ?? 0) + 1;
  }

  // Continues a counter at `next` (a numbering carried over from another system, Ticket#11545
  // say). Only upwards: a number already handed out is never handed out again.
  async continueAt(formatText: string, next: number): Promise<number> {
    this.counterFormat(formatText);
    const [row] = await this.db.manager.query('select last_value from ticket_counters where format = $1 for update', [formatText]);
    const current = Number(row?.last_value ?? 0) + 1;
    if (next < current) {
      throw new TicketError(TicketErrorCode.Invalid, `The counter of "${formatText}" is at ${current} already; it may only go up`, { field: 'nextNumber', current });
    }
    await this.db.manager.query(
      `insert into ticket_counters (tenant_id, format, last_value) values (tessera_current_tenant(), $1, $2)
       on conflict (tenant_id, format) do update set last_value = excluded.last_value`,
      [formatText, next - 1],
    );
    return next;
  }

  private counterFormat(formatText: string): void {
    const problem = referenceFormatProblem(formatText);
    if (problem) throw new TicketError(TicketErrorCode.Invalid, `The reference format "${formatText}" ${problem}`, { field: 'format' });
    if (parseReferenceFormat(formatText).kind !== 'sequence') {
      throw new TicketError(TicketErrorCode.Invalid, `The reference format "${formatText}" draws random digits and has no counter`, { field: 'format' });
    }
  }

  // The references of these tickets (those that still exist), by ticket id.
  async ofTickets(ids: string[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter(isUuid))];
    if (wanted.length === 0) return new Map();
    const rows: { id: string; reference: string }[] = await this.db.manager.query('select id, reference from tickets where id = any($1::uuid[])', [wanted]);
    return new Map(rows.map((row) => [row.id, row.reference]));
  }
}
