import { Injectable } from '@nestjs/common';
import { TenantDatabase, newId } from '@tessera/database';
import { normalizeEmail } from './email-address';
import { assertNoCycle, checkedName, deleteUnlessUsed, saveNamed } from './admin-rules';
import { Department } from './directory.entities';
import { invalidField } from './directory.errors';
import { DirectoryService } from './directory.service';

export interface DepartmentInput {
  name: string;
  parentId?: string | null;
  isPublic?: boolean;
  managerStaffId?: string | null;
  // The address the department's mail is sent from; null uses the instance's.
  outgoingEmail?: string | null;
  // Off: its tickets get no auto-responses.
  autoResponse?: boolean;
  // The SLA plan of its tickets whose help topic names none; null: the instance's default.
  slaPlanId?: string | null;
}

export type DepartmentChanges = Partial<DepartmentInput>;

// Managers shape the department tree. Runs in the tenant transaction.
@Injectable()
export class DepartmentAdminService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly directory: DirectoryService,
  ) {}

  create(input: DepartmentInput): Promise<Department> {
    const now = new Date();
    const department = Object.assign(new Department(), {
      tenantId: this.db.tenant.id,
      id: newId(),
      parentId: null,
      isPublic: true,
      managerStaffId: null,
      outgoingEmail: null,
      autoResponse: true,
      slaPlanId: null,
      createdAt: now,
    });
    return this.save(department, input);
  }

  async update(id: string, changes: DepartmentChanges): Promise<Department> {
    return this.save(await this.directory.department(id), changes);
  }

  async delete(id: string): Promise<void> {
    await this.directory.department(id);
    await deleteUnlessUsed(this.db.manager, Department, id, 'department', [
      { table: 'tickets', column: 'department_id', label: 'tickets' },
      { table: 'help_topics', column: 'department_id', label: 'help topics' },
      { table: 'staff', column: 'primary_department_id', label: 'agents (primary department)' },
      { table: 'departments', column: 'parent_id', label: 'child departments' },
      { table: 'tasks', column: 'department_id', label: 'tasks' },
      { table: 'recurring_tickets', column: 'department_id', label: 'recurring tickets' },
      { table: 'time_rules', column: 'department_id', label: 'time rules' },
      { table: 'instance_settings', column: 'default_department_id', label: 'the instance settings (default department)' },
    ]);
  }

  private async save(department: Department, changes: DepartmentChanges): Promise<Department> {
    if (changes.name !== undefined) department.name = checkedName(changes.name);
    if (changes.parentId !== undefined) {
      if (changes.parentId !== null) {
        await this.directory.department(changes.parentId);
        await assertNoCycle(this.db.manager, 'departments', department.id, changes.parentId);
      }
      department.parentId = changes.parentId;
    }
    if (changes.isPublic !== undefined) department.isPublic = changes.isPublic;
    if (changes.managerStaffId !== undefined) {
      if (changes.managerStaffId !== null) await this.directory.agent(changes.managerStaffId);
      department.managerStaffId = changes.managerStaffId;
    }
    if (changes.outgoingEmail !== undefined) department.outgoingEmail = checkedAddress(changes.outgoingEmail);
    if (changes.autoResponse !== undefined) department.autoResponse = changes.autoResponse;
    if (changes.slaPlanId !== undefined) department.slaPlanId = changes.slaPlanId && (await this.directory.slaPlan(changes.slaPlanId)).id;
    department.updatedAt = new Date();
    return saveNamed(this.db.manager, Department, department, 'department');
  }
}

function checkedAddress(value: string | null): string | null {
  if (value === null) return null;
  const email = normalizeEmail(value);
  if (!email) throw invalidField('outgoingEmail', `"${value}" is not an e-mail address`);
  return email;
}
