import { Injectable } from '@nestjs/common';
import { Outbox, TenantDatabase } from '@tessera/database';
import { EntityManager } from 'typeorm';
import { putTags } from './tag-writes';
import { MAX_TAGS_PER_TICKET, MAX_TAG_LENGTH, normalizeTag, tagPrefixPattern } from './tag-name';
import { Ticket } from './ticket.entities';
import { TicketError, TicketErrorCode } from './ticket.errors';
import { Actor, TicketService } from './ticket.service';

// How many names completion answers at most.
export const MAX_TAG_SUGGESTIONS = 50;

// Tags on tickets: the instance's list grows with every new name put on a ticket. Adding and
// removing take the tenant transaction's manager, so that an agent's request, a filter on a new
// ticket and a trigger share them; the caller checks who may act. Each change raises the
// ticket's version, leaves a thread event and a ticket.updated outbox event.
@Injectable()
export class TicketTagService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tickets: TicketService,
    private readonly outbox: Outbox,
  ) {}

  // Puts the tags on the ticket; answers the ones it did not have yet. An invalid name, or more
  // than the ticket may hold, refuses them all.
  async add(manager: EntityManager, ticket: Ticket, actor: Actor, names: readonly string[]): Promise<string[]> {
    const wanted = [...new Set(names.map(checkedTag))];
    const tags = await putTags(manager, ticket.id, wanted);
    if (tags.length === 0) return [];
    const [{ count }]: { count: number }[] = await manager.query('select count(*)::int as count from ticket_tags where ticket_id = $1', [ticket.id]);
    if (count > MAX_TAGS_PER_TICKET) {
      throw new TicketError(TicketErrorCode.TooManyTags, `A ticket holds at most ${MAX_TAGS_PER_TICKET} tags`, { field: 'tags', max: MAX_TAGS_PER_TICKET });
    }
    await this.recorded(manager, ticket, actor, 'tagged', tags);
    return tags;
  }

  // Takes the tags off the ticket; answers the ones it had. Names it does not have are no error
  // here: an agent's request turns "none removed" into 404, a trigger does not.
  async remove(manager: EntityManager, ticket: Ticket, actor: Actor, names: readonly string[]): Promise<string[]> {
    const wanted = [...new Set(names.map(normalizeTag).filter((name): name is string => name !== null))];
    if (wanted.length === 0) return [];
    const removed: { name: string }[] = await manager.query(
      `with gone as (
         delete from ticket_tags tt using tags g
          where tt.ticket_id = $1 and g.tenant_id = tt.tenant_id and g.id = tt.tag_id and g.name = any($2::text[])
         returning g.name)
       select name from gone order by name`,
      [ticket.id, wanted],
    );
    const tags = removed.map((row) => row.name);
    if (tags.length > 0) await this.recorded(manager, ticket, actor, 'untagged', tags);
    return tags;
  }

  // The ticket's tags, by name.
  async of(ticketId: string): Promise<string[]> {
    const rows: { name: string }[] = await this.db.manager.query(
      'select g.name from ticket_tags tt join tags g on g.tenant_id = tt.tenant_id and g.id = tt.tag_id where tt.ticket_id = $1 order by g.name',
      [ticketId],
    );
    return rows.map((row) => row.name);
  }

  // The instance's tags starting with `prefix`, alphabetically (the prefix index answers it).
  async complete(prefix: string, limit: number): Promise<string[]> {
    const rows: { name: string }[] = await this.db.manager.query(
      `select name from tags where name like $1 escape '\\' order by name limit $2`,
      [tagPrefixPattern(prefix), Math.min(Math.max(limit, 1), MAX_TAG_SUGGESTIONS)],
    );
    return rows.map((row) => row.name);
  }

  private async recorded(manager: EntityManager, ticket: Ticket, actor: Actor, event: 'tagged' | 'untagged', tags: string[]): Promise<void> {
    await this.tickets.update(ticket, {}, ticket.version, manager);
    await this.tickets.appendEntry(ticket, actor, { kind: 'event', visibility: 'internal', event, data: { tags } }, manager);
    await this.outbox.add('ticket.updated', { ticketId: ticket.id, change: 'tags' }, manager);
  }
}

function checkedTag(raw: string): string {
  const name = normalizeTag(raw);
  if (name === null) {
    throw new TicketError(TicketErrorCode.InvalidTag, `"${raw}" is not a tag: 1 to ${MAX_TAG_LENGTH} letters or digits, with - _ . / inside`, {
      field: 'tags',
      tag: raw,
      max: MAX_TAG_LENGTH,
    });
  }
  return name;
}
