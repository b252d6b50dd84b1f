import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export const METRICS = Symbol('METRICS');

export interface Metrics {
  registry: Registry;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  queueDepth: Gauge<'queue' | 'state'>;
  jobsProcessed: Counter<'queue' | 'job' | 'outcome'>;
}

// One registry per process; the default process metrics are included.
export function createMetrics(app: 'api' | 'worker'): Metrics {
  const registry = new Registry();
  registry.setDefaultLabels({ app });
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpDuration: new Histogram({
      name: 'tessera_http_request_duration_seconds',
      help: 'HTTP requests by route pattern and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    queueDepth: new Gauge({
      name: 'tessera_queue_jobs',
      help: 'Jobs in each queue by state, read when scraped',
      labelNames: ['queue', 'state'],
      registers: [registry],
    }),
    jobsProcessed: new Counter({
      name: 'tessera_jobs_processed_total',
      help: 'Jobs finished by the worker, by outcome',
      labelNames: ['queue', 'job', 'outcome'],
      registers: [registry],
    }),
  };
}
