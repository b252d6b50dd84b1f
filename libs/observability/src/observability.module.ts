import { Global, Module } from '@nestjs/common';
import { createMetrics } from './metrics';

export const METRICS = Symbol('METRICS');

@Global()
@Module({})
export class ObservabilityModule {
  static forApp(app: 'api' | 'worker') {
    return {
      module: ObservabilityModule,
      providers: [{ provide: METRICS, useFactory: () => createMetrics(app) }],
      exports: [METRICS],
    };
  }
}
