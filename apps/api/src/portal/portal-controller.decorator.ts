import { Controller, UseGuards, UseInterceptors, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiParam, ApiTags } from '@nestjs/swagger';
import { TenantTransactionInterceptor } from '../instance/tenant-transaction.interceptor';
import { PortalGuard } from './portal.guard';

// Every controller under /api/v1/t/{slug}/portal: resolved instance, requester auth, one tenant
// transaction per request.
export function PortalController(path: string, tag: string) {
  return applyDecorators(
    Controller(`api/v1/t/:slug/portal${path ? `/${path}` : ''}`),
    UseGuards(PortalGuard),
    UseInterceptors(TenantTransactionInterceptor),
    ApiTags(tag),
    ApiBearerAuth('requester'),
    ApiParam({ name: 'slug', description: 'the instance', example: 'demo' }),
  );
}
