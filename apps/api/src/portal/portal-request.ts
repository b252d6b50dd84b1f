import { ExecutionContext, SetMetadata, createParamDecorator } from '@nestjs/common';
import type { RequesterPrincipal } from '@tessera/requesters';
import type { InstanceRequest } from '../instance/instance-request';

export interface PortalRequest extends InstanceRequest {
  requester?: RequesterPrincipal;
}

// Portal routes anyone may use without a session, though a session is used when one is sent
// (opening a ticket: signed in, or as a guest giving a name and an address).
export const SIGN_IN_OPTIONAL = 'tessera:sign-in-optional';
export const SignInOptional = () => SetMetadata(SIGN_IN_OPTIONAL, true);

export const CurrentRequester = createParamDecorator((_data: unknown, context: ExecutionContext): RequesterPrincipal => {
  const principal = context.switchToHttp().getRequest<PortalRequest>().requester;
  if (!principal) throw new Error('CurrentRequester used on a route without requester authentication');
  return principal;
});

// The session on a SignInOptional route, or null.
export const OptionalRequester = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequesterPrincipal | null => context.switchToHttp().getRequest<PortalRequest>().requester ?? null,
);
