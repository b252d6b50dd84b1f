import { Injectable } from '@nestjs/common';
import { TenantDatabase, newId } from '@tessera/database';
import { checkedName, deleteUnlessUsed, saveNamed } from './admin-rules';
import { Role } from './directory.entities';
import { invalidField } from './directory.errors';
import { DirectoryService } from './directory.service';
import { PERMISSIONS, Permission, isPermission } from './permissions';

export interface RoleInput {
  name: string;
  permissions: string[];
}

export type RoleChanges = Partial<RoleInput>;

// Roles are named sets of permissions; an agent holds one per department. Runs in the tenant
// transaction.
@Injectable()
export class RoleAdminService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly directory: DirectoryService,
  ) {}

  create(input: RoleInput): Promise<Role> {
    const now = new Date();
    return this.save(Object.assign(new Role(), { tenantId: this.db.tenant.id, id: newId(), createdAt: now }), input);
  }

  async update(id: string, changes: RoleChanges): Promise<Role> {
    return this.save(await this.directory.role(id), changes);
  }

  async delete(id: string): Promise<void> {
    await this.directory.role(id);
    await deleteUnlessUsed(this.db.manager, Role, id, 'role', [
      { table: 'staff', column: 'role_id', label: 'agents (primary department)' },
      { table: 'staff_departments', column: 'role_id', label: 'agents (extra departments)' },
    ]);
  }

  private save(role: Role, changes: RoleChanges): Promise<Role> {
    if (changes.name !== undefined) role.name = checkedName(changes.name);
    if (changes.permissions !== undefined) role.permissions = checkedPermissions(changes.permissions);
    role.updatedAt = new Date();
    return saveNamed(this.db.manager, Role, role, 'role');
  }
}

// Known permissions only, each once, in the order of the list.
function checkedPermissions(values: string[]): Permission[] {
  const unknown = values.filter((value) => !isPermission(value));
  if (unknown.length > 0) {
    throw invalidField('permissions', `Unknown permissions: ${unknown.join(', ')}`, { unknown });
  }
  return PERMISSIONS.filter((permission) => values.includes(permission));
}
