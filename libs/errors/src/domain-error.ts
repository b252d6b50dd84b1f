// Domain code throws these; the API maps `kind` to an HTTP status and `code` to a stable
// problem type. Nothing here knows about HTTP, so the worker reuses the same services.

export type ErrorKind =
  | 'invalid' // the request is malformed or breaks a rule
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict' // duplicate, or a write based on a stale version
  | 'gone'
  | 'moved' // the resource answers under another name (a renamed slug)
  | 'too_large' // a body or file over a size limit
  | 'rate_limited'
  | 'unavailable';

export interface ErrorDetails {
  // Extra members of the problem document (RFC 9457 extensions), e.g. the fields that failed.
  [member: string]: unknown;
}

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export function problemType(code: string): string {
  return `urn:tessera:problem:${code}`;
}

// The error class of one bounded context: its codes, each with a fixed kind.
//   export class TicketError extends errorFamily<TicketErrorCode>({ [TicketErrorCode.NotFound]: 'not_found', ... }) {}
export function errorFamily<Code extends string>(kinds: Record<Code, ErrorKind>) {
  return class extends DomainError {
    constructor(code: Code, message: string, details?: ErrorDetails) {
      super(kinds[code], code, message, details);
    }
  };
}
