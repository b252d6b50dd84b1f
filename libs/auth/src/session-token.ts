import { createHash, randomBytes } from 'node:crypto';

// Each realm's tokens carry their own prefix, so a token shows at a glance where it belongs and a
// token of one realm is refused by another before any lookup.
export const STAFF_TOKEN_PREFIX = 'tss_';

// Opaque bearer tokens: a prefix naming their kind, then 256 random bits in base64url; only
// their SHA-256 is stored.
export function newToken(prefix: string): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function looksLikeToken(prefix: string, token: string): boolean {
  return token.startsWith(prefix) && /^[A-Za-z0-9_-]{43}$/.test(token.slice(prefix.length));
}

export function newSessionToken(prefix = STAFF_TOKEN_PREFIX): string {
  return newToken(prefix);
}

export function looksLikeSessionToken(token: string, prefix = STAFF_TOKEN_PREFIX): boolean {
  return looksLikeToken(prefix, token);
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
