import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import type { PoolClient, QueryResult } from 'pg';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { Statement } from './statement';
import { isUuid } from './uuid';

export interface TenantRef {
  id: string;
  slug: string;
}

const TENANT = 'tessera.tenant';
const MANAGER = 'tessera.tenantManager';
const CONFIG_VERSION = 'tessera.configVersion';

export class MissingTenantContextError extends Error {
  constructor() {
    super('No tenant transaction is open: tenant data is only reachable inside TenantDatabase.run()');
  }
}

// Ends a transaction opened by TenantDatabase.begin: commits (true) or rolls back (false).
// Ending it again does nothing.
export type EndTransaction = (commit: boolean) => Promise<void>;

// The only way to reach tenant-owned rows. Opens one transaction, sets app.tenant_id for that
// transaction only (pooled connections must not carry a tenant into the next use), and carries
// the transaction's EntityManager in async context. Row-level security does the filtering.
@Injectable()
export class TenantDatabase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cls: ClsService,
  ) {}

  async run<T>(tenant: TenantRef, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const open = this.cls.isActive() ? this.cls.get<EntityManager | undefined>(MANAGER) : undefined;
    if (open) {
      if (this.cls.get<TenantRef>(TENANT)?.id !== tenant.id) {
        throw new Error('A transaction for another tenant is already open in this context');
      }
      return work(open);
    }
    return this.cls.run({ ifNested: 'inherit' }, async () => inTransaction(await this.begin(tenant), () => work(this.manager)));
  }

  // Opens the tenant transaction in the current async context, for whatever runs in it next (an
  // HTTP request: its guard authenticates in it, and TenantTransactionInterceptor ends it after
  // the handler). One round trip: BEGIN, the tenant setting and the configuration version go in
  // one simple-protocol message. The tenant id is a literal there, so it must be a UUID.
  // `cacheConfig`: whether ConfigCache may answer for this transaction (not where it changes the
  // configuration itself, since the version it read is the one before its own change).
  async begin(tenant: TenantRef, { cacheConfig = false } = {}): Promise<EndTransaction> {
    if (!this.cls.isActive()) throw new Error('TenantDatabase.begin needs an async context (the request’s, or run())');
    if (this.cls.get(MANAGER)) throw new Error('A tenant transaction is already open in this context');
    if (!isUuid(tenant.id)) throw new Error(`Not a tenant id: ${tenant.id}`);
    const runner = this.dataSource.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    let version: string | null;
    try {
      const results = (await client.query(
        `begin; select set_config('app.tenant_id', '${tenant.id}', true), (select config_version from tenants where id = '${tenant.id}')::text as version`,
      )) as unknown as QueryResult<{ version: string | null }>[];
      version = results[1].rows[0].version;
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      await runner.release();
      throw error;
    }
    // TypeORM did not issue this BEGIN; tell its runner, so that savepoints, COMMIT and ROLLBACK
    // go through it as usual.
    markTransactionOpen(runner);
    this.cls.set(TENANT, tenant);
    this.cls.set(MANAGER, runner.manager);
    this.cls.set(CONFIG_VERSION, cacheConfig ? version : null);
    let ended = false;
    return async (commit) => {
      if (ended) return;
      ended = true;
      if (this.cls.isActive() && this.cls.get(MANAGER) === runner.manager) {
        this.cls.set(MANAGER, undefined);
        this.cls.set(TENANT, undefined);
        this.cls.set(CONFIG_VERSION, undefined);
      }
      try {
        if (commit) await runner.commitTransaction();
        else if (runner.isTransactionActive) await runner.rollbackTransaction();
      } catch (error) {
        if (commit && runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
        throw error;
      } finally {
        await runner.release();
      }
    };
  }

  // Applies the tenant to a transaction the caller already opened (provisioning inserts the
  // tenant row and its defaults in one transaction).
  async runWithin<T>(manager: EntityManager, tenant: TenantRef, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error('runWithin needs an open transaction');
    return this.cls.run({ ifNested: 'inherit' }, async () => {
      await manager.query("select set_config('app.tenant_id', $1, true)", [tenant.id]);
      this.cls.set(TENANT, tenant);
      this.cls.set(MANAGER, manager);
      this.cls.set(CONFIG_VERSION, null);
      return work(manager);
    });
  }

  // Runs a statement of the query layer in the tenant transaction: prepared on each connection
  // the first time, then only bound and executed (PostgreSQL plans it once per connection).
  async query<T>(statement: Statement, values: unknown[]): Promise<T[]> {
    return this.manager.query(statement as unknown as string, values);
  }

  // Runs `work` inside a savepoint of the open tenant transaction: when it throws, only its own
  // changes are undone (the transaction stays usable) and the error is passed on.
  async savepoint<T>(work: () => Promise<T>): Promise<T> {
    const runner = this.manager.queryRunner;
    if (!runner?.isTransactionActive) throw new Error('A savepoint needs an open tenant transaction');
    // Nested: TypeORM issues SAVEPOINT / RELEASE / ROLLBACK TO for these.
    await runner.startTransaction();
    try {
      const result = await work();
      await runner.commitTransaction();
      return result;
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    }
  }

  get manager(): EntityManager {
    const manager = this.cls.isActive() ? this.cls.get<EntityManager | undefined>(MANAGER) : undefined;
    if (!manager) throw new MissingTenantContextError();
    return manager;
  }

  get tenant(): TenantRef {
    const tenant = this.cls.isActive() ? this.cls.get<TenantRef | undefined>(TENANT) : undefined;
    if (!tenant || !this.cls.get(MANAGER)) throw new MissingTenantContextError();
    return tenant;
  }

  // The version of the tenant's configuration this transaction started with (raised by the
  // database on every change), or null where it was not read (provisioning).
  get configVersion(): string | null {
    // Fails loudly outside a tenant transaction, as the tenant does.
    return this.tenant ? (this.cls.get<string | null>(CONFIG_VERSION) ?? null) : null;
  }
}

// Runs `work` in an open transaction and ends it: committed when `work` succeeds, else rolled back.
export async function inTransaction<T>(end: EndTransaction, work: () => Promise<T>): Promise<T> {
  let result: T;
  try {
    result = await work();
  } catch (error) {
    await end(false);
    throw error;
  }
  await end(true);
  return result;
}

function markTransactionOpen(runner: QueryRunner): void {
  const state = runner as unknown as { isTransactionActive: boolean; transactionDepth: number };
  state.isTransactionActive = true;
  state.transactionDepth = 1;
}
