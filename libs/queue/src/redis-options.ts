import type { RedisOptions } from 'ioredis';

// ioredis waits this long for a stream to close after a disconnect before destroying it, on a
// timer that keeps the process alive. When Redis is unreachable the stream is already gone, the
// close never comes, and its default (2 s) held every shutdown up for that long.
const DISCONNECT_TIMEOUT_MS = 100;

// BullMQ takes ioredis options, not a URL: translate redis:// and rediss:// URLs. Every
// connection of Tessera starts from these.
export function redisOptionsFromUrl(url: string): RedisOptions {
  const parsed = new URL(url);
  const db = parsed.pathname.replace(/^\//, '');
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: db ? Number(db) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    disconnectTimeout: DISCONNECT_TIMEOUT_MS,
  };
}
