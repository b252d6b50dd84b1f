export { HealthAnswer, HealthService } from './health.service';
export { loggerOptions } from './logger-options';
export { METRICS, Metrics, createMetrics } from './metrics';
export { ObservabilityModule } from './observability.module';
export { instanceSlugOf, requestId } from './request-id';
export { quietStartup } from './startup-logger';
