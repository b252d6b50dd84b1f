import { Module } from '@nestjs/common';
import { AuthModule } from '@tessera/auth';
import { DirectoryModule } from '@tessera/directory';
import { IntakeModule } from '@tessera/intake';
import { LdapModule } from '@tessera/ldap';
import { MailboxesModule } from '@tessera/mailboxes';
import { NotificationsModule } from '@tessera/notifications';
import { RequestersModule } from '@tessera/requesters';
import { TenancyModule } from '@tessera/tenancy';
import { TicketsModule } from '@tessera/tickets';
import { ViewsModule } from '@tessera/views';
import { WebhooksModule } from '@tessera/webhooks';
import { ConfigurationRepository } from './configuration/configuration.repository';
import { ConfigurationService } from './configuration/configuration.service';
import { ProvisioningService } from './provisioning.service';

@Module({
  imports: [TenancyModule, DirectoryModule, AuthModule, RequestersModule, TicketsModule, MailboxesModule, NotificationsModule, IntakeModule, ViewsModule, WebhooksModule, LdapModule],
  providers: [ProvisioningService, ConfigurationService, ConfigurationRepository],
  exports: [
    ProvisioningService,
    ConfigurationService,
    TenancyModule,
    DirectoryModule,
    AuthModule,
    RequestersModule,
    TicketsModule,
    MailboxesModule,
    NotificationsModule,
    IntakeModule,
    ViewsModule,
    WebhooksModule,
    LdapModule,
  ],
})
export class PlatformModule {}
