import { TestDatabase, createTestDatabase } from '@tessera/testing';
import { Client } from 'pg';
import { loadMigrations } from './migration-files';
import { migrate, rollbackLast } from './migrator';

// Checks the rules every tenant-owned table must follow, for every table that exists now and
// every table a later migration adds.
describe('schema catalogue', () => {
  let database: TestDatabase;
  let owner: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    owner = new Client({ connectionString: database.ownerUrl });
    await owner.connect();
  });

  afterAll(async () => {
    await owner.end();
    await database.drop();
  });

  async function tenantTables(): Promise<string[]> {
    const { rows } = await owner.query<{ name: string }>(
      `select c.relname as name from pg_class c
         join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
        where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') order by 1`,
    );
    return rows.map((r) => r.name);
  }

  it('finds the tenant-owned tables', async () => {
    expect(await tenantTables()).toEqual(expect.arrayContaining(['departments', 'help_topics', 'staff', 'staff_sessions']));
  });

  it('has row-level security enabled, forced and with a tenant policy on every tenant table', async () => {
    const { rows } = await owner.query(
      `select c.relname as name, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
              (select count(*)::int from pg_policies p where p.tablename = c.relname
                  and p.qual like '%tenant_id = tessera_current_tenant()%'
                  and p.with_check like '%tenant_id = tessera_current_tenant()%') as policies
         from pg_class c where c.relname = any($1) order by 1`,
      [await tenantTables()],
    );
    for (const row of rows) expect(row).toEqual({ name: row.name, enabled: true, forced: true, policies: 1 });
  });

  it('puts tenant_id first in every tenant table primary key', async () => {
    const { rows } = await owner.query(
      `select c.relname as name, (select attname from pg_attribute where attrelid = c.oid and attnum = i.indkey[0]) as first
         from pg_class c join pg_index i on i.indrelid = c.oid and i.indisprimary where c.relname = any($1)`,
      [await tenantTables()],
    );
    expect(rows.length).toBe((await tenantTables()).length);
    for (const row of rows) expect(row).toEqual({ name: row.name, first: 'tenant_id' });
  });

  it('includes tenant_id in every foreign key between tenant tables', async () => {
    const tables = await tenantTables();
    const { rows } = await owner.query(
      `select con.conname as name,
              exists (select 1 from unnest(con.conkey) k join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k where a.attname = 'tenant_id') as has_tenant
         from pg_constraint con
         join pg_class src on src.oid = con.conrelid
         join pg_class dst on dst.oid = con.confrelid
        where con.contype = 'f' and src.relname = any($1) and dst.relname = any($1)`,
      [tables],
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toEqual({ name: row.name, has_tenant: true });
  });

  // A foreign key without an index makes every delete of a referenced row read the whole
  // referencing table (deleting a requester read every thread entry).
  it('indexes every foreign key: tenant_id and its columns first, or its columns without a tenant', async () => {
    const { rows } = await owner.query<{ name: string; table: string; columns: string[]; indexes: { columns: string[]; predicate: string | null }[] }>(
      `select con.conname as name, src.relname as "table",
              array(select a.attname::text from unnest(con.conkey) k join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k) as columns,
              coalesce((select json_agg(json_build_object(
                         'columns', array(select coalesce(a.attname::text, '(expression)') from unnest(i.indkey::int2[]) with ordinality as k (attnum, n)
                                            left join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum order by k.n),
                         'predicate', pg_get_expr(i.indpred, i.indrelid)))
                  from pg_index i where i.indrelid = con.conrelid and i.indisvalid), '[]') as indexes
         from pg_constraint con join pg_class src on src.oid = con.conrelid
        where con.contype = 'f' and src.relnamespace = 'public'::regnamespace order by 2, 1`,
    );
    const tenantOwned = new Set(await tenantTables());
    const unindexed = rows.filter((key) => {
      const wanted = tenantOwned.has(key.table) ? ['tenant_id', ...key.columns.filter((column) => column !== 'tenant_id')] : key.columns;
      return !key.indexes.some(
        (index) =>
          // Partial indexes serve the key only when they leave out rows without it.
          (index.predicate === null || /^\(?\w+ IS NOT NULL\)?$/.test(index.predicate)) &&
          index.columns[0] === wanted[0] &&
          wanted.every((column) => index.columns.slice(0, wanted.length).includes(column)),
      );
    });
    expect(rows.length).toBeGreaterThan(50);
    expect(unindexed.map((key) => `${key.table}.${key.name} (${key.columns.join(', ')})`)).toEqual([]);
  });

  it('grants the runtime role data access only, never ownership', async () => {
    const { rows } = await owner.query(
      `select c.relname as name, pg_get_userbyid(c.relowner) as owner,
              has_table_privilege('tessera_app', c.oid, 'select') as can_select,
              has_table_privilege('tessera_app', c.oid, 'truncate') as can_truncate
         from pg_class c where c.relname = any($1)`,
      [await tenantTables()],
    );
    for (const row of rows) {
      expect(row.owner).not.toBe('tessera_app');
      expect(row).toMatchObject({ can_select: true, can_truncate: false });
    }
  });

  it('migrates idempotently and reverts the newest migration', async () => {
    const migrations = loadMigrations();
    const again = await migrate({ ownerUrl: database.ownerUrl, runtimeUrl: null });
    expect(again).toEqual({ applied: [], runtimeRole: 'tessera_app' });
    const reverted = await rollbackLast(database.ownerUrl);
    expect(reverted).toBe(migrations[migrations.length - 1].version);
    const reapplied = await migrate({ ownerUrl: database.ownerUrl, runtimeUrl: null });
    expect(reapplied.applied).toEqual([reverted]);
    expect(await tenantTables()).toEqual(expect.arrayContaining(['departments', 'staff']));
  });

  it('grants the runtime group to a runtime role the operator names in DATABASE_APP_URL', async () => {
    const role = `helpdesk_${database.name.slice(-8)}`;
    await owner.query(`create role ${role} login password 'operator-chosen' nosuperuser nobypassrls`);
    const runtimeUrl = new URL(database.ownerUrl);
    runtimeUrl.username = role;
    runtimeUrl.password = 'operator-chosen';
    try {
      expect(await migrate({ ownerUrl: database.ownerUrl, runtimeUrl: runtimeUrl.toString() })).toEqual({ applied: [], runtimeRole: role });
      const runtime = new Client({ connectionString: runtimeUrl.toString() });
      await runtime.connect();
      try {
        // It reads the control plane, sees no tenant rows without a tenant, and owns nothing.
        await expect(runtime.query('select count(*) from tenants')).resolves.toBeDefined();
        expect((await runtime.query('select * from departments')).rows).toEqual([]);
        await expect(runtime.query('drop table departments')).rejects.toThrow(/must be owner/);
      } finally {
        await runtime.end();
      }
    } finally {
      await owner.query(`drop owned by ${role}`);
      await owner.query(`drop role ${role}`);
    }
  });
});
