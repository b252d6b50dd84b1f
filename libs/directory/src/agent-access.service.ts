import { Injectable } from '@nestjs/common';
import { ConfigCache, TenantDatabase, statement } from '@tessera/database';
import { AgentAccess } from './agent-access';
import { isPermission, Permission } from './permissions';

interface AccessRow {
  is_manager: boolean;
  primary_department_id: string | null;
  primary_permissions: string[] | null;
  departments: { id: string; permissions: string[] }[];
  team_ids: string[];
}

// Loads an agent's departments, roles and teams in one query, inside the tenant transaction, or
// from the process's ConfigCache (the access is made of configuration tables). The access is
// shared by the agent's requests: read-only.
@Injectable()
export class AgentAccessService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly cache: ConfigCache,
  ) {}

  load(staffId: string): Promise<AgentAccess> {
    return this.cache.get(`access:${staffId}`, () => this.read(staffId));
  }

  private async read(staffId: string): Promise<AgentAccess> {
    const [row] = await this.db.query<AccessRow>(ACCESS, [staffId]);
    if (!row) throw new Error(`No agent ${staffId} in this instance`);
    const primaryPermissions = permissionSet(row.primary_permissions ?? []);
    const departments = new Map<string, Set<Permission>>(row.departments.map((d) => [d.id, permissionSet(d.permissions)]));
    if (row.primary_department_id) departments.set(row.primary_department_id, primaryPermissions);
    return {
      staffId,
      isManager: row.is_manager,
      primaryDepartmentId: row.primary_department_id,
      departments,
      primaryPermissions,
      teamIds: row.team_ids,
    };
  }
}

const ACCESS = statement(
  'directory.agent-access',
  `select s.is_manager, s.primary_department_id, r.permissions as primary_permissions,
          coalesce((select json_agg(json_build_object('id', sd.department_id, 'permissions', sr.permissions))
                      from staff_departments sd join roles sr on sr.tenant_id = sd.tenant_id and sr.id = sd.role_id
                     where sd.staff_id = s.id), '[]') as departments,
          array(select tm.team_id from team_members tm join teams t on t.tenant_id = tm.tenant_id and t.id = tm.team_id
                 where tm.staff_id = s.id and t.is_active) as team_ids
     from staff s left join roles r on r.tenant_id = s.tenant_id and r.id = s.role_id
    where s.id = $1`,
);

function permissionSet(values: string[]): Set<Permission> {
  return new Set(values.filter(isPermission));
}
