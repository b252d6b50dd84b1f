// PostgreSQL's unique_violation, as raised through the pg driver.
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '23505';
}

// foreign_key_violation: a row still points at the one being deleted, or a write points at a
// row that is gone.
export function isForeignKeyViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '23503';
}

// Runs a write and turns a unique violation into the caller's error. The check that matters is
// the index: a concurrent request may take a name between any lookup and the write. The
// transaction is aborted by the violation, so the error must end the unit of work.
// `duplicate` receives the violated constraint's name, for tables with several unique keys.
export async function refuseDuplicate<T>(write: () => Promise<T>, duplicate: (constraint: string) => Error): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate(String((error as { constraint?: unknown }).constraint ?? ''));
    throw error;
  }
}
