import { Global, Module } from '@nestjs/common';
import { Config, loadConfig } from './config';

export const CONFIG = Symbol('CONFIG');

// Loaded once at boot; a bad environment stops the process before it serves anything.
@Global()
@Module({
  providers: [{ provide: CONFIG, useFactory: (): Config => loadConfig() }],
  exports: [CONFIG],
})
export class ConfigModule {}
