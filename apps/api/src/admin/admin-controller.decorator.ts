import { applyDecorators } from '@nestjs/common';
import { InstanceController } from '../instance/instance-controller.decorator';
import { ManagerOnly } from '../instance/manager-only.guard';

// A controller under /api/v1/t/{slug}/admin/...: an instance route for managers only.
export function AdminController(path: string) {
  return applyDecorators(InstanceController(`admin/${path}`, 'instance administration'), ManagerOnly());
}
