import createClient, { type Middleware } from 'openapi-fetch';
import { toProblem } from './problem';
import type { paths } from './schema';
import { SAFE_METHODS, csrfToken, realmOf } from './session';

// Asks the sign-in routes for a cookie session instead of a token in the body, and adds the CSRF
// token of the realm to unsafe requests.
const browserSession: Middleware = {
  onRequest({ request }) {
    request.headers.set('X-Tessera-Session', 'cookie');
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
