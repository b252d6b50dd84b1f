import { openSecret, sealSecret } from './secret-box';

describe('secret box', () => {
  const key = 'k'.repeat(32);

  it('opens what it sealed, and seals the same secret differently each time', () => {
    const a = sealSecret(key, 'imap pässword');
    const b = sealSecret(key, 'imap pässword');
    expect(openSecret(key, a)).toBe('imap pässword');
    expect(a.equals(b)).toBe(false);
    expect(a.includes(Buffer.from('imap'))).toBe(false);
  });

  it('refuses another key, a tampered box and garbage', () => {
    const box = sealSecret(key, 'secret');
    expect(openSecret('j'.repeat(32), box)).toBeNull();
    const tampered = Buffer.from(box);
    tampered[tampered.length - 1] ^= 1;
    expect(openSecret(key, tampered)).toBeNull();
    expect(openSecret(key, Buffer.from('short'))).toBeNull();
    expect(openSecret(key, Buffer.concat([Buffer.from([9]), box.subarray(1)]))).toBeNull();
  });
});
