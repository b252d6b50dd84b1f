import { Injectable } from '@nestjs/common';
import { TenantDatabase, newId } from '@tessera/database';
import { checkedName, clearOtherDefaults, defaultRequired, deleteUnlessUsed, inUse, saveNamed } from './admin-rules';
import { Priority } from './directory.entities';
import { DirectoryService } from './directory.service';

export interface PriorityInput {
  name: string;
  // 1 to 100, the rank: higher is more urgent.
  urgency: number;
  isDefault?: boolean;
}

export type PriorityChanges = Partial<PriorityInput>;

// The priority list; exactly one priority is the default. Runs in the tenant transaction.
@Injectable()
export class PriorityAdminService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly directory: DirectoryService,
  ) {}

  create(input: PriorityInput): Promise<Priority> {
    const now = new Date();
    return this.save(Object.assign(new Priority(), { tenantId: this.db.tenant.id, id: newId(), isDefault: false, createdAt: now }), input);
  }

  async update(id: string, changes: PriorityChanges): Promise<Priority> {
    return this.save(await this.directory.priority(id), changes);
  }

  async delete(id: string): Promise<void> {
    const priority = await this.directory.priority(id);
    if (priority.isDefault) throw defaultRequired();
    const { priorityMatrix } = await this.directory.settings();
    if (priorityMatrix?.some((band) => band.priorityId === id)) throw inUse('priority', ['the priority matrix']);
    await deleteUnlessUsed(this.db.manager, Priority, id, 'priority', [
      { table: 'tickets', column: 'priority_id', label: 'tickets' },
      { table: 'help_topics', column: 'priority_id', label: 'help topics' },
    ]);
  }

  private async save(priority: Priority, changes: PriorityChanges): Promise<Priority> {
    const wasDefault = priority.isDefault;
    if (changes.name !== undefined) priority.name = checkedName(changes.name);
    if (changes.urgency !== undefined) priority.urgency = changes.urgency;
    if (changes.isDefault !== undefined) priority.isDefault = changes.isDefault;
    if (wasDefault && !priority.isDefault) throw defaultRequired();
    if (priority.isDefault) await clearOtherDefaults(this.db.manager, Priority, priority.id);
    priority.updatedAt = new Date();
    return saveNamed(this.db.manager, Priority, priority, 'priority');
  }
}
