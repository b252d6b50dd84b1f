import { parseReferenceFormat } from '@tessera/directory';
import { findReference, referenceTag, withoutReplyPrefixes } from './subject-reference';

describe('findReference', () => {
  it.each([
    ['[suport#310] Printer', 'suport#310'],
    ['Re: [suport#310] Printer', 'suport#310'],
    ['AW: WG: RV: SV: Antw: Fwd: [suport#310] Printer', 'suport#310'],
    ['RE:[ SUPORT#310 ] Printer', 'suport#310'],
    ['Printer (suport#310)', 'suport#310'],
    ['Printer suport#310.', 'suport#310'],
    ['Printer [suport#311] and suport#310', 'suport#311'],
  ])('finds %p', (subject, reference) => {
    expect(findReference(subject, 'suport#{n}')).toBe(reference);
  });

  it.each(['Printer', 'xsuport#310', 'suport#310x', 'suport#310-2', 'suport#3.10', 'suport#', 'suport 310'])('finds nothing in %p', (subject) => {
    expect(findReference(subject, 'suport#{n}')).toBeNull();
  });

  it('reads the corpus format and a padded one', () => {
    expect(findReference('AW: Ticket Templates [Ticket#11168]', 'Ticket#{n}')).toBe('Ticket#11168');
    expect(findReference('Re: HD-000042-X broken', 'HD-{n:6}-X')).toBe('HD-000042-X');
    expect(findReference('Re: HD-42-X broken', 'HD-{n:6}-X')).toBeNull();
  });

  it('reads random-digit formats, and bare numbers only in brackets', () => {
    expect(findReference('Re: T-123456 broken', 'T-######')).toBe('T-123456');
    expect(findReference('Re: T-1234567 broken', 'T-######')).toBeNull();
    expect(findReference('Re: [123456] broken', parseReferenceFormat('######'))).toBe('123456');
    expect(findReference('Invoice 123456', '######')).toBeNull();
    expect(findReference('Order 310', '{n}')).toBeNull();
    expect(findReference('Re: [310] Order', '{n}')).toBe('310');
  });

  it('tags outgoing subjects and strips reply prefixes', () => {
    expect(referenceTag('suport#310')).toBe('[suport#310]');
    expect(withoutReplyPrefixes('Re: AW: Fwd: RV: SV: Antw: Printer')).toBe('Printer');
    expect(withoutReplyPrefixes('Re[2]: Printer')).toBe('Printer');
    expect(withoutReplyPrefixes('Reading list')).toBe('Reading list');
  });
});
