import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { TenantDatabase, inTransaction } from '@tessera/database';
import { Observable, from, lastValueFrom } from 'rxjs';
import { InstanceRequest, OWN_TRANSACTIONS } from './instance-request';
import { RequestTransaction } from './request-transaction';

// Runs the handler inside one transaction of the request's instance: all its queries see only
// that instance's rows, and a failure rolls back everything the request wrote. The transaction
// is the one the guard authenticated in (RequestTransaction), or, on routes without sign-in, one
// opened here.
@Injectable()
export class TenantTransactionInterceptor implements NestInterceptor {
  constructor(
    private readonly db: TenantDatabase,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<InstanceRequest>();
    const handle = () => lastValueFrom(next.handle(), { defaultValue: undefined });
    const opened = RequestTransaction.take(request);
    if (opened) return from(inTransaction(opened, handle));
    const tenant = request.tenant;
    const own = this.reflector.getAllAndOverride<boolean>(OWN_TRANSACTIONS, [context.getHandler(), context.getClass()]);
    if (!tenant || own) return next.handle();
    return from(this.db.run({ id: tenant.id, slug: tenant.slug }, handle));
  }
}

