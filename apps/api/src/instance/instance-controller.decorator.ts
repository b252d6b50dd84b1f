import { Controller, UseGuards, UseInterceptors, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiParam, ApiTags } from '@nestjs/swagger';
import { InstanceGuard } from './instance.guard';
import { TenantTransactionInterceptor } from './tenant-transaction.interceptor';

// Every controller under /api/v1/t/{slug}: resolved instance, staff auth, one tenant transaction.
export function InstanceController(path: string, tag: string) {
  return applyDecorators(
    Controller(`api/v1/t/:slug/${path}`),
    UseGuards(InstanceGuard),
    UseInterceptors(TenantTransactionInterceptor),
    ApiTags(tag),
    ApiBearerAuth('staff'),
    ApiParam({ name: 'slug', description: 'the instance', example: 'demo' }),
  );
}
