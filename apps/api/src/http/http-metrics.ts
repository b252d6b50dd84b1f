import type { Metrics } from '@tessera/observability';
import type { NextFunction, Request, Response } from 'express';

// Duration of every request by route pattern (never the raw URL: slugs and ids would explode
// the label set) and status.
export function httpMetrics(metrics: Metrics) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const stop = metrics.httpDuration.startTimer();
    res.on('finish', () => {
      const route = req.route?.path ? `${req.baseUrl}${req.route.path}` : 'unmatched';
      stop({ method: req.method, route, status: String(res.statusCode) });
    });
    next();
  };
}
