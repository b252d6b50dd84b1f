import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { DataSource, EntityManager } from 'typeorm';

export interface TenantRef {
  id: string;
  slug: string;
}

const TENANT = 'tessera.tenant';
const MANAGER = 'tessera.tenantManager';

export class MissingTenantContextError extends Error {
  constructor() {
    super('No tenant transaction is open: tenant data is only reachable inside TenantDatabase.run()');
  }
}

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
    return this.dataSource.transaction((manager) => this.runWithin(manager, tenant, work));
  }

  // Applies the tenant to a transaction the caller already opened (provisioning inserts the
  // tenant row and its defaults in one transaction).
  async runWithin<T>(manager: EntityManager, tenant: TenantRef, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error('runWithin needs an open transaction');
    return this.cls.run({ ifNested: 'inherit' }, async () => {
      await manager.query("select set_config('app.tenant_id', $1, true)", [tenant.id]);
      this.cls.set(TENANT, tenant);
      this.cls.set(MANAGER, manager);
      return work(manager);
    });
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
}
