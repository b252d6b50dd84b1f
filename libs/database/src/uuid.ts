import { v7 } from 'uuid';

// Time-ordered ids keep B-tree inserts local and sort by creation.
export function newId(): string {
  return v7();
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
