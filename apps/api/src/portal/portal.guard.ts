import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthError, AuthErrorCode } from '@tessera/auth';
import { CONFIG, Config } from '@tessera/config';
import { RequesterAuthService } from '@tessera/requesters';
import { authenticateSession, clearStaleCookie, sessionToken } from '../http/browser-session';
import { PUBLIC_ROUTE } from '../instance/instance-request';
import { InstanceResolver } from '../instance/instance-resolver';
import { RequestTransaction } from '../instance/request-transaction';
import { PortalRequest, SIGN_IN_OPTIONAL } from './portal-request';

// Every /api/v1/t/{slug}/portal/... route: finds the instance like the staff routes do, then
// authenticates a requester session, by bearer token or browser cookie (signed in, or a guest session for one ticket) inside the
// instance's row-level-security scope, in the request's one transaction. Staff and operator tokens are not requester sessions.
@Injectable()
export class PortalGuard implements CanActivate {
  constructor(
    private readonly instances: InstanceResolver,
    private readonly transaction: RequestTransaction,
    private readonly auth: RequesterAuthService,
    private readonly reflector: Reflector,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<PortalRequest>();
    const tenant = await this.instances.resolve(request);
    const flag = (key: string) => this.reflector.getAllAndOverride<boolean>(key, [context.getHandler(), context.getClass()]);
    if (flag(PUBLIC_ROUTE)) return true;
    // A credential that is sent must be valid, even where none is needed.
    const session = sessionToken(request, 'requester', this.config.secretKey);
    if (flag(SIGN_IN_OPTIONAL) && !session && request.headers.authorization === undefined) return true;
    if (!session) throw new AuthError(AuthErrorCode.Unauthenticated, 'Sign in to this helpdesk first');
    request.requester = await this.transaction.authenticate(context, tenant, () =>
      authenticateSession(session, () => this.auth.authenticate(session.token), () =>
        clearStaleCookie(context.switchToHttp().getResponse(), 'requester', tenant.slug, this.config),
      ),
    );
    return true;
  }
}
