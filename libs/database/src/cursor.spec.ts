import { DomainError } from '@tessera/errors';
import { decodeCursor, encodeCursor } from './cursor';
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
});
