import { guestToken, guestTokenMatches, newTokenSalt } from './guest-token';

describe('guest tokens', () => {
  const key = 'k'.repeat(32);
  const salt = newTokenSalt();

  it('is stable for one person on one ticket and different for anyone or anything else', () => {
    const token = guestToken(key, 't', 'ticket', 'person', salt);
    expect(token).toMatch(/^tsg_[A-Za-z0-9_-]{43}$/);
    expect(guestToken(key, 't', 'ticket', 'person', salt)).toBe(token);
    expect(guestToken(key, 't', 'ticket', 'other', salt)).not.toBe(token);
    expect(guestToken(key, 't', 'other', 'person', salt)).not.toBe(token);
    expect(guestToken(key, 'u', 'ticket', 'person', salt)).not.toBe(token);
    expect(guestToken('j'.repeat(32), 't', 'ticket', 'person', salt)).not.toBe(token);
    expect(guestToken(key, 't', 'ticket', 'person', newTokenSalt())).not.toBe(token);
  });

  it('compares in constant time and refuses other lengths', () => {
    const token = guestToken(key, 't', 'ticket', 'person', salt);
    expect(guestTokenMatches(token, token)).toBe(true);
    expect(guestTokenMatches(token, token.slice(0, -1))).toBe(false);
    expect(guestTokenMatches(token, `${token.slice(0, -1)}x`)).toBe(false);
  });
});
