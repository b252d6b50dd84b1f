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
