import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@tessera/database';
import { Pause, SlaTarget, TicketClock } from '@tessera/sla';
import { DataSource } from 'typeorm';

// A ticket's clock row with what its computation needs of the ticket.
export interface ClockRow {
  ticketId: string;
  reference: string;
  createdAt: Date;
  slaPlanId: string | null;
  priorityId: string;
  departmentId: string;
  impact: number | null;
  urgency: number | null;
  dueAt: Date | null;
  dueByHand: boolean;
  firstResponseAt: Date | null;
  doneAt: Date | null;
  pending: Pause[];
  warnedAt: Record<SlaTarget, Date | null>;
  breachedAt: Record<SlaTarget, Date | null>;
  stepsRun: string[];
}

export interface DueInstance {
  id: string;
  slug: string;
}

const CLOCK_COLUMNS = `
  t.id as "ticketId", t.reference, t.created_at as "createdAt", t.sla_plan_id as "slaPlanId", t.priority_id as "priorityId",
  t.department_id as "departmentId", t.impact, t.urgency, t.due_at as "dueAt", t.due_by_hand as "dueByHand",
  t.first_response_at as "firstResponseAt", coalesce(t.resolved_at, t.closed_at) as "doneAt",
  c.pending, c.pending_since as "pendingSince",
  c.response_warned_at as "responseWarnedAt", c.response_breached_at as "responseBreachedAt",
  c.resolution_warned_at as "resolutionWarnedAt", c.resolution_breached_at as "resolutionBreachedAt",
  array(select e.step_id from ticket_sla_escalations e where e.tenant_id = c.tenant_id and e.ticket_id = c.ticket_id) as "stepsRun"`;

// The SLA clocks of tickets, the escalation steps they ran, and the control-plane row of each
// instance's next deadline. Queries only.
@Injectable()
export class SlaClockRepository {
  constructor(
    private readonly db: TenantDatabase,
    private readonly dataSource: DataSource,
  ) {}

  // Control plane, outside any tenant: the instances with a deadline at or before `now`.
  async dueInstances(now: Date): Promise<DueInstance[]> {
    return this.dataSource.query(
      `select d.deadline_tenant_id as id, t.slug from sla_deadlines d join tenants t on t.id = d.deadline_tenant_id
        where d.next_at <= $1 and t.status = 'active' order by d.next_at`,
      [now],
    );
  }

  // Holds the instance's deadline row for the sweep's transaction: a change committed meanwhile
  // waits, and lowers the row after the sweep wrote it back.
  async lockDeadline(): Promise<void> {
    await this.db.manager.query('select 1 from sla_deadlines where deadline_tenant_id = tessera_current_tenant() for update', []);
  }

  // Writes back the instance's earliest deadline, or removes the row when none is left.
  async resetDeadline(): Promise<Date | null> {
    const [row] = await this.db.manager.query(`select min(next_deadline_at) as next from ticket_sla_clock where next_deadline_at is not null`, []);
    if (row.next === null) {
      await this.db.manager.query('delete from sla_deadlines where deadline_tenant_id = tessera_current_tenant()', []);
    } else {
      await this.db.manager.query(
        `insert into sla_deadlines (deadline_tenant_id, next_at) values (tessera_current_tenant(), $1)
         on conflict (deadline_tenant_id) do update set next_at = excluded.next_at`,
        [row.next],
      );
    }
    return row.next;
  }

  // The clocks due at `now`, earliest first, locked; a second sweeper skips them.
  async due(now: Date, limit: number): Promise<ClockRow[]> {
    const rows = await this.db.manager.query(
      `select ${CLOCK_COLUMNS}
         from ticket_sla_clock c join tickets t on t.tenant_id = c.tenant_id and t.id = c.ticket_id
        where c.next_deadline_at <= $1
        order by c.next_deadline_at limit $2
        for update of c skip locked`,
      [now, limit],
    );
    return rows.map(clockRow);
  }

  async ofTicket(ticketId: string): Promise<ClockRow | null> {
    const [row] = await this.db.manager.query(
      `select ${CLOCK_COLUMNS} from ticket_sla_clock c join tickets t on t.tenant_id = c.tenant_id and t.id = c.ticket_id where c.ticket_id = $1`,
      [ticketId],
    );
    return row ? clockRow(row) : null;
  }

  // The next due date of each ticket's clock that is not met.
  async nextDue(ticketIds: string[]): Promise<Map<string, Date>> {
    if (ticketIds.length === 0) return new Map();
    const rows: { ticketId: string; next: Date | null }[] = await this.db.manager.query(
      `select ticket_id as "ticketId",
              least(case when response_met_at is null then response_due_at end, case when resolution_met_at is null then resolution_due_at end) as next
         from ticket_sla_clock where ticket_id = any($1::uuid[])`,
      [ticketIds],
    );
    return new Map(rows.filter((row) => row.next).map((row) => [row.ticketId, row.next as Date]));
  }

  // Conditional marks: only the first sweep to get there raises the warning or the breach.
  async mark(ticketId: string, target: SlaTarget, what: 'warned' | 'breached', at: Date): Promise<boolean> {
    const column = `${target}_${what}_at`;
    const rows = await this.db.manager.query(`update ticket_sla_clock set ${column} = $2 where ticket_id = $1 and ${column} is null returning 1`, [ticketId, at]);
    return rows[1] > 0;
  }

  // The proof a step ran for a ticket; false when it had already.
  async recordStep(ticketId: string, stepId: string, at: Date): Promise<boolean> {
    const rows = await this.db.manager.query(
      `insert into ticket_sla_escalations (tenant_id, ticket_id, step_id, ran_at) values (tessera_current_tenant(), $1, $2, $3)
       on conflict do nothing returning 1`,
      [ticketId, stepId, at],
    );
    return rows.length > 0;
  }

  async save(ticketId: string, clock: TicketClock, next: Date | null, now: Date): Promise<void> {
    await this.db.manager.query(
      `update ticket_sla_clock
          set response_due_at = $2, response_met_at = $3, resolution_due_at = $4, resolution_met_at = $5,
              paused_minutes = $6, next_deadline_at = $7, computed_at = $8
        where ticket_id = $1`,
      [ticketId, clock.response.dueAt, clock.response.metAt, clock.resolution.dueAt, clock.resolution.metAt, clock.resolution.pausedMinutes, next, now],
    );
  }

  // The ticket's resolution due date as the queues sort it, kept in step with the clock.
  async setTicketDue(ticketId: string, dueAt: Date | null): Promise<void> {
    await this.db.manager.query('update tickets set due_at = $2 where id = $1 and not due_by_hand and due_at is distinct from $2', [ticketId, dueAt]);
  }
}

interface RawClock extends Omit<ClockRow, 'pending' | 'warnedAt' | 'breachedAt'> {
  pending: { from: string; to: string }[];
  pendingSince: Date | null;
  responseWarnedAt: Date | null;
  responseBreachedAt: Date | null;
  resolutionWarnedAt: Date | null;
  resolutionBreachedAt: Date | null;
}

function clockRow(raw: RawClock): ClockRow {
  const pending: Pause[] = raw.pending.map((pause) => ({ from: new Date(pause.from), to: new Date(pause.to) }));
  if (raw.pendingSince) pending.push({ from: raw.pendingSince, to: null });
  return {
    ticketId: raw.ticketId,
    reference: raw.reference,
    createdAt: raw.createdAt,
    slaPlanId: raw.slaPlanId,
    priorityId: raw.priorityId,
    departmentId: raw.departmentId,
    impact: raw.impact,
    urgency: raw.urgency,
    dueAt: raw.dueAt,
    dueByHand: raw.dueByHand,
    firstResponseAt: raw.firstResponseAt,
    doneAt: raw.doneAt,
    pending,
    warnedAt: { response: raw.responseWarnedAt, resolution: raw.resolutionWarnedAt },
    breachedAt: { response: raw.responseBreachedAt, resolution: raw.resolutionBreachedAt },
    stepsRun: raw.stepsRun,
  };
}
