import { ExecutionContext, SetMetadata, createParamDecorator } from '@nestjs/common';
import type { StaffPrincipal } from '@tessera/auth';
import type { Tenant } from '@tessera/tenancy';
import type { Request } from 'express';

export interface InstanceRequest extends Request {
  tenant?: Tenant;
  principal?: StaffPrincipal;
}

// Routes that anyone may call once the instance is resolved (login).
export const PUBLIC_ROUTE = 'tessera:public-route';
export const PublicRoute = () => SetMetadata(PUBLIC_ROUTE, true);

// Routes that open their own short transactions (login hashes a password between two).
export const OWN_TRANSACTIONS = 'tessera:own-transactions';
export const OwnTransactions = () => SetMetadata(OWN_TRANSACTIONS, true);

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
