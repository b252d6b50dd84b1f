import { hashToken, looksLikeSessionToken, looksLikeToken, newSessionToken, newToken } from './session-token';

describe('session tokens', () => {
  it('are random, recognisable and hashed to 32 bytes', () => {
    const a = newSessionToken();
    const b = newSessionToken();
    expect(a).not.toBe(b);
    expect(looksLikeSessionToken(a)).toBe(true);
    expect(hashToken(a)).toHaveLength(32);
    expect(hashToken(a).equals(hashToken(b))).toBe(false);
  });

  it('rejects anything else before touching the database', () => {
    expect(looksLikeSessionToken('')).toBe(false);
    expect(looksLikeSessionToken('tss_short')).toBe(false);
    expect(looksLikeSessionToken('Bearer abc')).toBe(false);
    expect(looksLikeSessionToken(`tss_${'a'.repeat(42)}!`)).toBe(false);
  });

  it('keeps the realms apart by prefix', () => {
    const requester = newSessionToken('tsr_');
    expect(requester).toMatch(/^tsr_[A-Za-z0-9_-]{43}$/);
    expect(looksLikeSessionToken(requester, 'tsr_')).toBe(true);
    expect(looksLikeSessionToken(requester)).toBe(false);
    expect(looksLikeSessionToken(newSessionToken(), 'tsr_')).toBe(false);
  });

  it('name their kind by prefix, so a token of one kind is not taken for another', () => {
    const key = newToken('tsk_');
    expect(key).toMatch(/^tsk_[A-Za-z0-9_-]{43}$/);
    expect(looksLikeToken('tsk_', key)).toBe(true);
    expect(looksLikeSessionToken(key)).toBe(false);
    expect(looksLikeToken('tsk_', newSessionToken())).toBe(false);
  });
});
