import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { refusalOf, unavailabilityOf } from '@tessera/database';
import { DomainError, ErrorKind, problemType } from '@tessera/errors';
import type { Request, Response } from 'express';

const STATUS: Record<ErrorKind, number> = {
  invalid: HttpStatus.BAD_REQUEST,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  gone: HttpStatus.GONE,
  moved: HttpStatus.PERMANENT_REDIRECT,
  too_large: HttpStatus.PAYLOAD_TOO_LARGE,
  rate_limited: HttpStatus.TOO_MANY_REQUESTS,
  unavailable: HttpStatus.SERVICE_UNAVAILABLE,
};

const HTTP_CODES: Record<number, string> = {
  400: 'request.bad-request',
  401: 'auth.unauthenticated',
  403: 'auth.forbidden',
  404: 'http.not-found',
  405: 'http.method-not-allowed',
  406: 'http.not-acceptable',
  409: 'http.conflict',
  413: 'request.too-large',
  415: 'request.unsupported-media-type',
  429: 'http.rate-limited',
};

interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  requestId?: string;
  [member: string]: unknown;
}

// Every error leaves as application/problem+json (RFC 9457) with a stable `type`.
// Unexpected errors are logged with their stack and answered without it.
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<Request & { id?: string }>();
    const response = context.getResponse<Response>();
    const problem = this.toProblem(error, request);
    if (problem.status >= 500) this.logger.error({ err: error, requestId: request.id }, 'request failed');
    if (response.headersSent) return;
    if (problem.status === HttpStatus.UNAUTHORIZED) response.setHeader('WWW-Authenticate', 'Bearer');
    if (typeof problem.retryAfter === 'number') response.setHeader('Retry-After', String(problem.retryAfter));
    if (typeof problem.location === 'string') response.setHeader('Location', problem.location);
    response.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }

  private toProblem(thrown: unknown, request: Request & { id?: string }): Problem {
    // A constraint the request's data broke (a row that does not exist, a duplicate, a bad
    // value) is the caller's 4xx, never a 500, even where no service checked first; a database
    // out of reach is a 503 the caller may retry.
    const error = refusalOf(thrown) ?? unavailabilityOf(thrown) ?? thrown;
    const base = { instance: request.originalUrl, requestId: request.id };
    if (error instanceof DomainError) {
      const status = STATUS[error.kind];
      const moved = error.kind === 'moved' ? movedLocation(request.originalUrl, error.details) : {};
      return {
        ...moved, ...error.details, type: problemType(error.code), title: title(status), status, detail: error.message, code: error.code, ...base };
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const code = HTTP_CODES[status] ?? `http.${status}`;
      const body = error.getResponse();
      const detail = typeof body === 'string' ? body : messageOf(body) ?? error.message;
      return { type: problemType(code), title: title(status), status, detail, code, ...base };
    }
    // Errors from body parsing arrive as plain errors with a status (malformed JSON, too large).
    const status = (error as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const code = (error as { type?: string }).type === 'entity.parse.failed' ? 'request.malformed-json' : HTTP_CODES[status] ?? `http.${status}`;
      return { type: problemType(code), title: title(status), status, detail: (error as Error).message, code, ...base };
    }
    return {
      type: problemType('server.internal'),
      title: title(500),
      status: 500,
      detail: 'Something went wrong on our side; the request id identifies it in the logs',
      code: 'server.internal',
      ...base,
    };
  }
}

// A renamed instance: the same URL with the slug segment (after /t/ or /tenants/) replaced.
function movedLocation(url: string, details: Record<string, unknown>): { location?: string } {
  const { from, to } = details as { from?: string; to?: string };
  if (!from || !to) return {};
  return { location: url.replace(new RegExp(`^(/api/v1/(?:t|platform/tenants)/)${from}(?=/|\\?|$)`), `$1${to}`) };
}

function messageOf(body: object): string | undefined {
  const message = (body as { message?: unknown }).message;
  return Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : undefined;
}

function title(status: number): string {
  const titles: Record<number, string> = {
    308: 'Moved permanently',
    400: 'Bad request',
    401: 'Unauthenticated',
    403: 'Forbidden',
    404: 'Not found',
    409: 'Conflict',
    410: 'Gone',
    413: 'Request too large',
    429: 'Too many requests',
    500: 'Internal error',
    503: 'Service unavailable',
  };
  return titles[status] ?? 'Error';
}
