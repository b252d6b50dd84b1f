import { guestLinkOf, safeNext, ticketPath, withoutGuestLink } from './portal-links';

describe('portal links', () => {
  it('encodes the reference in the ticket path', () => {
    expect(ticketPath('suport#310')).toBe('/tickets/suport%23310');
  });

  it('reads a guest link from the address', () => {
    expect(guestLinkOf('suport#310', '?email=marta%40example.org&token=tsg_abc')).toEqual({ reference: 'suport#310', email: 'marta@example.org', token: 'tsg_abc' });
    expect(guestLinkOf('suport#310', '?email=marta%40example.org')).toBeNull();
    expect(guestLinkOf('suport#310', '')).toBeNull();
  });

  it('takes the guest link out of the address and keeps the rest', () => {
    expect(withoutGuestLink('?email=a%40b.c&token=tsg_abc')).toBe('');
    expect(withoutGuestLink('?email=a%40b.c&token=tsg_abc&tab=reply')).toBe('?tab=reply');
  });

  it('leads back to pages of the portal only', () => {
    expect(safeNext('/tickets/suport%23310')).toBe('/tickets/suport%23310');
    expect(safeNext(null)).toBe('/tickets');
    expect(safeNext('https://evil.example/')).toBe('/tickets');
    expect(safeNext('//evil.example/')).toBe('/tickets');
    expect(safeNext('/\\evil.example')).toBe('/tickets');
  });
});
