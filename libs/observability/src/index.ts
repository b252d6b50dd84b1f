export { loggerOptions } from './logger-options';
export { Metrics, createMetrics } from './metrics';
export { METRICS, ObservabilityModule } from './observability.module';
export { instanceSlugOf, requestId } from './request-id';
export { quietStartup } from './startup-logger';
