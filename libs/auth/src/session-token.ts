import { createHash, randomBytes } from 'node:crypto';

const SESSION_PREFIX = 'tss_';

// Opaque bearer tokens: a prefix naming their kind, then 256 random bits in base64url; only
// their SHA-256 is stored.
export function newToken(prefix: string): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function looksLikeToken(prefix: string, token: string): boolean {
  return token.startsWith(prefix) && /^[A-Za-z0-9_-]{43}$/.test(token.slice(prefix.length));
}

export function newSessionToken(): string {
  return newToken(SESSION_PREFIX);
}

export function looksLikeSessionToken(token: string): boolean {
  return looksLikeToken(SESSION_PREFIX, token);
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
