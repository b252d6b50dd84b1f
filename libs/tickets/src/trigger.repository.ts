import { Injectable } from '@nestjs/common';
import { TenantDatabase, isUuid } from '@tessera/database';
import { renumberRules } from './rule-positions';
import { Trigger } from './trigger.entity';

// The ticket_triggers table. Runs in the tenant transaction.
@Injectable()
export class TriggerRepository {
  constructor(private readonly db: TenantDatabase) {}

  // In the order they run.
  list(): Promise<Trigger[]> {
    return this.db.manager.find(Trigger, { order: { position: 'ASC', name: 'ASC' } });
  }

  async active(): Promise<Trigger[]> {
    return (await this.list()).filter((trigger) => trigger.isActive);
  }

  async get(id: string): Promise<Trigger | null> {
    return isUuid(id) ? this.db.manager.findOneBy(Trigger, { id }) : null;
  }

  save(trigger: Trigger): Promise<Trigger> {
    return this.db.manager.save(Trigger, trigger);
  }

  async delete(id: string): Promise<void> {
    await this.db.manager.delete(Trigger, { id });
  }

  // Numbers the rows 1..n in the given order.
  renumber(ids: string[]): Promise<void> {
    return renumberRules(this.db.manager, 'ticket_triggers', ids);
  }
}
