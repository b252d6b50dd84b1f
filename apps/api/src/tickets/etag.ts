import { DomainError } from '@tessera/errors';
import type { Response } from 'express';

// Tickets carry their version as a strong ETag; writers send it back in If-Match. The answer also
// says who is replying right now, which changes without a new version: it is never stored, so a
// browser never revalidates it into a 304 that would hide a colleague's lock.
export function setTicketEtag(response: Response, version: number): void {
  response.setHeader('ETag', `"${version}"`);
  response.setHeader('Cache-Control', 'no-store');
}

// The version an If-Match header asks for, or undefined when absent or `*`.
export function expectedVersion(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(header);
  if (!match) throw new DomainError('invalid', 'request.invalid-if-match', 'If-Match must be one ETag of this ticket, like "3"');
  return Number(match[1]);
}
