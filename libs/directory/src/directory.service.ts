import { Injectable } from '@nestjs/common';
import { Staff } from '@tessera/auth';
import { ConfigCache, TenantDatabase, isUuid, newId } from '@tessera/database';
import { alwaysOpen, dueAfter } from '@tessera/sla';
import { EntityTarget, FindOptionsOrder, ObjectLiteral } from 'typeorm';
import { defaultConfiguration } from './directory-defaults';
import { DefaultRole } from './permissions';
import { PriorityBand, defaultPriorityMatrix } from './priority-matrix';
import { BusinessSchedule, Department, EscalationStep, HelpTopic, InstanceSettings, Priority, Role, SlaPlan, Team, TicketState, TicketStatus } from './directory.entities';
import { DirectoryError, DirectoryErrorCode } from './directory.errors';

export interface SeededDirectory {
  department: Department;
  topic: HelpTopic;
  roles: Record<DefaultRole, Role>;
}

// The instance's configuration objects. Every query runs in the tenant transaction. Settings,
// departments, help topics, statuses, priorities and SLA plans come from the process's
// ConfigCache where the transaction allows it; each caller gets its own copies of the rows.
@Injectable()
export class DirectoryService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly cache: ConfigCache,
  ) {}

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
    return this.list(Department, { name: 'ASC' });
  }

  department(id: string): Promise<Department> {
    return this.cachedOne(Department, { name: 'ASC' }, id, 'department');
  }

  helpTopics(): Promise<HelpTopic[]> {
    return this.list(HelpTopic, { name: 'ASC' });
  }

  helpTopic(id: string): Promise<HelpTopic> {
    return this.cachedOne(HelpTopic, { name: 'ASC' }, id, 'help topic');
  }

  statuses(): Promise<TicketStatus[]> {
    return this.list(TicketStatus, { sortOrder: 'ASC' });
  }

  priorities(): Promise<Priority[]> {
    return this.list(Priority, { urgency: 'ASC' });
  }

  priority(id: string): Promise<Priority> {
    return this.cachedOne(Priority, { urgency: 'ASC' }, id, 'priority');
  }

  status(id: string): Promise<TicketStatus> {
    return this.cachedOne(TicketStatus, { sortOrder: 'ASC' }, id, 'status');
  }

  async defaultPriority(): Promise<Priority> {
    return this.required((await this.priorities()).find((p) => p.isDefault) ?? null, 'default priority');
  }

  async defaultStatus(): Promise<TicketStatus> {
    return this.required((await this.statuses()).find((s) => s.isDefault) ?? null, 'default status');
  }

  // The first status (in list order) of a state: where a reopened ticket goes.
  async firstStatusIn(state: TicketState): Promise<TicketStatus> {
    return this.required((await this.statuses()).find((s) => s.state === state) ?? null, `status in the state ${state}`);
  }

  async defaultSlaPlan(): Promise<SlaPlan | null> {
    return (await this.slaPlans()).find((p) => p.isDefault) ?? null;
  }

  async settings(): Promise<InstanceSettings> {
    const [settings] = await this.list(InstanceSettings, {});
    if (!settings) throw new Error(`The instance ${this.db.tenant.slug} has no settings row`);
    return settings;
  }

  // The bands in force: the instance's own, or the default bound to its priorities.
  async priorityMatrix(settings?: InstanceSettings): Promise<PriorityBand[]> {
    settings ??= await this.settings();
    return settings.priorityMatrix ?? defaultPriorityMatrix((await this.priorities()).map((p) => p.id));
  }

  slaPlans(): Promise<SlaPlan[]> {
    return this.list(SlaPlan, { name: 'ASC' });
  }

  slaPlan(id: string): Promise<SlaPlan> {
    return this.cachedOne(SlaPlan, { name: 'ASC' }, id, 'SLA plan');
  }

  // A plan's escalation line in order (cached with the configuration).
  async escalationSteps(planId: string): Promise<EscalationStep[]> {
    return (await this.list(EscalationStep, { slaPlanId: 'ASC', position: 'ASC' })).filter((step) => step.slaPlanId === planId);
  }

  // A priority band's escalation line in order: the band starting at `minProduct`.
  async bandEscalationSteps(minProduct: number): Promise<EscalationStep[]> {
    return (await this.list(EscalationStep, { slaPlanId: 'ASC', position: 'ASC' })).filter((step) => step.bandMinProduct === minProduct);
  }

  schedules(): Promise<BusinessSchedule[]> {
    return this.list(BusinessSchedule, { name: 'ASC' });
  }

  schedule(id: string): Promise<BusinessSchedule> {
    return this.cachedOne(BusinessSchedule, { name: 'ASC' }, id, 'schedule');
  }

  // When `minutes` of business time have run from `start` on the plan's schedule; around the
  // clock for a plan without one, or no plan.
  async dueAfter(plan: SlaPlan | null, start: Date, minutes: number): Promise<Date> {
    const schedule = plan?.scheduleId ? await this.schedule(plan.scheduleId) : null;
    return dueAfter(schedule ?? alwaysOpen(), start, minutes) as Date;
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

  // A configuration table in order, through the cache; copies of the rows, so that a caller's
  // change to one reaches neither the cache nor another request.
  private async list<T extends ObjectLiteral>(entity: EntityTarget<T>, order: FindOptionsOrder<T>): Promise<T[]> {
    const rows = await this.cache.get(`directory:${entityName(entity)}`, () => this.db.manager.find(entity, { order }));
    return rows.map((row) => Object.assign(Object.create(Object.getPrototypeOf(row)) as T, row));
  }

  private async cachedOne<T extends ObjectLiteral & { id: string }>(entity: EntityTarget<T>, order: FindOptionsOrder<T>, id: string, what: string): Promise<T> {
    const row = isUuid(id) ? (await this.list(entity, order)).find((r) => r.id === id) : undefined;
    if (!row) throw new DirectoryError(DirectoryErrorCode.NotFound, `No ${what} with id ${id}`);
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

function entityName(entity: EntityTarget<ObjectLiteral>): string {
  return typeof entity === 'function' ? entity.name : String(entity);
}
