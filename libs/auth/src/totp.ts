import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// One-time passwords as authenticator apps make them: HOTP (RFC 4226) over 30-second time steps
// (RFC 6238), HMAC-SHA-1, six digits. Pure; the caller keeps the secret and the last step used.

export const TOTP_STEP_SECONDS = 30;
export const TOTP_DIGITS = 6;
// Steps accepted either side of now: clocks of phones drift, and typing takes time.
export const TOTP_WINDOW = 1;

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Buffer {
  const clean = text.toUpperCase().replace(/[\s=-]/g, '');
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of clean) {
    const index = BASE32.indexOf(char);
    if (index < 0) throw new Error(`Not base32: ${char}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

// 160 random bits, the length RFC 4226 recommends, in base32 as apps take them.
export function newTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

export type HmacAlgorithm = 'sha1' | 'sha256' | 'sha512';

export function hotp(key: Buffer, counter: number, digits = TOTP_DIGITS, algorithm: HmacAlgorithm = 'sha1'): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(algorithm, key).update(message).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const binary = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return String(binary).padStart(digits, '0');
}

export function totpStep(at: Date): number {
  return Math.floor(at.getTime() / 1000 / TOTP_STEP_SECONDS);
}

export function totp(key: Buffer, at: Date, digits = TOTP_DIGITS, algorithm: HmacAlgorithm = 'sha1'): string {
  return hotp(key, totpStep(at), digits, algorithm);
}

// The time step a code belongs to, within the window around `at` and after `lastStep` (a code
// once accepted, or one older than it, never works again); null when it matches none.
export function matchTotp(secret: string, code: string, at: Date, lastStep: number | null): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const key = base32Decode(secret);
  const now = totpStep(at);
  let found: number | null = null;
  for (let step = now - TOTP_WINDOW; step <= now + TOTP_WINDOW; step++) {
    // Every candidate is compared, so the time taken does not tell which step matched.
    const same = timingSafeEqual(Buffer.from(hotp(key, step)), Buffer.from(code));
    if (same && found === null && (lastStep === null || step > lastStep)) found = step;
  }
  return found;
}

// What authenticator apps read from the QR code (Key Uri Format).
export function otpauthUri(issuer: string, account: string, secret: string): string {
  const label = encodeURIComponent(`${issuer}:${account}`);
  const query = new URLSearchParams({ secret, issuer, algorithm: 'SHA1', digits: String(TOTP_DIGITS), period: String(TOTP_STEP_SECONDS) });
  return `otpauth://totp/${label}?${query.toString()}`;
}
