import { Client } from 'pg';
import { loadMigrations, Migration } from './migration-files';
import { MANAGED_RUNTIME_ROLE, RUNTIME_GROUP_ROLE, deriveRuntimeUrl, passwordOf, roleOf } from '@tessera/config';

export interface MigrateOptions {
  ownerUrl: string;
  // The runtime role's URL when the operator manages it; null lets Tessera manage tessera_app.
  runtimeUrl: string | null;
  migrations?: Migration[];
  log?: (message: string) => void;
}

export interface MigrateResult {
  applied: string[];
  runtimeRole: string;
}

const LOCK_KEY = "hashtext('tessera:migrate')";

// Applies pending migrations with the owner role and makes sure the runtime role exists,
// owns nothing and cannot bypass row-level security. Safe to run from several replicas at once.
export async function migrate(options: MigrateOptions): Promise<MigrateResult> {
  const log = options.log ?? (() => undefined);
  const client = new Client({ connectionString: options.ownerUrl, application_name: 'tessera-migrate' });
  await client.connect();
  try {
    await client.query(`select pg_advisory_lock(${LOCK_KEY})`);
    await client.query(
      'create table if not exists schema_migrations (version text primary key, applied_at timestamptz not null default now())',
    );
    const done = new Set((await client.query<{ version: string }>('select version from schema_migrations')).rows.map((r) => r.version));
    const applied: string[] = [];
    for (const migration of options.migrations ?? loadMigrations()) {
      if (done.has(migration.version)) continue;
      log(`applying migration ${migration.version}`);
      await inTransaction(client, async () => {
        await client.query(migration.up);
        await client.query('insert into schema_migrations (version) values ($1)', [migration.version]);
      });
      applied.push(migration.version);
    }
    const runtimeRole = await ensureRuntimeRole(client, options.ownerUrl, options.runtimeUrl);
    return { applied, runtimeRole };
  } finally {
    await client.query(`select pg_advisory_unlock(${LOCK_KEY})`).catch(() => undefined);
    await client.end();
  }
}

// Reverts the newest applied migration (for development; production rolls forward).
export async function rollbackLast(ownerUrl: string, migrations: Migration[] = loadMigrations()): Promise<string | null> {
  const client = new Client({ connectionString: ownerUrl, application_name: 'tessera-migrate' });
  await client.connect();
  try {
    const last = (await client.query<{ version: string }>('select version from schema_migrations order by version desc limit 1')).rows[0];
    if (!last) return null;
    const migration = migrations.find((m) => m.version === last.version);
    if (!migration?.down) throw new Error(`Migration ${last.version} cannot be reverted`);
    await inTransaction(client, async () => {
      await client.query(migration.down as string);
      await client.query('delete from schema_migrations where version = $1', [last.version]);
    });
    return last.version;
  } finally {
    await client.end();
  }
}

async function ensureRuntimeRole(client: Client, ownerUrl: string, runtimeUrl: string | null): Promise<string> {
  const role = runtimeUrl ? roleOf(runtimeUrl) : MANAGED_RUNTIME_ROLE;
  const ident = client.escapeIdentifier(role);
  if (!runtimeUrl) {
    const password = client.escapeLiteral(passwordOf(deriveRuntimeUrl(ownerUrl)));
    const exists = (await client.query('select 1 from pg_roles where rolname = $1', [role])).rowCount === 1;
    const attributes = 'login nosuperuser nobypassrls nocreatedb nocreaterole inherit';
    await client.query(`${exists ? 'alter' : 'create'} role ${ident} with ${attributes} password ${password}`);
  }
  const member = await client.query(
    'select 1 from pg_auth_members m join pg_roles g on g.oid = m.roleid join pg_roles r on r.oid = m.member where g.rolname = $1 and r.rolname = $2',
    [RUNTIME_GROUP_ROLE, role],
  );
  if (member.rowCount === 0) await client.query(`grant ${RUNTIME_GROUP_ROLE} to ${ident}`);
  await client.query(`grant connect on database ${client.escapeIdentifier(client.database ?? '')} to ${RUNTIME_GROUP_ROLE}`);
  const check = await client.query<{ rolsuper: boolean; rolbypassrls: boolean }>(
    'select rolsuper, rolbypassrls from pg_roles where rolname = $1',
    [role],
  );
  if (check.rows[0]?.rolsuper || check.rows[0]?.rolbypassrls) {
    throw new Error(`The runtime role ${role} is a superuser or bypasses row-level security; give Tessera a plain role`);
  }
  return role;
}

async function inTransaction(client: Client, work: () => Promise<void>): Promise<void> {
  await client.query('begin');
  try {
    await work();
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}
