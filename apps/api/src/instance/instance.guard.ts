import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthError, AuthErrorCode, StaffService } from '@tessera/auth';
import { TenantDatabase } from '@tessera/database';
import { bearerToken } from '../http/bearer-token';
import { InstanceRequest, PUBLIC_ROUTE } from './instance-request';
import { InstanceResolver } from './instance-resolver';

// Every staff route under /api/v1/t/{slug}/...: finds the instance, then authenticates the staff
// token inside that instance's row-level-security scope, so a token issued by another instance
// (or another realm) is not found.
@Injectable()
export class InstanceGuard implements CanActivate {
  constructor(
    private readonly instances: InstanceResolver,
    private readonly db: TenantDatabase,
    private readonly staff: StaffService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<InstanceRequest>();
    const tenant = await this.instances.resolve(request);
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const token = bearerToken(request);
    if (!token) throw new AuthError(AuthErrorCode.Unauthenticated, 'Sign in to this instance first');
    request.principal = await this.db.run(tenant, () => this.staff.authenticate(token));
    return true;
  }
}
