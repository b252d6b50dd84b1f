import { createHash, randomBytes } from 'node:crypto';

// Each realm's tokens carry their own prefix, so a token shows at a glance where it belongs and a
// token of one realm is refused by another before any lookup.
export const STAFF_TOKEN_PREFIX = 'tss_';

// Opaque bearer tokens: 256 random bits; only their SHA-256 is stored.
export function newSessionToken(prefix = STAFF_TOKEN_PREFIX): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

export function looksLikeSessionToken(token: string, prefix = STAFF_TOKEN_PREFIX): boolean {
  return token.startsWith(prefix) && /^[A-Za-z0-9_-]{43}$/.test(token.slice(prefix.length));
}
