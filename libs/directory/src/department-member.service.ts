import { Injectable } from '@nestjs/common';
import { Staff } from '@tessera/auth';
import { TenantDatabase } from '@tessera/database';
import { AgentAccess, administers } from './agent-access';
import { AgentAccessService } from './agent-access.service';
import { Role, StaffDepartment } from './directory.entities';
import { DirectoryError, DirectoryErrorCode, invalidField, notAdministered } from './directory.errors';
import { DirectoryService } from './directory.service';
import { isPermission } from './permissions';

// One agent working in a department, with the role there.
export interface DepartmentMember {
  staffId: string;
  name: string;
  email: string;
  isManager: boolean;
  isActive: boolean;
  roleId: string | null;
  roleName: string | null;
  // Their primary department: they leave it only when a manager moves them.
  isPrimary: boolean;
}

const MEMBERS = `select s.id as "staffId", s.name, s.email, s.is_manager as "isManager", s.is_active as "isActive",
                        m.role_id as "roleId", r.name as "roleName", m.is_primary as "isPrimary"
                   from (select id as staff_id, role_id, true as is_primary from staff where primary_department_id = $1
                         union all
                         select staff_id, role_id, false from staff_departments where department_id = $1) m
                   join staff s on s.id = m.staff_id
                   left join roles r on r.id = m.role_id`;

// Who works in a department and with which role, kept by managers and by the department's agents
// whose role there has members.manage. Those never grant a role beyond their own there, never
// change an agent whose role there exceeds theirs, nor their own place, nor an instance manager's.
// Runs in the tenant transaction.
@Injectable()
export class DepartmentMemberService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly directory: DirectoryService,
    private readonly access: AgentAccessService,
  ) {}

  async list(staffId: string, departmentId: string): Promise<DepartmentMember[]> {
    await this.keeper(staffId, departmentId);
    return this.db.manager.query(`${MEMBERS} order by s.name, s.id`, [departmentId]);
  }

  // Adds the agent to the department with this role, or gives them this role there.
  async set(staffId: string, departmentId: string, memberId: string, roleId: string): Promise<DepartmentMember> {
    const access = await this.keeper(staffId, departmentId);
    const member = await this.changeable(access, departmentId, memberId);
    const role = await this.directory.role(roleId).catch(() => {
      throw invalidField('roleId', `No role ${roleId} here`);
    });
    if (!this.grantable(access, departmentId, role)) {
      throw notAdministered('members.manage', `The role "${role.name}" holds permissions your role in this department lacks`);
    }
    if (member.primaryDepartmentId === departmentId) {
      await this.db.manager.update(Staff, { id: memberId }, { roleId: role.id, updatedAt: new Date() });
    } else {
      await this.db.manager.upsert(StaffDepartment, { tenantId: this.db.tenant.id, staffId: memberId, departmentId, roleId: role.id }, ['tenantId', 'staffId', 'departmentId']);
    }
    return (await this.member(departmentId, memberId))!;
  }

  async remove(staffId: string, departmentId: string, memberId: string): Promise<void> {
    const access = await this.keeper(staffId, departmentId);
    const member = await this.changeable(access, departmentId, memberId);
    if (member.primaryDepartmentId === departmentId) {
      throw invalidField('staffId', "This is the agent's primary department; a manager moves them to another");
    }
    const { affected } = await this.db.manager.delete(StaffDepartment, { staffId: memberId, departmentId });
    if (!affected) throw new DirectoryError(DirectoryErrorCode.NotFound, `The agent ${memberId} does not work in this department`);
  }

  private async keeper(staffId: string, departmentId: string): Promise<AgentAccess> {
    const access = await this.access.load(staffId);
    if (!administers(access, departmentId, 'members.manage')) {
      throw notAdministered('members.manage', "Your role in this department does not allow members.manage");
    }
    await this.directory.department(departmentId);
    return access;
  }

  // The agent, if the caller may change their place in the department.
  private async changeable(access: AgentAccess, departmentId: string, memberId: string): Promise<Staff> {
    const member = await this.directory.agent(memberId);
    if (access.isManager) return member;
    if (member.id === access.staffId) throw notAdministered('members.manage', 'Your own place in a department is kept by others');
    if (member.isManager) throw notAdministered('members.manage', "Managers' places are kept by managers");
    const current = await this.member(departmentId, memberId);
    if (current?.roleId && !this.grantable(access, departmentId, await this.directory.role(current.roleId))) {
      throw notAdministered('members.manage', "This agent's role in the department holds permissions yours lacks");
    }
    return member;
  }

  // Whether the role's permissions are all the caller's in the department.
  private grantable(access: AgentAccess, departmentId: string, role: Role): boolean {
    if (access.isManager) return true;
    const own = access.departments.get(departmentId);
    return role.permissions.filter(isPermission).every((permission) => own?.has(permission));
  }

  private async member(departmentId: string, memberId: string): Promise<DepartmentMember | null> {
    const rows: DepartmentMember[] = await this.db.manager.query(`${MEMBERS} where s.id = $2`, [departmentId, memberId]);
    return rows[0] ?? null;
  }
}
