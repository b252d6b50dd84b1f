import { base32Decode, base32Encode, hotp, matchTotp, newTotpSecret, otpauthUri, totp, totpStep } from './totp';

describe('HOTP (RFC 4226, appendix D)', () => {
  const key = Buffer.from('12345678901234567890');
  it.each([
    [0, '755224'],
    [1, '287082'],
    [2, '359152'],
    [3, '969429'],
    [4, '338314'],
    [5, '254676'],
    [6, '287922'],
    [7, '162583'],
    [8, '399871'],
    [9, '520489'],
  ])('counter %i gives %s', (counter, code) => {
    expect(hotp(key, counter)).toBe(code);
  });
});

describe('TOTP (RFC 6238, appendix B)', () => {
  const keys = {
    sha1: Buffer.from('12345678901234567890'),
    sha256: Buffer.from('12345678901234567890123456789012'),
    sha512: Buffer.from('1234567890123456789012345678901234567890123456789012345678901234'),
  };
  it.each([
    [59, '94287082', '46119246', '90693936'],
    [1111111109, '07081804', '68084774', '25091201'],
    [1111111111, '14050471', '67062674', '99943326'],
    [1234567890, '89005924', '91819424', '93441116'],
    [2000000000, '69279037', '90698825', '38618901'],
    [20000000000, '65353130', '77737706', '47863826'],
  ])('at %i s: %s (SHA-1), %s (SHA-256), %s (SHA-512)', (seconds, sha1, sha256, sha512) => {
    const at = new Date(seconds * 1000);
    expect(totp(keys.sha1, at, 8, 'sha1')).toBe(sha1);
    expect(totp(keys.sha256, at, 8, 'sha256')).toBe(sha256);
    expect(totp(keys.sha512, at, 8, 'sha512')).toBe(sha512);
  });
});

describe('matchTotp', () => {
  const secret = base32Encode(Buffer.from('12345678901234567890'));
  const at = new Date(1111111111 * 1000);
  const step = totpStep(at);
  const codeAt = (offset: number) => hotp(base32Decode(secret), step + offset);

  it('takes the code of now and of one step either side, naming its step', () => {
    expect(matchTotp(secret, codeAt(0), at, null)).toBe(step);
    expect(matchTotp(secret, codeAt(-1), at, null)).toBe(step - 1);
    expect(matchTotp(secret, codeAt(1), at, null)).toBe(step + 1);
  });

  it('refuses codes two steps away, malformed codes and wrong codes', () => {
    expect(matchTotp(secret, codeAt(-2), at, null)).toBeNull();
    expect(matchTotp(secret, codeAt(2), at, null)).toBeNull();
    expect(matchTotp(secret, '12345', at, null)).toBeNull();
    expect(matchTotp(secret, 'abcdef', at, null)).toBeNull();
    const wrong = String((Number(codeAt(0)) + 1) % 1_000_000).padStart(6, '0');
    expect([codeAt(-1), codeAt(1)]).not.toContain(wrong);
    expect(matchTotp(secret, wrong, at, null)).toBeNull();
  });

  it('never takes a code of the last accepted step or an older one again', () => {
    expect(matchTotp(secret, codeAt(0), at, step)).toBeNull();
    expect(matchTotp(secret, codeAt(-1), at, step)).toBeNull();
    expect(matchTotp(secret, codeAt(1), at, step)).toBe(step + 1);
  });
});

describe('secrets and URIs', () => {
  it('round-trips base32 and makes 160-bit secrets', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Encode(base32Decode(secret))).toBe(secret);
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
  });

  it('writes the Key Uri Format authenticator apps read', () => {
    expect(otpauthUri('Student office', 'anna@example.org', 'JBSWY3DPEHPK3PXP')).toBe(
      'otpauth://totp/Student%20office%3Aanna%40example.org?secret=JBSWY3DPEHPK3PXP&issuer=Student+office&algorithm=SHA1&digits=6&period=30',
    );
  });
});
