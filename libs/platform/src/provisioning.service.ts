import { Injectable } from '@nestjs/common';
import { StaffService } from '@tessera/auth';
import { DefaultRole, DirectoryService } from '@tessera/directory';
import { TenantDatabase } from '@tessera/database';
import { NewTenant, Tenant, TenantService } from '@tessera/tenancy';
import { ConfigurationFile } from './configuration/configuration-file';
import { ConfigurationPlan, ConfigurationService } from './configuration/configuration.service';

export interface NewInstance extends NewTenant {
  manager: { email: string; name: string; password: string };
  // Another instance's configuration file, applied over the defaults.
  configuration?: unknown;
}

export interface ProvisionedInstance {
  tenant: Tenant;
  manager: { id: string; email: string; name: string };
  department: { id: string; name: string };
  // The default roles by key (all, expanded, limited, view).
  roleIds: Record<DefaultRole, string>;
  // What the configuration file created and updated, when one was given.
  configuration: ConfigurationPlan | null;
}

// Creates an instance from the simple working default: one department, one help topic,
// the five statuses, four priorities, a default SLA and its first manager, and optionally a
// configuration file over them. All or nothing.
@Injectable()
export class ProvisioningService {
  constructor(
    private readonly tenants: TenantService,
    private readonly directory: DirectoryService,
    private readonly staff: StaffService,
    private readonly configuration: ConfigurationService,
    private readonly database: TenantDatabase,
  ) {}

  async provision(input: NewInstance): Promise<ProvisionedInstance> {
    const { tenant, seeded } = await this.tenants.create(input, async (created) => {
      const { department, roles } = await this.directory.seedDefaults(created.defaultLanguage);
      const manager = await this.staff.create({
        email: input.manager.email,
        name: input.manager.name,
        password: input.manager.password,
        isManager: true,
        primaryDepartmentId: department.id,
        language: created.defaultLanguage,
      });
      const configuration = input.configuration === undefined ? null : await this.configuration.import(input.configuration, { dryRun: false });
      return {
        configuration,
        manager: { id: manager.id, email: manager.email, name: manager.name },
        department: { id: department.id, name: department.name },
        roleIds: Object.fromEntries(Object.entries(roles).map(([key, role]) => [key, role.id])) as Record<DefaultRole, string>,
      };
    });
    return { tenant, ...seeded };
  }

  // An instance's configuration file, for the operator.
  async configurationOf(slug: string): Promise<ConfigurationFile> {
    const tenant = await this.tenants.get(slug);
    return this.database.run({ id: tenant.id, slug: tenant.slug }, () => this.configuration.export());
  }
}
