import { DynamicModule, Module } from '@nestjs/common';
import { Config } from '@tessera/config';
import { runtimeModules } from '@tessera/platform';
import { HousekeepingProcessor } from './processors/housekeeping/housekeeping.processor';
import { HousekeepingScheduler } from './processors/housekeeping/housekeeping.scheduler';

@Module({
  providers: [HousekeepingProcessor, HousekeepingScheduler],
})
export class WorkerModule {
  static forRoot(config?: Config): DynamicModule {
    return { module: WorkerModule, imports: runtimeModules('worker', config) };
  }
}
