import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ServerProcess, findBinary, freePort, startServerProcess } from './private-server';

export interface TestRedisServer {
  url: string;
  // Stops the server (it saves its data, as a production Redis with persistence does).
  stop(): Promise<void>;
  // Starts it again on the same port with the same data.
  start(): Promise<void>;
  // Stops it for good and removes its data.
  close(): Promise<void>;
}

// A Redis server of one test file's own, which the test may stop and start: the shared one
// tools/test runs serves the other test files meanwhile. Append-only persistence as in
// production, so a restart keeps queues and schedules.
export async function startTestRedis(): Promise<TestRedisServer> {
  const binary = findBinary('redis-server');
  const directory = await mkdtemp(join(tmpdir(), 'tessera-redis-'));
  const port = await freePort();
  let server: ServerProcess | null = null;
  const start = async () => {
    if (server?.running) return;
    server = await startServerProcess(
      binary,
      ['--port', String(port), '--bind', '127.0.0.1', '--dir', directory, '--daemonize', 'no', '--save', '', '--appendonly', 'yes'],
      /Ready to accept connections/,
    );
  };
  const stop = async () => {
    await server?.stop('SIGTERM');
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    start,
    stop,
    close: async () => {
      await stop();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
