// Steps shared by tools/start, tools/test and tools/bench: build the compiled tree, run its
// entry points, give a run its own freshly migrated database, wait for the API to be ready.
import { join } from 'node:path';
import pg from 'pg';
import { bin, run } from './run.mjs';

// [command, args] running a compiled entry point (e.g. 'apps/api/src/main.js') from dist/.
export function compiled(root, script, args = []) {
  return [process.execPath, ['-r', join(root, 'tools', 'paths.cjs'), join(root, 'dist', script), ...args]];
}

export function build(root, env) {
  return run(bin(root, 'tsc'), ['-p', 'tsconfig.build.json'], { cwd: root, env });
}

// The web app's production build, into dist/web (served by the API).
export function buildWeb(root, env, { quiet = true } = {}) {
  return run(bin(root, 'vite'), ['build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn'], { cwd: root, env, quiet });
}

// Runs the migrate command against env.DATABASE_URL.
export function migrate(root, env, { quiet = false } = {}) {
  return run(...compiled(root, 'apps/api/src/cli.js', ['migrate']), { cwd: root, env, quiet });
}

export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

// Drops `name` and the databases matching the LIKE pattern `alsoDrop` (what an interrupted run
// left behind), then creates `name` empty. Returns its URL.
export async function recreateDatabase(ownerUrl, name, alsoDrop = name) {
  const admin = new pg.Client({ connectionString: withDatabase(ownerUrl, 'postgres') });
  await admin.connect();
  try {
    const stale = await admin.query('select datname from pg_database where datname = $1 or datname like $2', [name, alsoDrop]);
    for (const { datname } of stale.rows) await admin.query(`drop database "${datname}" with (force)`);
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  return withDatabase(ownerUrl, name);
}

export async function waitForReady(base, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (true) {
    const ready = await fetch(`${base}/readyz`).then((r) => r.ok, () => false);
    if (ready) return;
    if (Date.now() > deadline) throw new Error(`${base}/readyz did not answer 200 within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 300));
  }
}
