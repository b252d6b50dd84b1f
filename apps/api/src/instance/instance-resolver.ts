import { Injectable } from '@nestjs/common';
import { Tenant, TenantError, TenantErrorCode, TenantService } from '@tessera/tenancy';
import { InstanceRequest } from './instance-request';

// The first step of every /api/v1/t/{slug}/... route, staff or portal: finds the instance
// (404 unknown, 308 renamed, 403 suspended) and puts it on the request.
@Injectable()
export class InstanceResolver {
  constructor(private readonly tenants: TenantService) {}

  async resolve(request: InstanceRequest): Promise<Tenant> {
    const slug = request.params.slug;
    const tenant = await this.tenants.resolve(typeof slug === 'string' ? slug : '');
    if (tenant.status === 'suspended') {
      throw new TenantError(TenantErrorCode.Suspended, `The instance "${tenant.slug}" is suspended`);
    }
    request.tenant = tenant;
    return tenant;
  }
}
