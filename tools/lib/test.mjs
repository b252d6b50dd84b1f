import { resolve, join } from 'node:path';
import pg from 'pg';
import { bin, run } from './run.mjs';
import { startServices } from './services.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const log = (message) => console.log(`[tools/test] ${message}`);
const TEMPLATE = 'tessera_template';

function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

// Drops what an interrupted run left behind and migrates a fresh template database.
async function prepareTemplate(ownerUrl, env) {
  const admin = new pg.Client({ connectionString: withDatabase(ownerUrl, 'postgres') });
  await admin.connect();
  try {
    const stale = await admin.query("select datname from pg_database where datname like 'tessera_test_%' or datname = $1", [TEMPLATE]);
    for (const { datname } of stale.rows) await admin.query(`drop database "${datname}" with (force)`);
    await admin.query(`create database ${TEMPLATE}`);
  } finally {
    await admin.end();
  }
  await run(process.execPath, ['-r', join(root, 'tools', 'paths.cjs'), join(root, 'dist', 'apps/api/src/cli.js'), 'migrate'], {
    cwd: root,
    env: { ...env, DATABASE_URL: withDatabase(ownerUrl, TEMPLATE), LOG_LEVEL: 'warn' },
    quiet: true,
  });
}

const services = await startServices({ root, profile: 'test', log });
let status = 1;
const stop = async () => {
  await services.stop();
  process.exit(status);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

try {
  const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
  log('Type-checking...');
  await run(bin(root, 'tsc'), ['-p', 'tsconfig.json', '--noEmit'], { cwd: root, env });
  log('Linting...');
  // The module-boundary rule reads the project graph; compute it first.
  await run(bin(root, 'nx'), ['show', 'projects'], { cwd: root, env, quiet: true });
  await run(bin(root, 'eslint'), ['.'], { cwd: root, env });
  log('Building...');
  await run(bin(root, 'tsc'), ['-p', 'tsconfig.build.json'], { cwd: root, env });
  log('Migrating the template database...');
  await prepareTemplate(services.env.DATABASE_URL, env);
  log('Running jest...');
  await run(bin(root, 'jest'), ['--ci', ...process.argv.slice(2)], {
    cwd: root,
    env: {
      ...env,
      NODE_ENV: 'test',
      TESSERA_TEST_DATABASE_URL: services.env.DATABASE_URL,
      TESSERA_TEST_TEMPLATE: TEMPLATE,
      TESSERA_TEST_REDIS_URL: services.env.REDIS_URL,
    },
  });
  status = 0;
} catch (error) {
  console.error(`[tools/test] ${error.message}`);
  status = typeof error.code === 'number' && error.code > 0 ? error.code : 1;
}
await stop();
