import { Global, Module } from '@nestjs/common';
import { HealthService } from './health.service';
import { METRICS, createMetrics } from './metrics';

// The process's metrics registry and its health answers, for every module of the app.
@Global()
@Module({})
export class ObservabilityModule {
  static forApp(app: 'api' | 'worker') {
    return {
      module: ObservabilityModule,
      providers: [{ provide: METRICS, useFactory: () => createMetrics(app) }, HealthService],
      exports: [METRICS, HealthService],
    };
  }
}
