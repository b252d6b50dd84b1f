import { DomainError } from '@tessera/errors';
import { isUtf8 } from 'node:buffer';
import type { IncomingMessage } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

// The bounds every request is held to before any route sees it (docs/api.md, "Limits").
export const BODY_MAX_BYTES = 1024 * 1024;
export const BODY_MAX_DEPTH = 32;
export const BODY_MAX_VALUES = 20_000;

const INVALID_UTF8 = Symbol('invalid UTF-8 body');

// A lone (or reversed) UTF-16 surrogate, or a NUL: neither is text PostgreSQL or the validators
// can hold, and no client sends either on purpose.
const NOT_TEXT = /\0|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

// body-parser's verify hook: sees the raw bytes of a JSON or form body before they are decoded
// (where bad UTF-8 silently becomes U+FFFD). Marks the request; requestShape refuses it.
export function markInvalidUtf8(request: IncomingMessage, _response: unknown, raw: Buffer, encoding: string): void {
  if (/^utf-?8$/i.test(encoding) && !isUtf8(raw)) (request as IncomingMessage & { [INVALID_UTF8]?: boolean })[INVALID_UTF8] = true;
}

export function invalidText(field: string, what = 'a NUL character or an unpaired UTF-16 surrogate'): DomainError {
  return new DomainError('invalid', 'request.invalid-text', `${field} holds ${what}`, { field });
}

// The first place in a parsed value (JSON, form or multipart body, query) that breaks the
// bounds, as an error. Iterative: a body nested thousands deep must not overflow the stack.
export function shapeProblem(root: unknown, name: string): DomainError | undefined {
  const pending: { value: unknown; field: string; depth: number }[] = [{ value: root, field: name, depth: 0 }];
  let values = 0;
  while (pending.length > 0) {
    const { value, field, depth } = pending.pop()!;
    if (++values > BODY_MAX_VALUES) return new DomainError('too_large', 'request.too-many-values', `${name} holds more than ${BODY_MAX_VALUES} values`, { field: name, max: BODY_MAX_VALUES });
    if (typeof value === 'string') {
      if (NOT_TEXT.test(value)) return invalidText(field);
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= BODY_MAX_DEPTH) return new DomainError('invalid', 'request.too-deep', `${name} is nested deeper than ${BODY_MAX_DEPTH} levels`, { field: name, max: BODY_MAX_DEPTH });
    for (const [key, child] of Object.entries(value)) {
      const at = Array.isArray(value) ? `${field}[${key}]` : `${field}.${key}`;
      if (NOT_TEXT.test(key)) return invalidText(at, 'a field name with a NUL character or an unpaired UTF-16 surrogate');
      pending.push({ value: child, field: at, depth: depth + 1 });
    }
  }
  return undefined;
}

function pathProblem(path: string): DomainError | undefined {
  for (const segment of path.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return invalidText('path', 'a segment that is not percent-encoded UTF-8');
    }
    if (NOT_TEXT.test(decoded)) return invalidText('path');
  }
  return undefined;
}

type UploadedFile = { fieldname: string; originalname: string };

// Multipart file names arrive as Latin-1 readings of the bytes the client sent.
function fileProblem(files: unknown): DomainError | undefined {
  for (const file of (Array.isArray(files) ? files : []) as UploadedFile[]) {
    const bytes = Buffer.from(file.originalname, 'latin1');
    if (!isUtf8(bytes) || NOT_TEXT.test(bytes.toString('utf8'))) return invalidText('files', 'a file name that is not valid UTF-8 text');
  }
  return undefined;
}

// One gate for every route, after the body parsers and the multipart parser and before routing:
// path segments, query values, body strings and keys, and file names must be valid text without
// NUL; bodies stay within BODY_MAX_DEPTH and BODY_MAX_VALUES (their bytes are bounded by the
// parsers). Anything else answers 400 (413) problem+json before validation sees it.
export function requestShape(): RequestHandler {
  return (request: Request, _response: Response, next: NextFunction) => {
    const raw = request as Request & { [INVALID_UTF8]?: boolean; files?: unknown };
    const problem =
      pathProblem(request.path) ??
      shapeProblem(request.query, 'query') ??
      (raw[INVALID_UTF8] ? invalidText('body', 'bytes that are not valid UTF-8') : undefined) ??
      (Buffer.isBuffer(request.body) ? undefined : shapeProblem(request.body, 'body')) ??
      fileProblem(raw.files);
    next(problem);
  };
}
