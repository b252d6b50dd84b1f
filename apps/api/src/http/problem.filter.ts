import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { refusalOf, unavailabilityOf } from '@tessera/database';
import { DomainError, ErrorKind, Language, acceptedLanguage, chooseLanguage, problemDetail, problemTitle, problemType } from '@tessera/errors';
import type { Response } from 'express';
import type { PortalRequest } from '../portal/portal-request';
import { ValidationFailure } from './validation-failure';

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

type ProblemRequest = PortalRequest & { id?: string };

// The language of an error answer: the request's Accept-Language, else the signed-in agent's or
// requester's own language, else the instance's default, else English.
export function answerLanguage(request: ProblemRequest): Language {
  const person = request.principal?.language ?? request.requester?.language;
  return chooseLanguage(acceptedLanguage(request.headers['accept-language']), person, request.tenant?.defaultLanguage);
}

// Every error leaves as application/problem+json (RFC 9457) with a stable `type` and `code`;
// `title` and `detail` are in the language of the answer (English: the precise text of the rule
// that refused). Unexpected errors are logged with their stack and answered without it.
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<ProblemRequest>();
    const response = context.getResponse<Response>();
    const language = answerLanguage(request);
    const problem = localized(this.toProblem(error, request), error, language);
    if (problem.status >= 500) this.logger.error({ err: error, requestId: request.id }, 'request failed');
    if (response.headersSent) return;
    if (problem.status === HttpStatus.UNAUTHORIZED) response.setHeader('WWW-Authenticate', 'Bearer');
    if (typeof problem.retryAfter === 'number') response.setHeader('Retry-After', String(problem.retryAfter));
    if (typeof problem.location === 'string') response.setHeader('Location', problem.location);
    response.setHeader('Content-Language', language);
    response.vary('Accept-Language');
    response.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }

  private toProblem(thrown: unknown, request: ProblemRequest): Problem {
    // A constraint the request's data broke (a row that does not exist, a duplicate, a bad
    // value) is the caller's 4xx, never a 500, even where no service checked first; a database
    // out of reach is a 503 the caller may retry.
    const error = refusalOf(thrown) ?? unavailabilityOf(thrown) ?? thrown;
    const base = { instance: request.originalUrl, requestId: request.id };
    if (error instanceof DomainError) {
      const status = STATUS[error.kind];
      const moved = error.kind === 'moved' ? movedLocation(request.originalUrl, error.details) : {};
      return {
        ...moved, ...error.details, type: problemType(error.code), title: problemTitle(status, 'en'), status, detail: error.message, code: error.code, ...base };
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const code = HTTP_CODES[status] ?? `http.${status}`;
      const body = error.getResponse();
      const detail = typeof body === 'string' ? body : messageOf(body) ?? error.message;
      return { type: problemType(code), title: problemTitle(status, 'en'), status, detail, code, ...base };
    }
    // Errors from body parsing arrive as plain errors with a status (malformed JSON, too large).
    const status = (error as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const code = (error as { type?: string }).type === 'entity.parse.failed' ? 'request.malformed-json' : HTTP_CODES[status] ?? `http.${status}`;
      return { type: problemType(code), title: problemTitle(status, 'en'), status, detail: (error as Error).message, code, ...base };
    }
    return {
      type: problemType('server.internal'),
      title: problemTitle(500, 'en'),
      status: 500,
      detail: problemDetail('server.internal', {}, 'en')!,
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

// The problem in the answer's language: the title by status, the detail from the catalogue entry
// of the code (filled with the problem's members, else the entry of its status) and the field
// problems of a validation failure. English keeps the precise text of the rule that refused.
function localized(problem: Problem, thrown: unknown, language: Language): Problem {
  if (language === 'en') return problem;
  const members = thrown instanceof ValidationFailure ? { ...problem, errors: thrown.errorsIn(language) } : problem;
  const detail = problemDetail(problem.code, members, language) ?? problemDetail(HTTP_CODES[problem.status] ?? 'http.error', members, language) ?? problemDetail('http.error', {}, language);
  return { ...members, title: problemTitle(problem.status, language), detail: detail ?? problem.detail };
}
