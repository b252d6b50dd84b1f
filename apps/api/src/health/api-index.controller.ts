import { Controller, Get } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';

export interface ApiIndex {
  name: string;
  version: string;
  links: Record<'docs' | 'openapi' | 'health' | 'ready' | 'instances' | 'platform', string>;
}

// The root of the versioned API: where to go from here.
@ApiExcludeController()
@Controller('api/v1')
export class ApiIndexController {
  @Get()
  index(): ApiIndex {
    return {
      name: 'Tessera API',
      version: 'v1',
      links: {
        docs: '/api/docs',
        openapi: '/api/docs-json',
        health: '/healthz',
        ready: '/readyz',
        instances: '/api/v1/t/{slug}',
        platform: '/api/v1/platform/tenants',
      },
    };
  }
}
