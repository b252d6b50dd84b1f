import { Injectable } from '@nestjs/common';
import { TenantDatabase, isUuid } from '@tessera/database';
import { DataSource } from 'typeorm';
import { TimeRule } from './time-rule.entity';

// A ticket a rule is due on: the episode it counts from (as the database's text, which keeps the
// microseconds a Date would drop: it names the row and the run) and when the time came.
export interface DueTimeRule {
  ruleId: string;
  ticketId: string;
  episodeAt: string;
  dueAt: Date;
}

// The time_rules table, the due rows the database keeps from the tickets' marks, the runs, and
// the control-plane row of each instance's earliest due time. Queries only.
@Injectable()
export class TimeRuleRepository {
  constructor(
    private readonly db: TenantDatabase,
    private readonly dataSource: DataSource,
  ) {}

  list(): Promise<TimeRule[]> {
    return this.db.manager.find(TimeRule, { order: { name: 'ASC', id: 'ASC' } });
  }

  async get(id: string): Promise<TimeRule | null> {
    return isUuid(id) ? this.db.manager.findOneBy(TimeRule, { id }) : null;
  }

  save(rule: TimeRule): Promise<TimeRule> {
    return this.db.manager.save(TimeRule, rule);
  }

  async delete(id: string): Promise<void> {
    await this.db.manager.delete(TimeRule, { id });
  }

  // A saved rule's due rows (see refreshTimeRuleDue).
  refreshDue(ruleId: string): Promise<void> {
    return refreshTimeRuleDue((sql, parameters) => this.db.manager.query(sql, parameters), ruleId);
  }

  // Control plane, outside any tenant: the instances with a rule due at `now`.
  dueInstances(now: Date): Promise<{ id: string; slug: string }[]> {
    return this.dataSource.query(
      `select d.deadline_tenant_id as id, t.slug from time_rule_deadlines d join tenants t on t.id = d.deadline_tenant_id
        where d.next_at <= $1 and t.status = 'active' order by d.next_at`,
      [now],
    );
  }

  // Holds the instance's control-plane row for the sweep's transaction: a due row written
  // meanwhile waits, and lowers it after the sweep wrote it back.
  async lockDeadline(): Promise<void> {
    await this.db.manager.query('select 1 from time_rule_deadlines where deadline_tenant_id = tessera_current_tenant() for update', []);
  }

  async resetDeadline(): Promise<void> {
    const [{ next }] = await this.db.manager.query('select min(due_at) as next from time_rule_due', []);
    if (next === null) {
      await this.db.manager.query('delete from time_rule_deadlines where deadline_tenant_id = tessera_current_tenant()', []);
    } else {
      await this.db.manager.query(
        `insert into time_rule_deadlines (deadline_tenant_id, next_at) values (tessera_current_tenant(), $1)
           on conflict (deadline_tenant_id) do update set next_at = excluded.next_at`,
        [next],
      );
    }
  }

  // The rows due at `now`, earliest first, locked; a second sweeper skips them.
  due(now: Date, limit: number): Promise<DueTimeRule[]> {
    return this.db.manager.query(
      `select rule_id as "ruleId", ticket_id as "ticketId", episode_at::text as "episodeAt", due_at as "dueAt"
         from time_rule_due where tenant_id = tessera_current_tenant() and due_at <= $1
        order by due_at limit $2 for update skip locked`,
      [now, limit],
    );
  }

  // Takes the row off and records the run of the episode; false when the row went meanwhile
  // (the ticket left the condition through an earlier rule's action) or the episode ran.
  async claim(row: DueTimeRule, now: Date): Promise<boolean> {
    const [gone] = await this.db.manager.query('delete from time_rule_due where rule_id = $1 and ticket_id = $2 and episode_at = $3::timestamptz returning 1', [
      row.ruleId,
      row.ticketId,
      row.episodeAt,
    ]);
    if (!gone) return false;
    const [taken] = await this.db.manager.query(
      `insert into time_rule_runs (tenant_id, rule_id, ticket_id, episode_at, ran_at) values (tessera_current_tenant(), $1, $2, $3::timestamptz, $4)
         on conflict do nothing returning 1`,
      [row.ruleId, row.ticketId, row.episodeAt, now],
    );
    return Boolean(taken);
  }

  // Takes the row off without a run: the further conditions did not hold when the time came.
  async drop(row: DueTimeRule): Promise<void> {
    await this.db.manager.query('delete from time_rule_due where rule_id = $1 and ticket_id = $2 and episode_at = $3::timestamptz', [row.ruleId, row.ticketId, row.episodeAt]);
  }

  async hasTag(ticketId: string, tag: string): Promise<boolean> {
    const [row] = await this.db.manager.query('select 1 from ticket_tags tt join tags g on g.tenant_id = tt.tenant_id and g.id = tt.tag_id where tt.ticket_id = $1 and g.name = $2', [
      ticketId,
      tag,
    ]);
    return Boolean(row);
  }
}

// A saved rule's due rows, from the marks of the tickets in its condition now (not for an
// episode it acted in already): a new or changed rule also takes the tickets already waiting.
// Also run by a configuration import, in its transaction.
export async function refreshTimeRuleDue(query: (sql: string, parameters: unknown[]) => Promise<unknown>, ruleId: string): Promise<void> {
  await query('delete from time_rule_due where rule_id = $1', [ruleId]);
  await query(
    `insert into time_rule_due (tenant_id, rule_id, ticket_id, episode_at, due_at)
     select r.tenant_id, r.id, m.ticket_id, s.since, s.since + make_interval(mins => r.wait_minutes)
       from time_rules r join ticket_time_marks m on m.tenant_id = r.tenant_id
            cross join lateral (select tessera_time_rule_since(r, m) as since) s
      where r.id = $1 and r.is_active and s.since is not null
        and (r.condition <> 'state' or m.state = r.state) and (r.condition <> 'status' or m.status_id = r.status_id)
        and not exists (select 1 from time_rule_runs x where x.tenant_id = r.tenant_id and x.rule_id = r.id and x.ticket_id = m.ticket_id and x.episode_at = s.since)`,
    [ruleId],
  );
}
