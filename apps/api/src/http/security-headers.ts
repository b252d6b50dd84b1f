import type { NextFunction, Request, Response } from 'express';
import { requestId } from '@tessera/observability';

// Headers for a JSON API; the docs UI is the one page that needs scripts and styles.
export function securityHeaders(req: Request, res: Response, next: NextFunction): void {
  res.setHeader('X-Request-Id', requestId(req));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  if (!req.path.startsWith('/api/docs')) {
    res.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
  }
  res.removeHeader('X-Powered-By');
  next();
}
