import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// The guest link of one person on one ticket: an HMAC of the ticket, the person and a per-link
// salt under the deployment's secret key. Nothing that opens a ticket is stored in the database;
// a new salt revokes the link.

const PREFIX = 'tsg_';

export function newTokenSalt(): Buffer {
  return randomBytes(16);
}

export function guestToken(secretKey: string, tenantId: string, ticketId: string, requesterId: string, salt: Buffer): string {
  const mac = createHmac('sha256', secretKey).update(`${tenantId}:${ticketId}:${requesterId}:`).update(salt).digest('base64url');
  return `${PREFIX}${mac}`;
}

export function guestTokenMatches(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
