import { isOperatorToken } from './operator-token';

describe('isOperatorToken', () => {
  const token = 'x'.repeat(40);

  it('accepts only the configured token', () => {
    expect(isOperatorToken(token, token)).toBe(true);
    expect(isOperatorToken(token, token + 'y')).toBe(false);
    expect(isOperatorToken(token, 'x')).toBe(false);
  });

  it('refuses everything when no token is configured', () => {
    expect(isOperatorToken(null, '')).toBe(false);
    expect(isOperatorToken(null, token)).toBe(false);
    expect(isOperatorToken(token, null)).toBe(false);
  });
});
