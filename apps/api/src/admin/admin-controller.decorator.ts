import { applyDecorators } from '@nestjs/common';
import { ApiForbiddenResponse } from '@nestjs/swagger';
import { InstanceController } from '../instance/instance-controller.decorator';
import { ManagerOnly } from '../instance/manager-only.guard';
import { ConfigurationRoute } from '../instance/request-transaction';

// A controller under /api/v1/t/{slug}/admin/...: an instance route for managers only, which reads
// the configuration fresh since it may change it.
export function AdminController(path: string) {
  return applyDecorators(InstanceController(`admin/${path}`, 'instance administration'), ManagerOnly(), ConfigurationRoute());
}

// An admin controller whose rows may belong to a department: managers keep them all, and agents
// whose role in a department holds its part (topics.manage, filters.manage, members.manage) keep
// that department's. The service decides row by row; anyone else gets 403.
export function DelegatedAdminController(path: string) {
  return applyDecorators(
    InstanceController(`admin/${path}`, 'instance administration'),
    ApiForbiddenResponse({ description: "*.forbidden: the row is instance-wide or another department's, or the caller's role lacks the department's permission" }),
    ConfigurationRoute(),
  );
}
