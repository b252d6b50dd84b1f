import { EntityManager } from 'typeorm';

// Numbers the rows of an ordered rule table (filters, triggers) 1..n in the given order.
export async function renumberRules(manager: EntityManager, table: 'ticket_filters' | 'ticket_triggers', ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await manager.query(
    `update ${table} r set position = o.position
       from unnest($1::uuid[]) with ordinality as o(id, position) where r.id = o.id and r.position <> o.position`,
    [ids],
  );
}

// Where a saved rule goes among the others (in their order): at `wanted`, kept within 1..n+1.
// Answers every id in the new order and the rule's position.
export function placed(others: string[], id: string, wanted: number): { order: string[]; position: number } {
  const position = Math.min(Math.max(wanted, 1), others.length + 1);
  const order = [...others];
  order.splice(position - 1, 0, id);
  return { order, position };
}
