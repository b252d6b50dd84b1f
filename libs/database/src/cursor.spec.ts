import { DomainError } from '@tessera/errors';
import { decodeCursor, decodeKeyCursor, encodeCursor, encodeKeyCursor, pageOf } from './cursor';
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

describe('key cursor', () => {
  it('round-trips a sort value and id', () => {
    const id = newId();
    expect(decodeKeyCursor(encodeKeyCursor({ key: '2026-11-22T10:00:00.000Z', id }))).toEqual({ key: '2026-11-22T10:00:00.000Z', id });
    expect(decodeKeyCursor(encodeKeyCursor({ key: 3, id }))).toEqual({ key: 3, id });
  });

  it.each(['', 'not json', Buffer.from('[1]').toString('base64url'), Buffer.from('[{"a":1},"x"]').toString('base64url')])(
    'refuses %p',
    (cursor) => expect(() => decodeKeyCursor(cursor)).toThrow(/cursor/),
  );
});
