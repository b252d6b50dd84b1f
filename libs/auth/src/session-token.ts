import { createHash, randomBytes } from 'node:crypto';

const PREFIX = 'tss_';

// Opaque bearer tokens: 256 random bits; only their SHA-256 is stored.
export function newSessionToken(): string {
  return PREFIX + randomBytes(32).toString('base64url');
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

export function looksLikeSessionToken(token: string): boolean {
  return token.startsWith(PREFIX) && /^[A-Za-z0-9_-]{43}$/.test(token.slice(PREFIX.length));
}
