import { newId } from '@tessera/database';
import { EntityManager } from 'typeorm';

// Puts tags (valid names, in their one spelling) on a ticket, in the tenant transaction: new
// names join the instance's list. Answers the ones the ticket did not have, by name.
export async function putTags(manager: EntityManager, ticketId: string, names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  await manager.query(
    `insert into tags (tenant_id, id, name) select tessera_current_tenant(), id, name from unnest($1::uuid[], $2::text[]) as wanted (id, name)
     on conflict (tenant_id, name) do nothing`,
    [names.map(() => newId()), names],
  );
  const added: { name: string }[] = await manager.query(
    `with added as (
       insert into ticket_tags (tenant_id, ticket_id, tag_id)
       select tessera_current_tenant(), $1, g.id from tags g where g.name = any($2::text[])
       on conflict do nothing returning tag_id)
     select g.name from added a join tags g on g.tenant_id = tessera_current_tenant() and g.id = a.tag_id order by g.name`,
    [ticketId, names],
  );
  return added.map((row) => row.name);
}
