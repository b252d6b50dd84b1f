import { DomainError } from '@tessera/errors';
import { isUuid } from './uuid';

// Cursor pagination over time-ordered ids: the cursor is the last id of the previous page.
export function encodeCursor(id: string): string {
  return Buffer.from(id).toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString();
  if (!isUuid(id)) throw new DomainError('invalid', 'pagination.invalid-cursor', 'The cursor is not one this API returned');
  return id;
}

// Keyset cursors for lists sorted by a column: the sort value and id of the last row.
export interface KeyCursor {
  key: string | number;
  id: string;
}

export function encodeKeyCursor(cursor: KeyCursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString('base64url');
}

export function decodeKeyCursor(cursor: string): KeyCursor {
  try {
    const [key, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown[];
    if ((typeof key === 'string' || typeof key === 'number') && typeof id === 'string' && isUuid(id)) return { key, id };
  } catch {
    // fall through to the same answer as any other foreign cursor
  }
  throw new DomainError('invalid', 'pagination.invalid-cursor', 'The cursor is not one this API returned');
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

// One page from `limit + 1` rows in id order: the extra row only says that another page follows.
export function pageOf<T extends { id: string }>(rows: T[], limit: number): Page<T> {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1].id) : null };
}
