import { DynamicModule, Global, Module } from '@nestjs/common';
import { Config, loadConfig } from './config';

export const CONFIG = Symbol('CONFIG');

// Loaded once at boot from the environment (a bad one stops the process before it serves
// anything), or given whole by tests that run several apps side by side.
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config?: Config): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: CONFIG, useFactory: (): Config => config ?? loadConfig() }],
      exports: [CONFIG],
    };
  }
}
