import { createHash, timingSafeEqual } from 'node:crypto';

// The operator realm has one shared bearer token from the deployment's configuration.
// Compared in constant time over fixed-length digests.
export function isOperatorToken(expected: string | null, presented: string | null): boolean {
  if (!expected || !presented) return false;
  const a = createHash('sha256').update(expected).digest();
  const b = createHash('sha256').update(presented).digest();
  return timingSafeEqual(a, b);
}
