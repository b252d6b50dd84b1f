import i18next from 'i18next';
import createClient, { type Middleware } from 'openapi-fetch';
import { toProblem } from './problem';
import type { paths } from './schema';
import { SAFE_METHODS, csrfToken, realmOf } from './session';

// Asks the sign-in routes for a cookie session instead of a token in the body, adds the CSRF
// token of the realm to unsafe requests, and asks for error texts in the interface's language.
const browserSession: Middleware = {
  onRequest({ request }) {
    request.headers.set('X-Tessera-Session', 'cookie');
    if (i18next.language) request.headers.set('Accept-Language', i18next.language);
    if (!SAFE_METHODS.has(request.method)) {
      const token = csrfToken(realmOf(new URL(request.url).pathname));
      if (token) request.headers.set('X-CSRF-Token', token);
    }
    return request;
  },
};

export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(browserSession);

// The data of an answer, or its problem thrown (for TanStack Query to hold as the error).
export async function data<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch {
    throw toProblem(0, null);
  }
  if (!result.response.ok) throw toProblem(result.response.status, result.error);
  return result.data as T;
}

// The request options of a route that takes JSON or, with files, the same fields as
// multipart/form-data (replies and notes): `api.POST(path, { params, ...withFiles(body, files) })`.
export function withFiles<Body extends object>(body: Body, files: readonly File[]): { body: Body; bodySerializer?: (body: Body) => FormData } {
  if (files.length === 0) return { body };
  return {
    body,
    bodySerializer: (fields) => {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) if (value !== undefined && value !== null) form.append(name, String(value));
      for (const file of files) form.append('files', file, file.name);
      return form;
    },
  };
}
