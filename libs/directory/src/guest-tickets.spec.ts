import { guestTicketsAllowed } from './guest-tickets';

describe('guestTicketsAllowed', () => {
  it('lets guests open tickets unless accounts are by invitation only', () => {
    expect(guestTicketsAllowed('open')).toBe(true);
    expect(guestTicketsAllowed('closed')).toBe(true);
    expect(guestTicketsAllowed('invitation')).toBe(false);
  });
});
