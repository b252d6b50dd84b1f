import { Test } from '@nestjs/testing';
import { ConfigModule } from '@tessera/config';
import { Department, directoryEntities } from '@tessera/directory';
import { TestDatabase, createTestDatabase, testConfig } from '@tessera/testing';
import { ClsModule } from 'nestjs-cls';
import { DataSource } from 'typeorm';
import { DatabaseModule, assertRuntimeRole, createDataSource } from './database.module';
import { MissingTenantContextError, TenantDatabase, TenantRef } from './tenant-database';
import { newId } from './uuid';

describe('tenant isolation in the database', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let tenants: TenantDatabase;
  let close: () => Promise<void>;
  const a: TenantRef = { id: newId(), slug: 'tenant-a' };
  const b: TenantRef = { id: newId(), slug: 'tenant-b' };

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = testConfig(database, { DATABASE_POOL_SIZE: '1' });
    const module = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(config),
        ClsModule.forRoot({ global: true }),
        DatabaseModule.forRoot({ entities: directoryEntities, applicationName: 'rls-test' }),
      ],
    }).compile();
    await module.init();
    dataSource = module.get(DataSource);
    tenants = module.get(TenantDatabase);
    close = () => module.close();
    for (const t of [a, b]) {
      await dataSource.query('insert into tenants (id, slug, name) values ($1, $2, $2)', [t.id, t.slug]);
      await tenants.run(t, (manager) =>
        manager.insert(Department, { tenantId: t.id, id: newId(), name: `Desk of ${t.slug}`, isPublic: true, createdAt: new Date(), updatedAt: new Date() }),
      );
    }
  });

  afterAll(async () => {
    await close();
    await database.drop();
  });

  it('connects with a role that owns nothing and cannot bypass row-level security', async () => {
    await expect(assertRuntimeRole(dataSource)).resolves.toBeUndefined();
    const [role] = await dataSource.query('select current_user as name');
    expect(role.name).toBe('tessera_app');
  });

  it('refuses to serve with the owner role', async () => {
    const owner = createDataSource({ ...testConfig(database), database: { ...testConfig(database).database, runtimeUrl: database.ownerUrl } }, [], 'owner');
    await owner.initialize();
    try {
      await expect(assertRuntimeRole(owner)).rejects.toThrow(/superuser|bypasses|owns/);
    } finally {
      await owner.destroy();
    }
  });

  it('shows each tenant only its own rows', async () => {
    const names = (t: TenantRef) => tenants.run(t, (m) => m.find(Department)).then((rows) => rows.map((r) => r.name));
    expect(await names(a)).toEqual(['Desk of tenant-a']);
    expect(await names(b)).toEqual(['Desk of tenant-b']);
  });

  it('returns no rows to a query without the tenant setting', async () => {
    expect(await dataSource.query('select * from departments')).toEqual([]);
    expect(await dataSource.query('select count(*)::int as n from staff')).toEqual([{ n: 0 }]);
  });

  it('does not carry the setting into the next use of a pooled connection', async () => {
    // The pool has one connection: the next query runs on the connection the transaction used.
    await tenants.run(a, async (m) => expect(await m.count(Department)).toBe(1));
    expect(await dataSource.query("select current_setting('app.tenant_id', true) as t")).toEqual([{ t: '' }]);
    expect(await dataSource.query('select * from departments')).toEqual([]);
  });

  it("refuses an insert carrying another tenant's id", async () => {
    await expect(
      tenants.run(a, (m) =>
        m.query("insert into departments (tenant_id, id, name) values ($1, $2, 'Intruder')", [b.id, newId()]),
      ),
    ).rejects.toThrow(/row-level security/);
    expect(await tenants.run(b, (m) => m.count(Department))).toBe(1);
  });

  it('refuses to move a row to another tenant and cannot touch foreign rows', async () => {
    await expect(tenants.run(a, (m) => m.query('update departments set tenant_id = $1', [b.id]))).rejects.toThrow(/row-level security/);
    const [, affected] = await tenants.run(a, (m) => m.query("update departments set name = 'taken' where tenant_id = $1", [b.id]));
    expect(affected).toBe(0);
    expect(await tenants.run(b, (m) => m.find(Department))).toEqual([expect.objectContaining({ name: 'Desk of tenant-b' })]);
  });

  it('refuses writes without a tenant', async () => {
    await expect(dataSource.query("insert into departments (tenant_id, id, name) values ($1, $2, 'x')", [a.id, newId()])).rejects.toThrow(
      /row-level security/,
    );
  });

  it('throws when tenant data is reached outside a tenant transaction', () => {
    expect(() => tenants.manager).toThrow(MissingTenantContextError);
    expect(() => tenants.tenant).toThrow(MissingTenantContextError);
  });

  it('reuses the open transaction for the same tenant and refuses another tenant inside it', async () => {
    await tenants.run(a, async (outer) => {
      await tenants.run(a, async (inner) => expect(inner).toBe(outer));
      await expect(tenants.run(b, async () => undefined)).rejects.toThrow(/another tenant/);
    });
  });

  it('rolls back everything a failed unit of work wrote', async () => {
    await expect(
      tenants.run(a, async (m) => {
        await m.insert(Department, { tenantId: a.id, id: newId(), name: 'Half-written', isPublic: true, createdAt: new Date(), updatedAt: new Date() });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await tenants.run(a, (m) => m.countBy(Department, { name: 'Half-written' }))).toBe(0);
  });
});
