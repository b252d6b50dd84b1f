import { Injectable } from '@nestjs/common';
import { TenantDatabase, newId } from '@tessera/database';
import { checkedName, clearOtherDefaults, deleteUnlessUsed, saveNamed } from './admin-rules';
import { SlaPlan } from './directory.entities';
import { invalidField } from './directory.errors';
import { DirectoryService } from './directory.service';

export interface SlaPlanInput {
  name: string;
  firstResponseMinutes: number;
  resolutionMinutes: number;
  graceMinutes?: number;
  isDefault?: boolean;
  // null: around the clock in the instance's time zone.
  scheduleId?: string | null;
  warnPercent?: number | null;
  pauseWhenPending?: boolean;
}

export type SlaPlanChanges = Partial<SlaPlanInput>;

// SLA plans. At most one is the default, used by tickets whose help topic names none; without
// a default such tickets get no due date. Runs in the tenant transaction.
@Injectable()
export class SlaPlanAdminService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly directory: DirectoryService,
  ) {}

  create(input: SlaPlanInput): Promise<SlaPlan> {
    const now = new Date();
    return this.save(Object.assign(new SlaPlan(), { tenantId: this.db.tenant.id, id: newId(), graceMinutes: 0, isDefault: false, scheduleId: null, warnPercent: 75, pauseWhenPending: true, createdAt: now }), input);
  }

  async update(id: string, changes: SlaPlanChanges): Promise<SlaPlan> {
    return this.save(await this.directory.slaPlan(id), changes);
  }

  async delete(id: string): Promise<void> {
    await this.directory.slaPlan(id);
    await deleteUnlessUsed(this.db.manager, SlaPlan, id, 'SLA plan', [
      { table: 'tickets', column: 'sla_plan_id', label: 'tickets' },
      { table: 'help_topics', column: 'sla_plan_id', label: 'help topics' },
      { table: 'departments', column: 'sla_plan_id', label: 'departments' },
    ]);
  }

  private async save(plan: SlaPlan, changes: SlaPlanChanges): Promise<SlaPlan> {
    if (changes.name !== undefined) plan.name = checkedName(changes.name);
    if (changes.firstResponseMinutes !== undefined) plan.firstResponseMinutes = changes.firstResponseMinutes;
    if (changes.resolutionMinutes !== undefined) plan.resolutionMinutes = changes.resolutionMinutes;
    if (changes.graceMinutes !== undefined) plan.graceMinutes = changes.graceMinutes;
    if (changes.isDefault !== undefined) plan.isDefault = changes.isDefault;
    if (changes.scheduleId !== undefined) {
      if (changes.scheduleId !== null) await this.directory.schedule(changes.scheduleId).catch(() => {
        throw invalidField('scheduleId', `No schedule with id ${changes.scheduleId}`);
      });
      plan.scheduleId = changes.scheduleId;
    }
    if (changes.warnPercent !== undefined) plan.warnPercent = changes.warnPercent;
    if (changes.pauseWhenPending !== undefined) plan.pauseWhenPending = changes.pauseWhenPending;
    if (plan.resolutionMinutes < plan.firstResponseMinutes) {
      throw invalidField('resolutionMinutes', 'The resolution target cannot come before the first-response target');
    }
    if (plan.isDefault) await clearOtherDefaults(this.db.manager, SlaPlan, plan.id);
    plan.updatedAt = new Date();
    return saveNamed(this.db.manager, SlaPlan, plan, 'SLA plan');
  }
}
