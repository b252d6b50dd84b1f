import express, { NextFunction, Request, RequestHandler, Response } from 'express';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Tenant, TenantError, TenantErrorCode, slugProblem } from '@tessera/tenancy';

// What the HTML page of a path is, before the browser app takes over: the app itself (200), a page
// the app renders as "not found" (404) or "suspended" (503), or a redirect.
export type PageAnswer = { status: 200 | 404 | 503 } | { status: 301 | 308; location: string };

// Paths of the deployment that are never an instance's pages.
const NOT_PAGES = new Set(['api', 'static', 'healthz', 'readyz', 'livez', 'metrics', 'favicon.ico']);

// Pages that older mails link to, and where they live now.
const MOVED_PAGES: [RegExp, string][] = [
  [/^agent\/(.*)$/, 'scp/$1'],
  [/^admin\/(.*)$/, 'scp/admin/$1'],
];

// The browser app's pages: script and style from this origin only, no inline script; styles may
// be inline (the component library sets style attributes and CSS variables).
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

// Decides the answer for a path under /{slug}/...; `resolve` finds the instance as the API does.
export async function pageAnswer(path: string, search: string, resolve: (slug: string) => Promise<Tenant>): Promise<PageAnswer | null> {
  const [, slug = '', ...rest] = path.split('/');
  if (NOT_PAGES.has(slug)) return null;
  const problem = slugProblem(slug);
  if (!slug || problem === 'characters' || problem === 'length') return { status: 404 };
  if (rest.length === 0) return { status: 308, location: `/${slug}/${search}` };
  const page = rest.join('/');
  for (const [pattern, target] of MOVED_PAGES) {
    if (pattern.test(page)) return { status: 301, location: `/${slug}/${page.replace(pattern, target)}${search}` };
  }
  try {
    const tenant = await resolve(slug);
    return { status: tenant.status === 'suspended' ? 503 : 200 };
  } catch (error) {
    if (error instanceof TenantError && error.code === TenantErrorCode.Moved) {
      const to = String(error.details.to);
      return { status: 308, location: `/${to}/${page}${search}` };
    }
    if (error instanceof TenantError && error.code === TenantErrorCode.NotFound) return { status: 404 };
    throw error;
  }
}

// Serves the web app's production build: `assets` (mounted at /static) are its files (named by content hash, so
// cached for good), every other page path gets index.html and the app routes on the client.
export function webApp(root: string, resolve: (slug: string) => Promise<Tenant>): { assets: RequestHandler; pages: RequestHandler } {
  const indexFile = join(root, 'index.html');
  let index: Buffer | null = null;
  const assets = express.static(root, { index: false, immutable: true, maxAge: '365d', redirect: false });
  const pages = async (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const search = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
    let answer: PageAnswer | null;
    try {
      answer = await pageAnswer(req.path, search, resolve);
    } catch (error) {
      return next(error);
    }
    if (!answer) return next();
    if ('location' in answer) return res.redirect(answer.status, answer.location);
    // "No such page" is an HTML page for browsers; API clients get the API's problem+json.
    if (answer.status !== 200 && !String(req.headers.accept ?? '').includes('text/html')) return next();
    index ??= existsSync(indexFile) ? readFileSync(indexFile) : null;
    if (!index) return next();
    res.status(answer.status);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Content-Security-Policy', PAGE_CSP);
    res.send(index);
  };
  return { assets, pages };
}
