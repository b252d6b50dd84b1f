import { DynamicModule, Module } from '@nestjs/common';
import { Config } from '@tessera/config';
import { MailFetchModule } from '@tessera/mail-fetch';
import { OutboundModule } from '@tessera/outbound';
import { runtimeModules } from '@tessera/platform';
import { HousekeepingProcessor } from './processors/housekeeping/housekeeping.processor';
import { HousekeepingScheduler } from './processors/housekeeping/housekeeping.scheduler';
import { MailFetchProcessor } from './processors/mail-fetch/mail-fetch.processor';
import { MailFetchScheduler } from './processors/mail-fetch/mail-fetch.scheduler';
import { OutboxProcessor } from './processors/outbox/outbox.processor';
import { OutboxScheduler } from './processors/outbox/outbox.scheduler';

@Module({
  providers: [HousekeepingProcessor, HousekeepingScheduler, MailFetchProcessor, MailFetchScheduler, OutboxProcessor, OutboxScheduler],
})
export class WorkerModule {
  static forRoot(config?: Config): DynamicModule {
    return { module: WorkerModule, imports: [...runtimeModules('worker', config), OutboundModule, MailFetchModule] };
  }
}
