import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthError, AuthErrorCode, StaffService } from '@tessera/auth';
import { TenantDatabase } from '@tessera/database';
import { TenantError, TenantErrorCode, TenantService } from '@tessera/tenancy';
import { bearerToken } from '../http/bearer-token';
import { InstanceRequest, PUBLIC_ROUTE } from './instance-request';

// Every /api/v1/t/{slug}/... route: finds the instance (404 unknown, 308 renamed, 403 suspended),
// then authenticates the staff token inside that instance's row-level-security scope, so a
// token issued by another instance is not found.
@Injectable()
export class InstanceGuard implements CanActivate {
  constructor(
    private readonly tenants: TenantService,
    private readonly db: TenantDatabase,
    private readonly staff: StaffService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<InstanceRequest>();
    const slug = request.params.slug;
    const tenant = await this.tenants.resolve(typeof slug === 'string' ? slug : '');
    if (tenant.status === 'suspended') {
      throw new TenantError(TenantErrorCode.Suspended, `The instance "${tenant.slug}" is suspended`);
    }
    request.tenant = tenant;
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const token = bearerToken(request);
    if (!token) throw new AuthError(AuthErrorCode.Unauthenticated, 'Sign in to this instance first');
    request.principal = await this.db.run(tenant, () => this.staff.authenticate(token));
    return true;
  }
}
