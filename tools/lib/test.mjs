import { resolve } from 'node:path';
import { engineMismatches } from './engines.mjs';
import { bin, run } from './run.mjs';
import { findChromium, startServices } from './services.mjs';
import { build, buildWeb, migrate, recreateDatabase } from './steps.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const log = (message) => console.log(`[tools/test] ${message}`);
const TEMPLATE = 'tessera_template';

// Drops what an interrupted run left behind and migrates a fresh template database.
async function prepareTemplate(ownerUrl, env) {
  const url = await recreateDatabase(ownerUrl, TEMPLATE, 'tessera_test_%');
  await migrate(root, { ...env, DATABASE_URL: url, LOG_LEVEL: 'warn' }, { quiet: true });
}

const services = await startServices({ root, profile: 'test', log, imap: true, smtpSink: true, ldap: true });
let status = 1;
const stop = async () => {
  await services.stop();
  process.exit(status);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

try {
  const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
  const mismatches = engineMismatches(root);
  if (mismatches.length > 0) throw new Error(`Installed packages that do not support Node ${process.versions.node}:\n  ${mismatches.join('\n  ')}`);
  const chromium = findChromium(log);
  log('Type-checking...');
  await run(bin(root, 'tsc'), ['-p', 'tsconfig.json', '--noEmit'], { cwd: root, env });
  await run(bin(root, 'tsc'), ['-p', 'apps/web/tsconfig.json'], { cwd: root, env });
  log('Linting...');
  // The module-boundary rule reads the project graph; compute it first.
  await run(bin(root, 'nx'), ['show', 'projects'], { cwd: root, env, quiet: true });
  await run(bin(root, 'eslint'), ['.'], { cwd: root, env });
  log('Building...');
  await build(root, env);
  await buildWeb(root, env);
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
      // libs/testing: testImapServer() adds users as files in the users directory.
      TESSERA_TEST_IMAP_HOST: services.imap.host,
      TESSERA_TEST_IMAP_PORT: String(services.imap.port),
      TESSERA_TEST_IMAP_USERS_DIR: services.imap.usersDir,
      TESSERA_TEST_SMTP_HOST: services.smtpSink.host,
      TESSERA_TEST_SMTP_PORT: String(services.smtpSink.port),
      TESSERA_TEST_SMTP_SINK_URL: services.smtpSink.url,
      // libs/testing: testLdapServer() binds as the directory's admin to add people.
      TESSERA_TEST_LDAP_URL: services.ldap.url,
      TESSERA_TEST_LDAP_BASE: services.ldap.base,
      TESSERA_TEST_LDAP_BIND_DN: services.ldap.bindDn,
      TESSERA_TEST_LDAP_BIND_PASSWORD: services.ldap.bindPassword,
      TESSERA_TEST_CHROMIUM: chromium,
    },
  });
  status = 0;
} catch (error) {
  console.error(`[tools/test] ${error.message}`);
  status = typeof error.code === 'number' && error.code > 0 ? error.code : 1;
}
await stop();
