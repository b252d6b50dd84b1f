import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Config } from '@tessera/config';

const root = resolve(__dirname, '..', '..', '..');

export interface WorkerProcess {
  // Sends the signal (SIGKILL is a crash, SIGTERM a shutdown) and resolves once the process is gone.
  kill(signal: NodeJS.Signals): Promise<void>;
  output(): string;
}

// The environment of a worker process serving the same database and Redis as `config`, on a
// queue prefix of its own (apart from any worker running in the test's process) unless the
// overrides name one.
export function workerEnvironment(config: Config, overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  if (!config.database.ownerUrl) throw new Error('a worker process needs the owner URL of the database');
  return {
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: config.database.ownerUrl,
    REDIS_URL: config.redis.url,
    TESSERA_QUEUE_PREFIX: `test-${randomBytes(4).toString('hex')}`,
    TESSERA_SECRET_KEY: config.secretKey,
    TESSERA_PUBLIC_URL: config.http.publicUrl,
    WORKER_MAIL_SWEEP_INTERVAL_MS: '200',
    // Its health port on any free port, so that workers of parallel test files never collide.
    TESSERA_WORKER_PORT: '0',
    LOG_LEVEL: 'warn',
    ...overrides,
  };
}

// The compiled worker (tools/test builds it before jest runs) as operators start it: a real
// process, so SIGKILL is a real crash.
export function startWorkerProcess(env: NodeJS.ProcessEnv): WorkerProcess {
  const main = join(root, 'dist', 'apps', 'worker', 'src', 'main.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: run the tests with tools/test, which builds it`);
  const child: ChildProcess = spawn(process.execPath, ['-r', join(root, 'tools', 'paths.cjs'), main], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  child.stdout?.on('data', (chunk) => output.push(String(chunk)));
  child.stderr?.on('data', (chunk) => output.push(String(chunk)));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.once('exit', (code, signal) => {
    if (code !== 0 && signal === null) console.error(`worker exited with ${code}:\n${output.join('')}`);
  });
  return {
    output: () => output.join(''),
    kill: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
