import { CanActivate, ExecutionContext, Injectable, UseGuards, applyDecorators } from '@nestjs/common';
import { ApiForbiddenResponse } from '@nestjs/swagger';
import { AuthError, AuthErrorCode } from '@tessera/auth';
import { InstanceRequest } from './instance-request';

// Lets only the instance's managers through. Runs after the instance guard, which
// authenticated the caller in this request (a demoted manager loses access at once).
@Injectable()
export class ManagerGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const principal = context.switchToHttp().getRequest<InstanceRequest>().principal;
    if (!principal) throw new Error('ManagerOnly runs after the instance guard: put it on a method, or above @InstanceController');
    if (!principal.isManager) throw new AuthError(AuthErrorCode.Forbidden, 'Only managers of this instance may do this');
    return true;
  }
}

// Routes for the instance's managers only; other agents get 403 auth.forbidden. Class guards
// run before method guards, and decorators apply bottom-up: on a class, write it above
// @InstanceController (or use @AdminController).
export function ManagerOnly() {
  return applyDecorators(UseGuards(ManagerGuard), ApiForbiddenResponse({ description: 'auth.forbidden: the caller is not a manager' }));
}
