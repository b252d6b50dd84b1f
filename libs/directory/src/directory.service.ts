import { Injectable } from '@nestjs/common';
import { Staff } from '@tessera/auth';
import { TenantDatabase, isUuid, newId } from '@tessera/database';
import { EntityTarget, ObjectLiteral } from 'typeorm';
import { defaultConfiguration } from './directory-defaults';
import { DefaultRole } from './permissions';
import { PriorityBand, defaultPriorityMatrix } from './priority-matrix';
import { BusinessSchedule, Department, HelpTopic, InstanceSettings, Priority, Role, SlaPlan, Team, TicketState, TicketStatus } from './directory.entities';
import { DirectoryError, DirectoryErrorCode } from './directory.errors';

export interface SeededDirectory {
  department: Department;
  topic: HelpTopic;
  roles: Record<DefaultRole, Role>;
}

// The instance's configuration objects. Every query runs in the tenant transaction.
@Injectable()
export class DirectoryService {
  constructor(private readonly db: TenantDatabase) {}

  async seedDefaults(language: string): Promise<SeededDirectory> {
    const manager = this.db.manager;
    const tenantId = this.db.tenant.id;
    const now = new Date();
    const stamp = { tenantId, createdAt: now, updatedAt: now };
    const defaults = defaultConfiguration(language);

    const department = Object.assign(new Department(), {
      ...stamp,
      id: newId(),
      name: defaults.department.name,
      parentId: null,
      isPublic: true,
      managerStaffId: null,
      outgoingEmail: null,
      autoResponse: true,
    });
    const sla = Object.assign(new SlaPlan(), { ...stamp, id: newId(), ...defaults.sla, isDefault: true });
    const statuses = defaults.statuses.map((s) =>
      Object.assign(new TicketStatus(), { ...stamp, id: newId(), ...s, requesterLabel: s.name }),
    );
    const priorities = defaults.priorities.map((p) => Object.assign(new Priority(), { ...stamp, id: newId(), ...p }));
    const normal = priorities.find((p) => p.isDefault) as Priority;
    const topic = Object.assign(new HelpTopic(), {
      ...stamp,
      id: newId(),
      parentId: null,
      name: defaults.topic.name,
      departmentId: department.id,
      priorityId: normal.id,
      slaPlanId: sla.id,
      isPublic: true,
      isActive: true,
      autoAssignStaffId: null,
      autoAssignTeamId: null,
      referenceFormat: null,
      autoResponse: true,
    });
    await manager.insert(Department, department);
    await manager.insert(SlaPlan, sla);
    await manager.insert(TicketStatus, statuses);
    await manager.insert(Priority, priorities);
    const roles = defaults.roles.map((r) =>
      Object.assign(new Role(), { ...stamp, id: newId(), name: r.name, permissions: r.permissions }),
    );
    await manager.insert(HelpTopic, topic);
    await manager.insert(Role, roles);
    await manager.insert(InstanceSettings, { tenantId, updatedAt: now });
    const byKey = Object.fromEntries(defaults.roles.map((r, index) => [r.key, roles[index]])) as Record<DefaultRole, Role>;
    return { department, topic, roles: byKey };
  }

  departments(): Promise<Department[]> {
    return this.db.manager.find(Department, { order: { name: 'ASC' } });
  }

  department(id: string): Promise<Department> {
    return this.one(Department, id, 'department');
  }

  helpTopics(): Promise<HelpTopic[]> {
    return this.db.manager.find(HelpTopic, { order: { name: 'ASC' } });
  }

  helpTopic(id: string): Promise<HelpTopic> {
    return this.one(HelpTopic, id, 'help topic');
  }

  statuses(): Promise<TicketStatus[]> {
    return this.db.manager.find(TicketStatus, { order: { sortOrder: 'ASC' } });
  }

  priorities(): Promise<Priority[]> {
    return this.db.manager.find(Priority, { order: { urgency: 'ASC' } });
  }

  priority(id: string): Promise<Priority> {
    return this.one(Priority, id, 'priority');
  }

  status(id: string): Promise<TicketStatus> {
    return this.one(TicketStatus, id, 'status');
  }

  async defaultPriority(): Promise<Priority> {
    return this.required(await this.db.manager.findOneBy(Priority, { isDefault: true }), 'default priority');
  }

  async defaultStatus(): Promise<TicketStatus> {
    return this.required(await this.db.manager.findOneBy(TicketStatus, { isDefault: true }), 'default status');
  }

  // The first status (in list order) of a state: where a reopened ticket goes.
  async firstStatusIn(state: TicketState): Promise<TicketStatus> {
    const status = await this.db.manager.findOne(TicketStatus, { where: { state }, order: { sortOrder: 'ASC' } });
    return this.required(status, `status in the state ${state}`);
  }

  defaultSlaPlan(): Promise<SlaPlan | null> {
    return this.db.manager.findOneBy(SlaPlan, { isDefault: true });
  }

  async settings(): Promise<InstanceSettings> {
    const [settings] = await this.db.manager.find(InstanceSettings, { take: 1 });
    if (!settings) throw new Error(`The instance ${this.db.tenant.slug} has no settings row`);
    return settings;
  }

  // The bands in force: the instance's own, or the default bound to its priorities.
  async priorityMatrix(settings?: InstanceSettings): Promise<PriorityBand[]> {
    settings ??= await this.settings();
    return settings.priorityMatrix ?? defaultPriorityMatrix((await this.priorities()).map((p) => p.id));
  }

  slaPlans(): Promise<SlaPlan[]> {
    return this.db.manager.find(SlaPlan, { order: { name: 'ASC' } });
  }

  slaPlan(id: string): Promise<SlaPlan> {
    return this.one(SlaPlan, id, 'SLA plan');
  }

  schedules(): Promise<BusinessSchedule[]> {
    return this.db.manager.find(BusinessSchedule, { order: { name: 'ASC' } });
  }

  schedule(id: string): Promise<BusinessSchedule> {
    return this.one(BusinessSchedule, id, 'schedule');
  }

  roles(): Promise<Role[]> {
    return this.db.manager.find(Role, { order: { name: 'ASC' } });
  }

  role(id: string): Promise<Role> {
    return this.one(Role, id, 'role');
  }

  teams(): Promise<Team[]> {
    return this.db.manager.find(Team, { order: { name: 'ASC' } });
  }

  team(id: string): Promise<Team> {
    return this.one(Team, id, 'team');
  }

  agent(id: string): Promise<Staff> {
    return this.one(Staff, id, 'agent');
  }

  private required<T>(row: T | null, what: string): T {
    if (!row) throw new DirectoryError(DirectoryErrorCode.Incomplete, `This instance has no ${what}; a manager must configure one`);
    return row;
  }

  // Row-level security limits the lookup to the current instance: another instance's id is
  // simply not found.
  private async one<T extends ObjectLiteral>(entity: EntityTarget<T>, id: string, what: string): Promise<T> {
    const row = isUuid(id) ? await this.db.manager.findOne(entity, { where: { id } as never }) : null;
    if (!row) throw new DirectoryError(DirectoryErrorCode.NotFound, `No ${what} with id ${id}`);
    return row;
  }
}
