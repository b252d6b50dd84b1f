import { DynamicModule, Module } from '@nestjs/common';
import { Config } from '@tessera/config';
import { EVENT_CONSUMERS, EventConsumer } from '@tessera/events';
import { LiveModule } from '@tessera/live';
import { MailFetchModule } from '@tessera/mail-fetch';
import { OutboundModule } from '@tessera/outbound';
import { runtimeModules } from '@tessera/platform';
import { WorkerHealthModule } from './health/worker-health.module';
import { HousekeepingProcessor } from './processors/housekeeping/housekeeping.processor';
import { MailFetchProcessor } from './processors/mail-fetch/mail-fetch.processor';
import { OutboxProcessor } from './processors/outbox/outbox.processor';
import { PortalMailConsumer } from './processors/outbox/portal-mail.consumer';
import { TicketMailConsumer } from './processors/outbox/ticket-mail.consumer';
import { TriggersConsumer } from './processors/outbox/triggers.consumer';
import { WebhooksConsumer } from './processors/outbox/webhooks.consumer';
import { WorkerSchedules } from './processors/schedules';
import { RecurringProcessor } from './processors/recurring/recurring.processor';
import { SlaProcessor } from './processors/sla/sla.processor';
import { TimeRulesProcessor } from './processors/time-rules/time-rules.processor';

@Module({
  providers: [
    HousekeepingProcessor,
    MailFetchProcessor,
    OutboxProcessor,
    SlaProcessor,
    RecurringProcessor,
    TimeRulesProcessor,
    WorkerSchedules,
    TicketMailConsumer,
    PortalMailConsumer,
    WebhooksConsumer,
    TriggersConsumer,
    // Every consumer of outbox events; the relay fans each message out to those of its kind.
    { provide: EVENT_CONSUMERS, useFactory: (...consumers: EventConsumer[]) => consumers, inject: [TicketMailConsumer, PortalMailConsumer, WebhooksConsumer, TriggersConsumer] },
  ],
})
export class WorkerModule {
  static forRoot(config?: Config): DynamicModule {
    return { module: WorkerModule, imports: [...runtimeModules('worker', config), WorkerHealthModule, OutboundModule, MailFetchModule, LiveModule] };
  }
}
