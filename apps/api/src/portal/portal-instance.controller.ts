import { Get } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { DirectoryService } from '@tessera/directory';
import { Tenant } from '@tessera/tenancy';
import { CurrentTenant, PublicRoute } from '../instance/instance-request';
import { PortalInstanceResponse } from './dto/portal-instance.response';
import { PortalController } from './portal-controller.decorator';

// The instance as the browser shows it before anyone signs in (portal and agent panel alike).
@PortalController('', 'portal instance')
export class PortalInstanceController {
  constructor(private readonly directory: DirectoryService) {}

  @Get('instance')
  @PublicRoute()
  @ApiOkResponse({ type: PortalInstanceResponse, description: 'Public. Unknown instance: 404 tenant.not-found; suspended: 403 tenant.suspended' })
  async instance(@CurrentTenant() tenant: Tenant): Promise<PortalInstanceResponse> {
    return PortalInstanceResponse.of(tenant, await this.directory.settings());
  }
}
