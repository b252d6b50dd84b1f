import { EntityManager } from 'typeorm';

// Numbers the rows of an ordered rule table (filters, triggers) 1..n in the given order.
export async function renumberRules(manager: EntityManager, table: 'ticket_filters' | 'triggers', ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await manager.query(
    `update ${table} r set position = o.position
       from unnest($1::uuid[]) with ordinality as o(id, position) where r.id = o.id and r.position <> o.position`,
    [ids],
  );
}
