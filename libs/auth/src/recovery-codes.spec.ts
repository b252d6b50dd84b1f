import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCode, normalizeRecoveryCode } from './recovery-codes';

describe('recovery codes', () => {
  it('are ten unambiguous characters in two groups, each one new', () => {
    const codes = Array.from({ length: 50 }, newRecoveryCode);
    for (const code of codes) expect(code).toMatch(/^[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}$/);
    expect(new Set(codes).size).toBe(50);
  });

  it('match however they are typed: case, spaces and dashes', () => {
    expect(normalizeRecoveryCode(' abcde - 23456 ')).toBe('ABCDE23456');
    expect(hashRecoveryCode('abcde23456').equals(hashRecoveryCode('ABCDE-23456'))).toBe(true);
    expect(hashRecoveryCode('ABCDE-23457').equals(hashRecoveryCode('ABCDE-23456'))).toBe(false);
  });

  it('are told apart from six-digit codes and from anything else', () => {
    expect(looksLikeRecoveryCode('abcde-23456')).toBe(true);
    expect(looksLikeRecoveryCode('123456')).toBe(false);
    expect(looksLikeRecoveryCode('ABCDE-0OOOO')).toBe(false);
  });
});
