import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { CONFIG, Config } from '@tessera/config';
import { HealthAnswer, HealthService } from '@tessera/observability';
import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const NOT_FOUND: HealthAnswer = {
  status: 404,
  contentType: 'application/problem+json; charset=utf-8',
  body: JSON.stringify({
    type: 'urn:tessera:problem:http.not-found',
    title: 'Not Found',
    status: 404,
    detail: 'The worker answers GET /healthz, /readyz and /metrics only',
    code: 'http.not-found',
  }),
};

// The worker's health port: liveness, readiness and Prometheus metrics for probes and scrapers.
// It listens before the queues start, so a worker waiting for Redis still answers its probes.
@Injectable()
export class HealthServer implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(HealthServer.name);
  private readonly server: Server = createServer((request, response) => void this.answer(request, response));

  constructor(
    private readonly health: HealthService,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async onModuleInit(): Promise<void> {
    const { host } = this.config.http;
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.config.worker.port, host, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    this.logger.log(`Health and metrics on http://${host}:${this.address().port}`);
  }

  async onModuleDestroy(): Promise<void> {
    if (!this.server.listening) return;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  address(): AddressInfo {
    return this.server.address() as AddressInfo;
  }

  private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://worker').pathname;
    let answer = NOT_FOUND;
    try {
      if (request.method === 'GET' || request.method === 'HEAD') {
        if (path === '/healthz') answer = this.health.liveness();
        else if (path === '/readyz') answer = await this.health.readiness();
        else if (path === '/metrics') answer = await this.health.prometheus();
      }
    } catch (error) {
      this.logger.error(`${path} failed: ${(error as Error).message}`);
      answer = { status: 500, contentType: 'text/plain; charset=utf-8', body: 'Internal error' };
    }
    response.writeHead(answer.status, { 'Content-Type': answer.contentType, 'Cache-Control': 'no-store' });
    response.end(request.method === 'HEAD' ? undefined : answer.body);
  }
}
