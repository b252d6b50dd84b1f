// An error answer of the API (RFC 9457 problem+json), or a failure to reach it at all.
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly body: Record<string, unknown> = {},
  ) {
    super(detail || code);
  }

  // Field errors of a 400 answer, by field path, for forms to show beside the field.
  get fields(): Record<string, string> {
    const errors = this.body.errors;
    if (!Array.isArray(errors)) return {};
    const fields: Record<string, string> = {};
    for (const error of errors) {
      if (error && typeof error === 'object' && typeof error.field === 'string') fields[error.field] = Array.isArray(error.problems) ? error.problems.join(', ') : '';
    }
    return fields;
  }
}

export function toProblem(status: number, body: unknown): ApiProblem {
  if (body && typeof body === 'object') {
    const problem = body as Record<string, unknown>;
    return new ApiProblem(status, String(problem.code ?? `http.${status}`), String(problem.detail ?? ''), problem);
  }
  return new ApiProblem(status, status === 0 ? 'network' : `http.${status}`, '');
}

export function isProblem(error: unknown, code?: string): error is ApiProblem {
  return error instanceof ApiProblem && (code === undefined || error.code === code);
}

// What the server said about a refused request (a 4xx problem), in the language the client asked
// for with Accept-Language; null for anything else (network, 5xx), where pages say it themselves.
export function problemText(error: unknown): string | null {
  return error instanceof ApiProblem && error.status >= 400 && error.status < 500 && error.detail ? error.detail : null;
}
