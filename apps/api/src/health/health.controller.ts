import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { HealthAnswer, HealthService } from '@tessera/observability';
import type { Response } from 'express';

function send(response: Response, answer: HealthAnswer): void {
  response.status(answer.status).type(answer.contentType).send(answer.body);
}

// Liveness, readiness and Prometheus metrics, outside the versioned API.
@ApiExcludeController()
@Controller()
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get('healthz')
  healthz(@Res() response: Response): void {
    send(response, this.health.liveness());
  }

  @Get('readyz')
  async readyz(@Res() response: Response): Promise<void> {
    send(response, await this.health.readiness());
  }

  @Get('metrics')
  @Header('Cache-Control', 'no-store')
  async prometheus(@Res() response: Response): Promise<void> {
    send(response, await this.health.prometheus());
  }
}
