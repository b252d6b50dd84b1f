import { Injectable } from '@nestjs/common';
import { TenantDatabase, isUuid, newId } from '@tessera/database';
import { DomainError } from '@tessera/errors';
import { EntityTarget, ObjectLiteral } from 'typeorm';
import { defaultConfiguration } from './directory-defaults';
import { Department, HelpTopic, Priority, SlaPlan, TicketStatus } from './directory.entities';

export interface SeededDirectory {
  department: Department;
  topic: HelpTopic;
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

    const department = Object.assign(new Department(), { ...stamp, id: newId(), name: defaults.department.name, isPublic: true });
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
    });
    await manager.insert(Department, department);
    await manager.insert(SlaPlan, sla);
    await manager.insert(TicketStatus, statuses);
    await manager.insert(Priority, priorities);
    await manager.insert(HelpTopic, topic);
    return { department, topic };
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

  slaPlans(): Promise<SlaPlan[]> {
    return this.db.manager.find(SlaPlan, { order: { name: 'ASC' } });
  }

  slaPlan(id: string): Promise<SlaPlan> {
    return this.one(SlaPlan, id, 'SLA plan');
  }

  // Row-level security limits the lookup to the current instance: another instance's id is
  // simply not found.
  private async one<T extends ObjectLiteral>(entity: EntityTarget<T>, id: string, what: string): Promise<T> {
    const row = isUuid(id) ? await this.db.manager.findOne(entity, { where: { id } as never }) : null;
    if (!row) throw new DomainError('not_found', 'directory.not-found', `No ${what} with id ${id}`);
    return row;
  }
}
