import { Injectable } from '@nestjs/common';
import { TenantDatabase, newId } from '@tessera/database';
import { OpeningInterval, scheduleProblem } from '@tessera/sla';
import { checkedName, deleteUnlessUsed, saveNamed } from './admin-rules';
import { BusinessSchedule } from './directory.entities';
import { invalidField } from './directory.errors';
import { DirectoryService } from './directory.service';

export interface ScheduleInput {
  name: string;
  timeZone: string;
  // Monday first; an empty day is closed.
  week: OpeningInterval[][];
  holidays?: string[];
}

export type ScheduleChanges = Partial<ScheduleInput>;

// The business hours SLA plans run on. A schedule in use by a plan is not deleted. Runs in the
// tenant transaction.
@Injectable()
export class ScheduleAdminService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly directory: DirectoryService,
  ) {}

  create(input: ScheduleInput): Promise<BusinessSchedule> {
    const now = new Date();
    return this.save(Object.assign(new BusinessSchedule(), { tenantId: this.db.tenant.id, id: newId(), holidays: [], createdAt: now }), input);
  }

  async update(id: string, changes: ScheduleChanges): Promise<BusinessSchedule> {
    return this.save(await this.directory.schedule(id), changes);
  }

  async delete(id: string): Promise<void> {
    await this.directory.schedule(id);
    await deleteUnlessUsed(this.db.manager, BusinessSchedule, id, 'schedule', [{ table: 'sla_plans', column: 'schedule_id', label: 'SLA plans' }]);
  }

  private async save(schedule: BusinessSchedule, changes: ScheduleChanges): Promise<BusinessSchedule> {
    if (changes.name !== undefined) schedule.name = checkedName(changes.name);
    if (changes.timeZone !== undefined) schedule.timeZone = changes.timeZone;
    if (changes.week !== undefined) schedule.week = changes.week.map((day) => day.map(({ start, end }) => ({ start, end })));
    if (changes.holidays !== undefined) schedule.holidays = [...new Set(changes.holidays)].sort();
    const problem = scheduleProblem(schedule);
    if (problem) throw invalidField(problem.field, `The schedule: ${problem.message}`);
    schedule.updatedAt = new Date();
    return saveNamed(this.db.manager, BusinessSchedule, schedule, 'schedule');
  }
}
