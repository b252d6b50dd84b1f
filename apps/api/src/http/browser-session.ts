import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor, SetMetadata, UseInterceptors, applyDecorators } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiHeader } from '@nestjs/swagger';
import { AuthError, AuthErrorCode } from '@tessera/auth';
import { CONFIG, Config } from '@tessera/config';
import type { Request, Response } from 'express';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { Observable, map } from 'rxjs';
import { bearerToken } from './bearer-token';

// Browsers keep their session in an HttpOnly cookie of the instance (and realm) instead of a
// token the page could read. The sign-in routes set it when asked with this header; API clients
// go on sending bearer tokens and never meet a cookie.
export const SESSION_HEADER = 'x-tessera-session';
export const CSRF_HEADER = 'x-csrf-token';

export type SessionRealm = 'staff' | 'requester';

const COOKIE: Record<SessionRealm, string> = { staff: 'tessera_staff', requester: 'tessera_requester' };

// Each instance's cookies go only to its own API routes; the requester's only to the portal ones.
export function cookiePath(realm: SessionRealm, slug: string): string {
  return realm === 'staff' ? `/api/v1/t/${slug}/` : `/api/v1/t/${slug}/portal/`;
}

export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at <= 0) continue;
    const name = part.slice(0, at).trim();
    // The first of two same-named cookies is the one with the longest path: the most specific.
    if (cookies.has(name)) continue;
    try {
      cookies.set(name, decodeURIComponent(part.slice(at + 1).trim()));
    } catch {
      // A value that is not valid percent-encoding is not ours.
    }
  }
  return cookies;
}

// The CSRF token of a session: a keyed hash of the session token, so it cannot be guessed from
// outside and needs no storage. Unsafe requests that authenticate by cookie must send it.
export function csrfTokenOf(secretKey: string, sessionToken: string): string {
  return createHmac('sha256', secretKey).update(`csrf\0${sessionToken}`).digest('base64url');
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

// The session token of a request: the bearer token when one is sent, else the realm's cookie.
// A cookie on an unsafe request counts only with its CSRF token.
export function sessionToken(request: Request, realm: SessionRealm, secretKey: string): { token: string; fromCookie: boolean } | null {
  // A client that sends an Authorization header means it, even a malformed one: no cookie then.
  if (request.headers.authorization !== undefined) {
    const bearer = bearerToken(request);
    return bearer ? { token: bearer, fromCookie: false } : null;
  }
  const token = parseCookies(request.headers.cookie).get(COOKIE[realm]);
  if (!token) return null;
  if (!SAFE_METHODS.has(request.method)) {
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !sameToken(sent, csrfTokenOf(secretKey, token))) {
      throw new AuthError(AuthErrorCode.CsrfMismatch, `Send the session's CSRF token in ${CSRF_HEADER} with this request`);
    }
  }
  return { token, fromCookie: true };
}

interface SignedIn {
  token?: string;
  expiresAt: Date;
  csrfToken?: string;
}

type SessionStep = 'sign-in' | 'sign-out' | 'refresh';
const SESSION_STEP = 'tessera:browser-session';

// Marks a route that starts, ends or reports a session, for BrowserSessionInterceptor.
export const BrowserSession = (realm: SessionRealm, step: SessionStep) =>
  applyDecorators(
    SetMetadata(SESSION_STEP, { realm, step }),
    UseInterceptors(BrowserSessionInterceptor),
    ...(step === 'sign-in'
      ? [ApiHeader({ name: 'X-Tessera-Session', required: false, enum: ['cookie'], description: 'cookie: keep the session in an HttpOnly cookie; the answer then carries csrfToken instead of token' })]
      : []),
  );

// Sign-in with X-Tessera-Session: cookie sets the cookie and answers the CSRF token instead of
// the session token; sign-out clears the cookie; `refresh` routes (auth/me) add the CSRF token
// when the request came with the cookie, so a reloaded page gets it back.
@Injectable()
export class BrowserSessionInterceptor implements NestInterceptor {
  private readonly secure: boolean;

  constructor(
    private readonly reflector: Reflector,
    @Inject(CONFIG) private readonly config: Config,
  ) {
    this.secure = secureCookies(config);
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const { realm, step } = this.reflector.get<{ realm: SessionRealm; step: SessionStep }>(SESSION_STEP, context.getHandler());
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const slug = String(request.params.slug);
    const options = { path: cookiePath(realm, slug), httpOnly: true, sameSite: 'lax' as const, secure: this.secure };
    return next.handle().pipe(
      map((body: unknown) => {
        if (step === 'sign-out') {
          response.clearCookie(COOKIE[realm], options);
          return body;
        }
        if (step === 'refresh') {
          const cookie = parseCookies(request.headers.cookie).get(COOKIE[realm]);
          return cookie && !bearerToken(request) ? { ...(body as object), csrfToken: csrfTokenOf(this.config.secretKey, cookie) } : body;
        }
        const signedIn = body as SignedIn;
        if (request.headers[SESSION_HEADER] !== 'cookie' || !signedIn.token) return body;
        response.cookie(COOKIE[realm], signedIn.token, { ...options, expires: new Date(signedIn.expiresAt) });
        const { token, ...rest } = signedIn;
        return { ...rest, csrfToken: csrfTokenOf(this.config.secretKey, token) };
      }),
    );
  }
}

// A cookie whose session has ended is cleared with the 401 it causes, so the browser goes on
// without it (a portal page then works signed out).
export function clearStaleCookie(response: Response, realm: SessionRealm, slug: string, config: Config): void {
  response.clearCookie(COOKIE[realm], { path: cookiePath(realm, slug), httpOnly: true, sameSite: 'lax', secure: secureCookies(config) });
}

// Cookies are Secure where the deployment is reached over https.
export function secureCookies(config: Config): boolean {
  return config.http.publicUrl.startsWith('https:');
}

// Runs the realm's authentication; when a cookie's session is no longer valid, clears it too.
export async function authenticateSession<T>(session: { fromCookie: boolean }, authenticate: () => Promise<T>, clearCookie: () => void): Promise<T> {
  try {
    return await authenticate();
  } catch (error) {
    if (session.fromCookie && error instanceof AuthError && error.code === AuthErrorCode.Unauthenticated) clearCookie();
    throw error;
  }
}
