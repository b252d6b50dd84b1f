import { Injectable } from '@nestjs/common';
import { ActionValue } from '@tessera/automation';
import { TenantDatabase, isUuid } from '@tessera/database';
import { renumberRules } from './rule-positions';
import { TicketFilter } from './ticket-filter.entity';

// A row an action names, as filters see it: its name, and whether it may still be used on a new
// ticket (active, unlocked; a status a new ticket may start in).
export interface FilterTarget {
  id: string;
  name: string;
  usable: boolean;
  // The department it belongs to (a help topic's, a canned response's), or null.
  departmentId: string | null;
}

export type ReferenceKind = Exclude<ActionValue, 'none' | 'addresses' | 'tags' | 'type'>;

// Where each kind of reference lives, and what makes it usable.
const TARGETS: Record<ReferenceKind, string> = {
  department: 'select id, name, true as usable, null::uuid as "departmentId" from departments',
  'help-topic': 'select id, name, is_active as usable, department_id as "departmentId" from help_topics',
  priority: 'select id, name, true as usable, null::uuid as "departmentId" from priorities',
  'sla-plan': 'select id, name, true as usable, null::uuid as "departmentId" from sla_plans',
  status: `select id, name, state not in ('resolved', 'closed') as usable, null::uuid as "departmentId" from ticket_statuses`,
  staff: 'select id, name, is_active and not is_locked as usable, null::uuid as "departmentId" from staff',
  team: 'select id, name, is_active as usable, null::uuid as "departmentId" from teams',
  'canned-response': 'select id, title as name, is_active as usable, department_id as "departmentId" from canned_responses',
};

// The ticket_filters table and the rows its actions name. Runs in the tenant transaction.
@Injectable()
export class TicketFilterRepository {
  constructor(private readonly db: TenantDatabase) {}

  // In the order they run: the instance's, then each department's.
  async list(): Promise<TicketFilter[]> {
    const rows = await this.db.manager.find(TicketFilter, { order: { position: 'ASC', name: 'ASC' } });
    const scope = (filter: TicketFilter) => (filter.departmentId === null ? '' : filter.departmentId);
    return rows.sort((a, b) => (scope(a) === scope(b) ? 0 : scope(a) < scope(b) ? -1 : 1));
  }

  // The filters of one scope (null: the instance's), in their order.
  async scope(departmentId: string | null): Promise<TicketFilter[]> {
    return (await this.list()).filter((filter) => filter.departmentId === departmentId);
  }

  // Whether the agent works in the department (primary or extra).
  async worksIn(staffId: string, departmentId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.manager.query(
      `select 1 from staff where id = $1 and primary_department_id = $2
       union all select 1 from staff_departments where staff_id = $1 and department_id = $2`,
      [staffId, departmentId],
    );
    return rows.length > 0;
  }

  async active(): Promise<TicketFilter[]> {
    return (await this.list()).filter((filter) => filter.isActive);
  }

  async get(id: string): Promise<TicketFilter | null> {
    return isUuid(id) ? this.db.manager.findOneBy(TicketFilter, { id }) : null;
  }

  async save(filter: TicketFilter): Promise<TicketFilter> {
    return this.db.manager.save(TicketFilter, filter);
  }

  async delete(id: string): Promise<void> {
    await this.db.manager.delete(TicketFilter, { id });
  }

  // Numbers the rows 1..n in the given order.
  renumber(ids: string[]): Promise<void> {
    return renumberRules(this.db.manager, 'ticket_filters', ids);
  }

  // The rows of one kind with these ids that exist in the instance.
  async targets(kind: ReferenceKind, ids: string[]): Promise<Map<string, FilterTarget>> {
    const wanted = [...new Set(ids.filter(isUuid))];
    if (wanted.length === 0) return new Map();
    const rows: FilterTarget[] = await this.db.manager.query(`select * from (${TARGETS[kind]}) t where id = any($1::uuid[])`, [wanted]);
    return new Map(rows.map((row) => [row.id, row]));
  }
}
