import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { AuthError, AuthErrorCode, isOperatorToken } from '@tessera/auth';
import { CONFIG, Config } from '@tessera/config';
import type { Request } from 'express';
import { bearerToken } from '../http/bearer-token';

// The operator realm: the deployment's operator token, and nothing an instance issues.
@Injectable()
export class OperatorGuard implements CanActivate {
  constructor(@Inject(CONFIG) private readonly config: Config) {}

  canActivate(context: ExecutionContext): boolean {
    const token = bearerToken(context.switchToHttp().getRequest<Request>());
    if (!isOperatorToken(this.config.operator.token, token)) {
      throw new AuthError(AuthErrorCode.Unauthenticated, 'The platform API needs the operator token');
    }
    return true;
  }
}
