import { applyDecorators } from '@nestjs/common';
import { InstanceController } from '../instance/instance-controller.decorator';
import { ManagerOnly } from '../instance/manager-only.guard';
import { ConfigurationRoute } from '../instance/request-transaction';

// A controller under /api/v1/t/{slug}/admin/...: an instance route for managers only, which reads
// the configuration fresh since it may change it.
export function AdminController(path: string) {
  return applyDecorators(InstanceController(`admin/${path}`, 'instance administration'), ManagerOnly(), ConfigurationRoute());
}
