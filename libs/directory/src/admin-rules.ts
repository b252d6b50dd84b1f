import { isForeignKeyViolation, refuseDuplicate } from '@tessera/database';
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { DirectoryError, DirectoryErrorCode, invalidField } from './directory.errors';
import { referenceFormatProblem } from './reference-format';

// The rules every configuration object a manager edits shares: names are unique (409), a row
// something still points at is not deleted (409), trees have no loops, one row is the default.

// A column of another table that points at a row, with what to call those rows in a message.
export interface Usage {
  table: string;
  column: string;
  label: string;
}

export function checkedName(value: string, field = 'name'): string {
  const name = value.trim();
  if (!name) throw invalidField(field, `The ${field} is empty`);
  return name;
}

export function checkedReferenceFormat(format: string): string {
  const problem = referenceFormatProblem(format);
  if (problem) throw invalidField('referenceFormat', `The reference format ${problem}`);
  return format;
}

// Inserts or updates a named row; a taken name (also one taken concurrently) answers 409.
export async function saveNamed<T extends ObjectLiteral & { name: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  row: T,
  what: string,
): Promise<T> {
  await refuseDuplicate(
    () => manager.save(entity, row),
    () => new DirectoryError(DirectoryErrorCode.NameTaken, `There is already a ${what} named "${row.name}"`, { field: 'name' }),
  );
  return row;
}

// The instance's default help topic may be neither deleted nor deactivated.
export const DEFAULT_HELP_TOPIC_USAGE: Usage = { table: 'instance_settings', column: 'default_help_topic_id', label: 'the instance settings (default help topic)' };

// Deletes the row unless something points at it. The foreign keys stay the last word for a
// reference added by a concurrent request after the check.
export async function deleteUnlessUsed(
  manager: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  id: string,
  what: string,
  usages: readonly Usage[],
  hint = '',
): Promise<void> {
  await assertUnused(manager, id, what, usages, hint);
  try {
    await manager.delete(entity, { id });
  } catch (error) {
    if (isForeignKeyViolation(error)) throw inUse(what, ['a record added meanwhile'], hint);
    throw error;
  }
}

export async function assertUnused(manager: EntityManager, id: string, what: string, usages: readonly Usage[], hint = ''): Promise<void> {
  const used = await usedBy(manager, id, usages);
  if (used.length > 0) throw inUse(what, used, hint);
}

export function inUse(what: string, usedBy: string[], hint = ''): DirectoryError {
  return new DirectoryError(DirectoryErrorCode.InUse, `The ${what} is still used by ${usedBy.join(', ')}${hint ? `; ${hint}` : ''}`, {
    usedBy,
  });
}

async function usedBy(manager: EntityManager, id: string, usages: readonly Usage[]): Promise<string[]> {
  if (usages.length === 0) return [];
  // Table and column names come from the code, never from a request.
  const sql = usages
    .map((usage, index) => `select ${index} as usage where exists (select 1 from ${usage.table} where ${usage.column} = $1)`)
    .join(' union all ');
  const rows = (await manager.query(sql, [id])) as { usage: number }[];
  return rows.map((row) => usages[row.usage].label);
}

// Refuses a parent that is the row itself or one of its descendants.
export async function assertNoCycle(manager: EntityManager, table: 'departments' | 'help_topics', id: string, parentId: string): Promise<void> {
  const [row] = (await manager.query(
    `with recursive ancestors (id, parent_id) as (
       select id, parent_id from ${table} where id = $1
       union select t.id, t.parent_id from ${table} t join ancestors a on t.id = a.parent_id
     ) select exists (select 1 from ancestors where id = $2) as cycle`,
    [parentId, id],
  )) as { cycle: boolean }[];
  if (row.cycle) throw invalidField('parentId', 'The parent cannot be the row itself or one of its descendants');
}

// Clears the default flag of every other row, so `id` can be the one default (the partial
// unique index allows one per instance).
export async function clearOtherDefaults(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, id: string): Promise<void> {
  await manager.createQueryBuilder().update(entity).set({ isDefault: false }).where('is_default and id <> :id', { id }).execute();
}

// Statuses and priorities always have exactly one default: it moves, it is never just removed.
export function defaultRequired(): DirectoryError {
  return new DirectoryError(DirectoryErrorCode.DefaultRequired, 'There must be a default; make another one the default first');
}
