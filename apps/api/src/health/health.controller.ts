import { Controller, Get, Header, HttpStatus, Inject, Res } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { ApiExcludeController } from '@nestjs/swagger';
import { METRICS, Metrics } from '@tessera/observability';
import { ALL_QUEUES, REDIS } from '@tessera/queue';
import { Queue } from 'bullmq';
import type { Response } from 'express';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';

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

// Liveness, readiness and Prometheus metrics, outside the versioned API.
@ApiExcludeController()
@Controller()
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(METRICS) private readonly metrics: Metrics,
    private readonly modules: ModuleRef,
  ) {}

  @Get('healthz')
  healthz(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('readyz')
  async readyz(@Res() response: Response): Promise<void> {
    const [database, redis] = await Promise.all([
      this.check(() => this.dataSource.query('select 1')),
      this.check(() => this.redis.ping()),
    ]);
    const checks = { database, redis };
    const failed = Object.entries(checks).filter(([, value]) => value !== 'up').map(([name]) => name);
    if (failed.length === 0) {
      response.status(HttpStatus.OK).json({ status: 'ready', checks });
      return;
    }
    response
      .status(HttpStatus.SERVICE_UNAVAILABLE)
      .type('application/problem+json')
      .send(
        JSON.stringify({
          type: 'urn:tessera:problem:ops.not-ready',
          title: 'Service unavailable',
          status: 503,
          detail: `Not ready: ${failed.join(' and ')} unreachable`,
          code: 'ops.not-ready',
          failed,
          checks,
        }),
      );
  }

  @Get('metrics')
  @Header('Cache-Control', 'no-store')
  async prometheus(@Res() response: Response): Promise<void> {
    await this.collectQueueDepths();
    response.type(this.metrics.registry.contentType).send(await this.metrics.registry.metrics());
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
          // Reported through /readyz.
        }
      }),
    );
  }
}
