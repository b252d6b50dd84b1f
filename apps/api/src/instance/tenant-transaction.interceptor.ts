import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { TenantDatabase } from '@tessera/database';
import { Observable, from, lastValueFrom } from 'rxjs';
import { InstanceRequest, OWN_TRANSACTIONS } from './instance-request';

// Runs the handler inside one transaction of the request's instance: all its queries see only
// that instance's rows, and a failure rolls back everything the request wrote.
@Injectable()
export class TenantTransactionInterceptor implements NestInterceptor {
  constructor(
    private readonly db: TenantDatabase,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const tenant = context.switchToHttp().getRequest<InstanceRequest>().tenant;
    const own = this.reflector.getAllAndOverride<boolean>(OWN_TRANSACTIONS, [context.getHandler(), context.getClass()]);
    if (!tenant || own) return next.handle();
    return from(this.db.run({ id: tenant.id, slug: tenant.slug }, () => lastValueFrom(next.handle(), { defaultValue: undefined })));
  }
}
