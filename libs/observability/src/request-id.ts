import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const SAFE = /^[A-Za-z0-9._:-]{1,128}$/;

// One request id per request: the caller's X-Request-Id when it is sane, otherwise a new one.
// Memoised on the request so the logger, the async context and the response agree.
export function requestId(req: IncomingMessage & { id?: unknown }): string {
  if (typeof req.id === 'string') return req.id;
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && SAFE.test(given) ? given : randomUUID();
  req.id = id;
  return id;
}

const INSTANCE_PATH = /^\/api\/v1\/t\/([a-z0-9-]{1,64})(?:[/?]|$)/;

export function instanceSlugOf(url: string | undefined): string | undefined {
  return url ? INSTANCE_PATH.exec(url)?.[1] : undefined;
}
