import { Module } from '@nestjs/common';
import { AuthModule } from '@tessera/auth';
import { DirectoryModule } from '@tessera/directory';
import { TenancyModule } from '@tessera/tenancy';
import { ProvisioningService } from './provisioning.service';

@Module({
  imports: [TenancyModule, DirectoryModule, AuthModule],
  providers: [ProvisioningService],
  exports: [ProvisioningService, TenancyModule, DirectoryModule, AuthModule],
})
export class PlatformModule {}
