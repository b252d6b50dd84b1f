import { Injectable } from '@nestjs/common';
import { AuthError, AuthErrorCode, AuthSource, Staff, StaffService, TwoFactorService } from '@tessera/auth';
import { TenantDatabase, refuseDuplicate } from '@tessera/database';
import { normalizeEmail } from './email-address';
import { checkedName } from './admin-rules';
import { StaffDepartment } from './directory.entities';
import { DirectoryError, DirectoryErrorCode, invalidField } from './directory.errors';
import { DirectoryService } from './directory.service';

export interface AgentDepartment {
  departmentId: string;
  roleId: string;
}

export interface AgentInput {
  email: string;
  name: string;
  // Required for local accounts; directory accounts have none here.
  password?: string;
  authSource?: AuthSource;
  isManager?: boolean;
  // Required, with the role there, unless the agent is a manager.
  primaryDepartmentId?: string | null;
  roleId?: string | null;
  // Extra departments, each with its own role.
  departments?: AgentDepartment[];
  language?: string | null;
  signature?: string;
}

export interface AgentChanges extends Partial<AgentInput> {
  isActive?: boolean;
  isLocked?: boolean;
  // Automatic assignment passes the agent by until then; null: back.
  awayUntil?: Date | null;
}

export interface AgentDepartmentView {
  departmentId: string;
  departmentName: string;
  roleId: string | null;
  roleName: string | null;
  isPrimary: boolean;
}

export interface AgentView {
  staff: Staff;
  departments: AgentDepartmentView[];
  teamIds: string[];
}

interface Placement {
  isManager: boolean;
  primaryDepartmentId: string | null;
  roleId: string | null;
  departments: AgentDepartment[];
}

// Managers create and edit the instance's agents: where each works with which role, and whether
// the account may sign in. An instance never loses its last active manager. Runs in the tenant
// transaction.
@Injectable()
export class AgentAdminService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly directory: DirectoryService,
    private readonly staff: StaffService,
    private readonly twoFactor: TwoFactorService,
  ) {}

  async list(): Promise<AgentView[]> {
    return this.views(await this.db.manager.find(Staff, { order: { name: 'ASC', id: 'ASC' } }));
  }

  async get(id: string): Promise<AgentView> {
    const [view] = await this.views([await this.directory.agent(id)]);
    return view;
  }

  async create(input: AgentInput): Promise<AgentView> {
    const placement = await this.checkedPlacement({
      isManager: input.isManager ?? false,
      primaryDepartmentId: input.primaryDepartmentId ?? null,
      roleId: input.roleId ?? null,
      departments: input.departments ?? [],
    });
    const staff = await this.staff.create({
      email: input.email,
      name: checkedName(input.name),
      password: input.password ?? '',
      authSource: input.authSource ?? 'local',
      isManager: placement.isManager,
      primaryDepartmentId: placement.primaryDepartmentId,
      roleId: placement.roleId,
      language: input.language ?? null,
      signature: input.signature ?? '',
    });
    await this.replaceDepartments(staff.id, placement.departments);
    return this.get(staff.id);
  }

  // `actorStaffId` is the manager making the change: they cannot demote, deactivate or lock
  // themself.
  // An agent of this instance who lost the second factor signs in with the password again.
  async removeTwoFactor(id: string): Promise<void> {
    const staff = await this.directory.agent(id);
    await this.twoFactor.remove(staff.id);
  }

  async update(id: string, changes: AgentChanges, actorStaffId: string): Promise<AgentView> {
    const manager = this.db.manager;
    const staff = await this.directory.agent(id);
    const access = {
      isManager: changes.isManager ?? staff.isManager,
      isActive: changes.isActive ?? staff.isActive,
      isLocked: changes.isLocked ?? staff.isLocked,
    };
    await this.assertKeepsAManager(staff, access, actorStaffId);
    const current = await manager.find(StaffDepartment, { where: { staffId: id } });
    const placement = await this.checkedPlacement({
      isManager: access.isManager,
      primaryDepartmentId: changes.primaryDepartmentId !== undefined ? changes.primaryDepartmentId : staff.primaryDepartmentId,
      roleId: changes.roleId !== undefined ? changes.roleId : staff.roleId,
      departments: changes.departments ?? current.map(({ departmentId, roleId }) => ({ departmentId, roleId })),
    });
    const { departments, ...columns } = placement;
    const update: Partial<Staff> = { ...columns, ...access, updatedAt: new Date() };
    if (changes.email !== undefined) update.email = checkedEmail(changes.email);
    if (changes.name !== undefined) update.name = checkedName(changes.name);
    if (changes.language !== undefined) update.language = changes.language;
    if (changes.signature !== undefined) update.signature = changes.signature;
    if (changes.awayUntil !== undefined) update.awayUntil = changes.awayUntil;
    // The directory checks the password from now on: the local one stops working.
    if (changes.authSource !== undefined) update.authSource = changes.authSource;
    if (changes.authSource === 'ldap') update.passwordHash = null;
    await refuseDuplicate(
      () => manager.update(Staff, { id }, update),
      () => new AuthError(AuthErrorCode.EmailTaken, `An agent with the e-mail ${update.email} already exists`),
    );
    await this.replaceDepartments(id, departments);
    // A new password, a lock or a deactivation ends every session of the account at once.
    if (changes.password !== undefined) await this.staff.setPassword(update.email ?? staff.email, changes.password);
    if (!access.isActive || access.isLocked || (changes.authSource !== undefined && changes.authSource !== staff.authSource)) await this.staff.endSessions(id);
    return this.get(id);
  }

  private async assertKeepsAManager(staff: Staff, next: Pick<Staff, 'isManager' | 'isActive' | 'isLocked'>, actorStaffId: string): Promise<void> {
    const manages = (s: Pick<Staff, 'isManager' | 'isActive' | 'isLocked'>) => s.isManager && s.isActive && !s.isLocked;
    if (!manages(staff) || manages(next)) return;
    if (staff.id === actorStaffId) {
      throw new DirectoryError(DirectoryErrorCode.OwnAccount, 'Managers cannot demote, deactivate or lock their own account; ask another manager');
    }
    // Locks the managers' rows: two managers demoting each other at once must not both succeed.
    const managers = (await this.db.manager.query('select id from staff where is_manager and is_active and not is_locked for update')) as {
      id: string;
    }[];
    if (!managers.some((row) => row.id !== staff.id)) {
      throw new DirectoryError(DirectoryErrorCode.LastManager, 'This is the last active manager of the instance; it needs one');
    }
  }

  private async checkedPlacement(placement: Placement): Promise<Placement> {
    const { isManager, primaryDepartmentId, roleId, departments } = placement;
    if (!isManager && !primaryDepartmentId) {
      throw invalidField('primaryDepartmentId', 'An agent who is not a manager needs a primary department');
    }
    if (!isManager && !roleId) throw invalidField('roleId', 'An agent who is not a manager needs a role in the primary department');
    if (roleId && !primaryDepartmentId) throw invalidField('roleId', 'A role applies to a primary department; choose one');
    if (primaryDepartmentId) await this.directory.department(primaryDepartmentId);
    if (roleId) await this.directory.role(roleId);
    const seen = new Set<string>();
    for (const extra of departments) {
      if (extra.departmentId === primaryDepartmentId) {
        throw invalidField('departments', 'The primary department cannot also be an extra department');
      }
      if (seen.has(extra.departmentId)) throw invalidField('departments', 'A department is listed twice');
      seen.add(extra.departmentId);
      await this.directory.department(extra.departmentId);
      await this.directory.role(extra.roleId);
    }
    return placement;
  }

  private async replaceDepartments(staffId: string, departments: AgentDepartment[]): Promise<void> {
    const manager = this.db.manager;
    const tenantId = this.db.tenant.id;
    await manager.delete(StaffDepartment, { staffId });
    if (departments.length > 0) {
      await manager.insert(
        StaffDepartment,
        departments.map(({ departmentId, roleId }) => ({ tenantId, staffId, departmentId, roleId })),
      );
    }
  }

  private async views(agents: Staff[]): Promise<AgentView[]> {
    if (agents.length === 0) return [];
    const rows = (await this.db.manager.query(
      `select s.id,
              coalesce((select json_agg(json_build_object('departmentId', d.id, 'departmentName', d.name, 'roleId', p.role_id,
                                                          'roleName', r.name, 'isPrimary', p.is_primary)
                                        order by p.is_primary desc, d.name)
                          from (select s.primary_department_id as department_id, s.role_id, true as is_primary
                                 where s.primary_department_id is not null
                                union all
                                select sd.department_id, sd.role_id, false
                                  from staff_departments sd where sd.tenant_id = s.tenant_id and sd.staff_id = s.id) p
                          join departments d on d.tenant_id = s.tenant_id and d.id = p.department_id
                          left join roles r on r.tenant_id = s.tenant_id and r.id = p.role_id), '[]') as departments,
              array(select tm.team_id from team_members tm
                     where tm.tenant_id = s.tenant_id and tm.staff_id = s.id order by tm.team_id) as team_ids
         from staff s where s.id = any($1)`,
      [agents.map((a) => a.id)],
    )) as { id: string; departments: AgentDepartmentView[]; team_ids: string[] }[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return agents.map((staff) => ({
      staff,
      departments: byId.get(staff.id)?.departments ?? [],
      teamIds: byId.get(staff.id)?.team_ids ?? [],
    }));
  }
}

function checkedEmail(value: string): string {
  const email = normalizeEmail(value);
  if (!email) throw invalidField('email', `"${value}" is not an e-mail address`);
  return email;
}
