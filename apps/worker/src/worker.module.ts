import { DynamicModule, Module } from '@nestjs/common';
import { Config } from '@tessera/config';
import { OutboundModule } from '@tessera/outbound';
import { runtimeModules } from '@tessera/platform';
import { HousekeepingProcessor } from './processors/housekeeping/housekeeping.processor';
import { HousekeepingScheduler } from './processors/housekeeping/housekeeping.scheduler';
import { OutboxProcessor } from './processors/outbox/outbox.processor';
import { OutboxScheduler } from './processors/outbox/outbox.scheduler';

@Module({
  providers: [HousekeepingProcessor, HousekeepingScheduler, OutboxProcessor, OutboxScheduler],
})
export class WorkerModule {
  static forRoot(config?: Config): DynamicModule {
    return { module: WorkerModule, imports: [...runtimeModules('worker', config), OutboundModule] };
  }
}
