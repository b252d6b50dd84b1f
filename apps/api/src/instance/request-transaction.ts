import { ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { EndTransaction, TenantDatabase, TenantRef } from '@tessera/database';
import type { Response } from 'express';
import { InstanceRequest, OWN_TRANSACTIONS } from './instance-request';

// Routes that change the instance's configuration (the admin API) read it fresh, not from the
// process's cache: the version their transaction read is the one before their own change.
export const CONFIGURATION_ROUTE = 'tessera:configuration-route';
export const ConfigurationRoute = () => SetMetadata(CONFIGURATION_ROUTE, true);

// The request's tenant transaction between the guard that opened it and the interceptor that
// ends it.
const PENDING = Symbol('tessera.requestTransaction');
type WithTransaction = InstanceRequest & { [PENDING]?: EndTransaction };

// One transaction per request: the guards authenticate inside the transaction the handler then
// runs in (TenantTransactionInterceptor ends it), instead of in a transaction of their own.
@Injectable()
export class RequestTransaction {
  constructor(
    private readonly db: TenantDatabase,
    private readonly reflector: Reflector,
  ) {}

  // Opens the request's transaction and runs `authenticate` in it. A refusal rolls it back at
  // once; a later guard's refusal (no interceptor runs then) when the response ends. Routes with
  // their own transactions authenticate in a short one of their own.
  async authenticate<T>(context: ExecutionContext, tenant: TenantRef, authenticate: () => Promise<T>): Promise<T> {
    const flag = (key: string) => this.reflector.getAllAndOverride<boolean>(key, [context.getHandler(), context.getClass()]);
    if (flag(OWN_TRANSACTIONS)) return this.db.run(tenant, authenticate);
    const http = context.switchToHttp();
    const request = http.getRequest<WithTransaction>();
    const end = await this.db.begin(tenant, { cacheConfig: !flag(CONFIGURATION_ROUTE) });
    request[PENDING] = end;
    http.getResponse<Response>().once('close', () => {
      if (request[PENDING] !== end) return;
      delete request[PENDING];
      end(false).catch(() => undefined);
    });
    try {
      return await authenticate();
    } catch (error) {
      delete request[PENDING];
      await end(false);
      throw error;
    }
  }

  // The transaction a guard opened for this request, handed over to whoever ends it.
  static take(request: InstanceRequest): EndTransaction | undefined {
    const pending = (request as WithTransaction)[PENDING];
    delete (request as WithTransaction)[PENDING];
    return pending;
  }
}
