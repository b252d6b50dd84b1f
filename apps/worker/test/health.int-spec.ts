import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { runtimeModules } from '@tessera/platform';
import { REDIS } from '@tessera/queue';
import { TestDatabase, createTestDatabase, testConfig, waitUntil } from '@tessera/testing';
import type Redis from 'ioredis';
import { HealthServer } from '../src/health/health.server';
import { WorkerHealthModule } from '../src/health/worker-health.module';
import { WorkerModule } from '../src/worker.module';

function baseOf(context: INestApplicationContext): string {
  return `http://127.0.0.1:${context.get(HealthServer).address().port}`;
}

describe('worker: health port', () => {
  let database: TestDatabase;
  let worker: INestApplicationContext;
  let base: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(testConfig(database, { WORKER_OUTBOX_INTERVAL_MS: '100' })), { logger: false });
    base = baseOf(worker);
  });

  afterAll(async () => {
    await worker.close();
    await database.drop();
  });

  it('answers /healthz while the process runs', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz when the database and Redis answer', async () => {
    const response = await fetch(`${base}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', checks: { database: 'up', redis: 'up' } });
  });

  it("exposes the process metrics, the worker's job counters and the queue depths", async () => {
    // The outbox relay runs every 100 ms here; its runs show in the worker's counter.
    const relayed = /tessera_jobs_processed_total\{[^}]*queue="\{outbox\}"[^}]*job="relay"[^}]*outcome="completed"[^}]*\} [1-9]/;
    let text = '';
    await waitUntil(async () => relayed.test((text = await (await fetch(`${base}/metrics`)).text())), 10_000, 'a counted outbox relay');
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toMatch(/app="worker"/);
    expect(text).toMatch(/tessera_queue_jobs\{[^}]*queue="\{housekeeping\}"[^}]*state="delayed"/);
    const response = await fetch(`${base}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/text\/plain/);
    await response.text();
  });

  it('answers anything else with a problem+json 404', async () => {
    for (const [method, path] of [['GET', '/'], ['GET', '/api/v1'], ['POST', '/healthz']]) {
      const response = await fetch(`${base}${path}`, { method });
      expect([method, path, response.status]).toEqual([method, path, 404]);
      expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(await response.json()).toMatchObject({ status: 404, code: 'http.not-found' });
    }
  });
});

describe('worker: health port when Redis is unreachable', () => {
  it('answers /healthz, and /readyz with a 503 naming Redis, and leaves no Redis client retrying', async () => {
    const database = await createTestDatabase();
    const config = testConfig(database, { REDIS_URL: 'redis://127.0.0.1:1' });
    // The health port over the runtime modules: the job processors would wait for Redis to start.
    @Module({ imports: [...runtimeModules('worker', config), WorkerHealthModule] })
    class HealthOnly {}
    const context = await NestFactory.createApplicationContext(HealthOnly, { logger: false });
    const redis = context.get<Redis>(REDIS);
    let attempts = 0;
    redis.on('reconnecting', () => attempts++);
    try {
      const base = baseOf(context);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      const response = await fetch(`${base}/readyz`);
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
      const body = await response.json();
      expect(body).toMatchObject({ code: 'ops.not-ready', failed: ['redis'], checks: { database: 'up' } });
      expect(body.detail).toBe('Not ready: redis unreachable');
      expect(body.checks.redis).toMatch(/^down: /);
      // Metrics still answer, without queue depths they cannot read.
      expect((await fetch(`${base}/metrics`)).status).toBe(200);
    } finally {
      await context.close();
      await database.drop();
    }
    // The client kept trying while the worker ran, and stops for good when it shuts down.
    expect(attempts).toBeGreaterThan(0);
    const before = attempts;
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect(attempts).toBe(before);
  });
});
