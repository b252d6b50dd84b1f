import { ExecutionContext, SetMetadata, applyDecorators, createParamDecorator } from '@nestjs/common';
import { ApiSecurity } from '@nestjs/swagger';
import type { ApiKeyPrincipal, ApiKeyScope, StaffPrincipal } from '@tessera/auth';
import type { Caller } from '@tessera/tickets';
import type { Tenant } from '@tessera/tenancy';
import type { Request } from 'express';

export interface InstanceRequest extends Request {
  tenant?: Tenant;
  principal?: StaffPrincipal;
  apiKey?: ApiKeyPrincipal;
}

// Routes that anyone may call once the instance is resolved (login).
export const PUBLIC_ROUTE = 'tessera:public-route';
export const PublicRoute = () => SetMetadata(PUBLIC_ROUTE, true);

// Routes that open their own short transactions (login hashes a password between two).
export const OWN_TRANSACTIONS = 'tessera:own-transactions';
export const OwnTransactions = () => SetMetadata(OWN_TRANSACTIONS, true);

// Routes an instance API key may call, with the scope the key needs; every other route refuses
// API keys with 403.
export const API_KEY_SCOPE = 'tessera:api-key-scope';
export const ApiKeyRoute = (scope: ApiKeyScope) => applyDecorators(SetMetadata(API_KEY_SCOPE, scope), ApiSecurity('apiKey', [scope]));

// The agent or the API key behind a request (routes marked with ApiKeyRoute).
export const CurrentCaller = createParamDecorator((_data: unknown, context: ExecutionContext): Caller => callerOf(context.switchToHttp().getRequest<InstanceRequest>()));

export function callerOf(request: InstanceRequest): Caller {
  if (request.principal) return { kind: 'staff', staffId: request.principal.staffId };
  if (request.apiKey) return { kind: 'api', apiKeyId: request.apiKey.apiKeyId };
  throw new Error('CurrentCaller used on a route without authentication');
}

export const CurrentStaff = createParamDecorator((_data: unknown, context: ExecutionContext): StaffPrincipal => {
  const principal = context.switchToHttp().getRequest<InstanceRequest>().principal;
  if (!principal) throw new Error('CurrentStaff used on a route without staff authentication');
  return principal;
});

export const CurrentTenant = createParamDecorator((_data: unknown, context: ExecutionContext): Tenant => {
  const tenant = context.switchToHttp().getRequest<InstanceRequest>().tenant;
  if (!tenant) throw new Error('CurrentTenant used outside an instance route');
  return tenant;
});
