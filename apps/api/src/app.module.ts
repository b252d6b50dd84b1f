import { DynamicModule, Module } from '@nestjs/common';
import { Config } from '@tessera/config';
import { LiveModule, LiveStreamModule } from '@tessera/live';
import { requestId } from '@tessera/observability';
import { runtimeModules } from '@tessera/platform';
import { adminControllers } from './admin/admin-controllers';
import { ApiIndexController } from './health/api-index.controller';
import { HealthController } from './health/health.controller';
import { EventsController } from './live/events.controller';
import { PortalEventsController } from './live/portal-events.controller';
import { MailInboundController } from './mail/mail-inbound.controller';
import { AuthController } from './instance/auth.controller';
import { TwoFactorController } from './instance/two-factor.controller';
import { DirectoryController } from './instance/directory.controller';
import { InstanceGuard } from './instance/instance.guard';
import { RequestTransaction } from './instance/request-transaction';
import { InstanceResolver } from './instance/instance-resolver';
import { TenantTransactionInterceptor } from './instance/tenant-transaction.interceptor';
import { TenantsController } from './platform/tenants.controller';
import { TicketsController } from './tickets/tickets.controller';
import { PortalAuthController } from './portal/portal-auth.controller';
import { PortalGuard } from './portal/portal.guard';
import { PortalInstanceController } from './portal/portal-instance.controller';
import { PortalTicketsController } from './portal/portal-tickets.controller';
import { TicketActionsController } from './tickets/ticket-actions.controller';
import { TagsController } from './tickets/tags.controller';
import { TicketHttp } from './tickets/ticket-http';
import { TasksController } from './tasks/tasks.controller';
import { CannedResponsesController, TicketCannedResponsesController } from './canned/canned-responses.controller';
import { ViewsController } from './views/views.controller';

@Module({
  controllers: [
    HealthController,
    ApiIndexController,
    TenantsController,
    AuthController,
    TwoFactorController,
    DirectoryController,
    TicketsController,
    TicketActionsController,
    TagsController,
    PortalAuthController,
    PortalInstanceController,
    PortalTicketsController,
    MailInboundController,
    EventsController,
    PortalEventsController,
    ViewsController,
    TasksController,
    CannedResponsesController,
    TicketCannedResponsesController,
    ...adminControllers,
  ],
  providers: [InstanceResolver, RequestTransaction, InstanceGuard, PortalGuard, TenantTransactionInterceptor, TicketHttp],
})
export class AppModule {
  static forRoot(config?: Config): DynamicModule {
    return {
      module: AppModule,
      // Every request gets its async context (request id, tenant, transaction) from the start.
      imports: [...runtimeModules('api', config, { middleware: { mount: true, generateId: true, idGenerator: requestId } }), LiveModule, LiveStreamModule],
    };
  }
}
