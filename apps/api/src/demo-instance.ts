import { INestApplicationContext } from '@nestjs/common';
import { StaffService } from '@tessera/auth';
import { DomainError } from '@tessera/errors';
import { TenantDatabase } from '@tessera/database';
import { ProvisioningService } from '@tessera/platform';
import { TenantService } from '@tessera/tenancy';

export const DEMO = {
  slug: 'demo',
  name: 'Demo helpdesk',
  manager: { email: 'manager@demo.tessera.test', name: 'Demo Manager' },
  agent: { email: 'agent@demo.tessera.test', name: 'Demo Agent' },
};

// Creates the demo instance with a manager and an agent, or, when it exists, sets their
// passwords to the given ones so the credentials printed by tools/start are always true.
export async function ensureDemoInstance(
  app: INestApplicationContext,
  passwords: { manager: string; agent: string },
): Promise<'created' | 'updated'> {
  const tenants = app.get(TenantService);
  const staff = app.get(StaffService);
  const db = app.get(TenantDatabase);
  let tenant;
  try {
    tenant = await tenants.get(DEMO.slug);
  } catch (error) {
    if (!(error instanceof DomainError && error.kind === 'not_found')) throw error;
  }
  if (!tenant) {
    const created = await app.get(ProvisioningService).provision({
      slug: DEMO.slug,
      name: DEMO.name,
      manager: { ...DEMO.manager, password: passwords.manager },
    });
    await db.run(created.tenant, () =>
      staff.create({ ...DEMO.agent, password: passwords.agent, isManager: false, primaryDepartmentId: created.department.id }),
    );
    return 'created';
  }
  await db.run(tenant, async () => {
    if (!(await staff.setPassword(DEMO.manager.email, passwords.manager))) {
      await staff.create({ ...DEMO.manager, password: passwords.manager, isManager: true, primaryDepartmentId: null });
    }
    if (!(await staff.setPassword(DEMO.agent.email, passwords.agent))) {
      await staff.create({ ...DEMO.agent, password: passwords.agent, isManager: false, primaryDepartmentId: null });
    }
  });
  return 'updated';
}
