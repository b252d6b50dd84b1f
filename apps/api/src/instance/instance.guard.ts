import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiKeyScope, ApiKeyService, AuthError, AuthErrorCode, StaffService, isApiKeyToken } from '@tessera/auth';
import { CONFIG, Config } from '@tessera/config';
import { authenticateSession, clearStaleCookie, sessionToken } from '../http/browser-session';
import { API_KEY_SCOPE, InstanceRequest, PUBLIC_ROUTE } from './instance-request';
import { InstanceResolver } from './instance-resolver';
import { RequestTransaction } from './request-transaction';

// Every staff route under /api/v1/t/{slug}/...: finds the instance, then authenticates the staff
// token or browser session cookie (or, on routes open to integrations, the API key) inside that instance's
// row-level-security scope, so a token issued by another instance (or another realm) is not found.
// It does so in the request's one transaction, which the handler then runs in.
@Injectable()
export class InstanceGuard implements CanActivate {
  constructor(
    private readonly instances: InstanceResolver,
    private readonly transaction: RequestTransaction,
    private readonly staff: StaffService,
    private readonly apiKeys: ApiKeyService,
    private readonly reflector: Reflector,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<InstanceRequest>();
    const tenant = await this.instances.resolve(request);
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const session = sessionToken(request, 'staff', this.config.secretKey);
    if (!session) throw new AuthError(AuthErrorCode.Unauthenticated, 'Sign in to this instance first');
    const token = session.token;
    if (isApiKeyToken(token)) {
      request.apiKey = await this.transaction.authenticate(context, tenant, async () => {
        // The key is checked first (unknown -> 401), then whether this route takes keys at all.
        const key = await this.apiKeys.authenticate(token, request.ip ?? null);
        const scope = this.reflector.getAllAndOverride<ApiKeyScope | undefined>(API_KEY_SCOPE, [context.getHandler(), context.getClass()]);
        if (!scope) throw new AuthError(AuthErrorCode.Forbidden, 'API keys cannot call this route; sign in as an agent');
        if (!key.scopes.includes(scope)) throw new AuthError(AuthErrorCode.Forbidden, `This API key lacks the scope ${scope}`, { scope });
        return key;
      });
      return true;
    }
    request.principal = await this.transaction.authenticate(context, tenant, () =>
      authenticateSession(session, () => this.staff.authenticate(token), () =>
        clearStaleCookie(context.switchToHttp().getResponse(), 'staff', tenant.slug, this.config),
      ),
    );
    return true;
  }
}
