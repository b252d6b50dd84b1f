import { getQueueToken } from '@nestjs/bullmq';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ALL_QUEUES, REDIS } from '@tessera/queue';
import { Queue } from 'bullmq';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { METRICS, Metrics } from './metrics';

const CHECK_TIMEOUT_MS = 2000;

// The timer goes with the answer: none is left running after a quick failure.
async function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS).unref();
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// An answer ready to send: the HTTP status, its media type and the body.
export interface HealthAnswer {
  status: number;
  contentType: string;
  body: string;
}

const JSON_TYPE = 'application/json; charset=utf-8';

// Liveness, readiness and the Prometheus exposition, the same for every Tessera process: the API
// serves them on its own port, the worker on its health port.
@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(METRICS) private readonly metrics: Metrics,
    private readonly modules: ModuleRef,
  ) {}

  liveness(): HealthAnswer {
    return { status: HttpStatus.OK, contentType: JSON_TYPE, body: JSON.stringify({ status: 'ok' }) };
  }

  // Ready when the database and Redis both answer; otherwise a problem naming the ones that do not.
  async readiness(): Promise<HealthAnswer> {
    const [database, redis] = await Promise.all([
      this.check(() => this.dataSource.query('select 1')),
      this.check(() => this.redis.ping()),
    ]);
    const checks = { database, redis };
    const failed = Object.entries(checks).filter(([, value]) => value !== 'up').map(([name]) => name);
    if (failed.length === 0) return { status: HttpStatus.OK, contentType: JSON_TYPE, body: JSON.stringify({ status: 'ready', checks }) };
    return {
      status: HttpStatus.SERVICE_UNAVAILABLE,
      contentType: 'application/problem+json; charset=utf-8',
      body: JSON.stringify({
        type: 'urn:tessera:problem:ops.not-ready',
        title: 'Service unavailable',
        status: HttpStatus.SERVICE_UNAVAILABLE,
        detail: `Not ready: ${failed.join(' and ')} unreachable`,
        code: 'ops.not-ready',
        failed,
        checks,
      }),
    };
  }

  // The process metrics, this process's own counters and the queue depths read now.
  async prometheus(): Promise<HealthAnswer> {
    await this.collectQueueDepths();
    return { status: HttpStatus.OK, contentType: this.metrics.registry.contentType, body: await this.metrics.registry.metrics() };
  }

  private async check(probe: () => Promise<unknown>): Promise<string> {
    try {
      await withTimeout(probe());
      return 'up';
    } catch (error) {
      return `down: ${(error as Error).message}`;
    }
  }

  // Depths are read from Redis when scraped; an unreachable Redis leaves the last values.
  private async collectQueueDepths(): Promise<void> {
    await Promise.all(
      ALL_QUEUES.map(async (name) => {
        try {
          const queue = this.modules.get<Queue>(getQueueToken(name), { strict: false });
          const counts = await withTimeout(queue.getJobCounts('waiting', 'active', 'delayed', 'failed'));
          for (const [state, count] of Object.entries(counts)) this.metrics.queueDepth.set({ queue: name, state }, count);
        } catch {
          // Reported through the readiness check.
        }
      }),
    );
  }
}
