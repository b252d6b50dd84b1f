import { DomainError, ErrorKind } from '@tessera/errors';

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

// PostgreSQL's SQLSTATE classes a request can cause with data it sent: each is the caller's
// mistake (or a race it lost), never the server's. The kinds and codes of docs/api.md.
const REFUSALS: Record<string, { kind: ErrorKind; code: string; message: string }> = {
  '23503': { kind: 'invalid', code: 'request.invalid-reference', message: 'refers to something that does not exist here' },
  '23505': { kind: 'conflict', code: 'request.duplicate', message: 'is already taken' },
  '23514': { kind: 'invalid', code: 'request.constraint', message: 'breaks a rule of the stored data' },
  '23502': { kind: 'invalid', code: 'request.constraint', message: 'is required' },
  '23P01': { kind: 'conflict', code: 'request.duplicate', message: 'overlaps with an existing entry' },
  '22P02': { kind: 'invalid', code: 'request.invalid-value', message: 'is not in the form expected' },
  '22001': { kind: 'invalid', code: 'request.invalid-value', message: 'is too long' },
  '22003': { kind: 'invalid', code: 'request.invalid-value', message: 'is out of range' },
  '22007': { kind: 'invalid', code: 'request.invalid-value', message: 'is not a valid date or time' },
  '22008': { kind: 'invalid', code: 'request.invalid-value', message: 'is not a valid date or time' },
  '22021': { kind: 'invalid', code: 'request.invalid-text', message: 'is not valid text' },
  '22P05': { kind: 'invalid', code: 'request.invalid-text', message: 'is not valid text' },
  '40001': { kind: 'conflict', code: 'request.retry', message: 'raced with another change; try again' },
  '40P01': { kind: 'conflict', code: 'request.retry', message: 'raced with another change; try again' },
};

interface PostgresError {
  code?: unknown;
  column?: unknown;
  detail?: unknown;
  constraint?: unknown;
}

const camel = (name: string) => name.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());

// The field a violation is about, as the API names fields: the column of a not-null violation,
// or the last key column other than tenant_id in "Key (tenant_id, assignee_staff_id)=(...)".
function fieldOf(error: PostgresError): string | undefined {
  if (typeof error.column === 'string') return camel(error.column);
  const columns = typeof error.detail === 'string' ? /^Key \(([^)]+)\)/.exec(error.detail)?.[1] : undefined;
  const column = columns?.split(',').map((c) => c.trim()).filter((c) => c !== 'tenant_id').pop();
  return column ? camel(column.replace(/^lower\((.*)\)$/, '$1').replace(/"/g, '')) : undefined;
}

// A driver error the request caused, as the problem the caller gets (4xx); undefined for any
// other error. The last guard: services check what they can first and name the field better.
export function refusalOf(error: unknown): DomainError | undefined {
  if (error instanceof DomainError || typeof error !== 'object' || error === null) return undefined;
  const failure = error as PostgresError;
  const refusal = typeof failure.code === 'string' ? REFUSALS[failure.code] : undefined;
  if (!refusal) return undefined;
  const field = fieldOf(failure);
  return new DomainError(refusal.kind, refusal.code, `${field ?? 'A value of the request'} ${refusal.message}`, field ? { field } : {});
}

// How long a client is asked to wait (Retry-After) while the database is unreachable.
export const UNAVAILABLE_RETRY_SECONDS = 5;

// SQLSTATE classes of a lost or refused connection: 08 (connection exception), 57P01-57P03
// (the server shutting down or starting up), 53300 (too many connections).
const UNREACHABLE_STATES = /^(08|57P0[123]$|53300$)/;
// The driver's own words for a connection that broke or never came (no SQLSTATE there).
const UNREACHABLE_MESSAGES = /Connection terminated|connection error|timeout exceeded when trying to connect|not queryable|ECONNREFUSED|ECONNRESET|EPIPE/i;
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// TypeORM releases a transaction's connection when the connection fails; the transaction's next
// query then throws one of these instead of the driver's error.
const RELEASED_UNDER_US = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

// The database being unreachable (down, restarting, overloaded) as the problem the caller gets:
// 503 with Retry-After, never a 500. Undefined for any other error.
export function unavailabilityOf(error: unknown): DomainError | undefined {
  if (error instanceof DomainError || typeof error !== 'object' || error === null) return undefined;
  const { code, message, name } = error as { code?: unknown; message?: unknown; name?: unknown };
  const unreachable =
    (typeof name === 'string' && RELEASED_UNDER_US.has(name)) ||
    (typeof code === 'string' && (UNREACHABLE_STATES.test(code) || UNREACHABLE_CODES.has(code))) ||
    (typeof message === 'string' && UNREACHABLE_MESSAGES.test(message));
  if (!unreachable) return undefined;
  return new DomainError('unavailable', 'service.unavailable', 'The database is unreachable for the moment; try again shortly', {
    retryAfter: UNAVAILABLE_RETRY_SECONDS,
  });
}
