import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

// What the private servers of fault tests share: a free port, a binary to find, and a child
// process whose start is awaited on a line of its output and whose stop is awaited on its exit.

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

export function findBinary(name: string): string {
  for (const directory of ['/usr/sbin', '/usr/bin', '/usr/local/sbin', '/usr/local/bin']) {
    if (existsSync(join(directory, name))) return join(directory, name);
  }
  throw new Error(`${name} was not found; tools/test installs it (apt-get install ${name})`);
}

// uid and gid of a system account, for servers that refuse to run as root.
export function accountIds(name: string): { uid: number; gid: number } {
  const id = (flag: string) => Number(spawnSync('id', [flag, name], { encoding: 'utf8' }).stdout);
  return { uid: id('-u'), gid: id('-g') };
}

export interface ServerProcess {
  readonly running: boolean;
  // Resolves once the server has exited.
  stop(signal?: NodeJS.Signals): Promise<void>;
  output(): string;
}

// Starts `binary` and resolves when a line matching `ready` appears on stdout or stderr; throws
// (with the output) when it exits first or takes longer than `timeoutMs`.
export async function startServerProcess(
  binary: string,
  args: string[],
  ready: RegExp,
  options: { uid?: number; gid?: number; timeoutMs?: number } = {},
): Promise<ServerProcess> {
  const child: ChildProcess = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'], uid: options.uid, gid: options.gid });
  let output = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const started = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${binary} did not start within ${options.timeoutMs ?? 20_000} ms:\n${output}`)), options.timeoutMs ?? 20_000);
    const look = (chunk: Buffer) => {
      output += String(chunk);
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', look);
    child.stderr?.on('data', look);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`${binary} exited while starting:\n${output}`));
    });
  });
  try {
    await started;
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const running = () => child.exitCode === null && child.signalCode === null;
  return {
    get running() {
      return running();
    },
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      if (running()) child.kill(signal);
      await exited;
    },
  };
}
