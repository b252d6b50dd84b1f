import { DomainError } from '@tessera/errors';
import { decodeCursor, encodeCursor, pageOf } from './cursor';
import { newId } from './uuid';

describe('cursor', () => {
  it('round-trips an id', () => {
    const id = newId();
    expect(decodeCursor(encodeCursor(id))).toBe(id);
  });

  it('refuses a cursor it did not make', () => {
    expect(() => decodeCursor('bm90LWFuLWlk')).toThrow(DomainError);
    expect(() => decodeCursor("'; drop table tenants; --")).toThrow(/cursor/);
  });

  it('pages with one extra row that only says another page follows', () => {
    const rows = [newId(), newId(), newId()].map((id) => ({ id }));
    expect(pageOf(rows, 2)).toEqual({ items: rows.slice(0, 2), nextCursor: encodeCursor(rows[1].id) });
    expect(pageOf(rows, 3)).toEqual({ items: rows, nextCursor: null });
  });
});
