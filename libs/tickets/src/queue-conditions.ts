import { AgentAccess, TICKET_STATES, TicketState } from '@tessera/directory';

export const QUEUES = ['mine', 'teams', 'unassigned', 'department', 'due-soon', 'overdue', 'all'] as const;
export type Queue = (typeof QUEUES)[number];

// The working states: every queue but `all` shows these unless told otherwise.
export const ACTIVE_STATES: TicketState[] = ['new', 'open', 'pending'];

// Builds positional parameters as a query grows.
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

// SQL conditions on `tickets t` (which carries its status's state), shared by the queue pages and
// their counts so that both always agree. They are written as the partial indexes of the queues
// are (migration 0017), so that the planner matches them, prepared statements included.

// The tickets the agent may see (the same rule as canSee()): the agent's departments, plus
// (not confidential) assignments to them or their teams, plus (not confidential) everything for
// managers. Merged tickets are in no queue.
export function visibleTo(access: AgentAccess, params: Params): string[] {
  const departments = params.add([...access.departments.keys()]);
  const shared = access.isManager
    ? 'true'
    : `t.assignee_staff_id = ${params.add(access.staffId)} or t.assignee_team_id = any(${params.add(access.teamIds)}::uuid[])`;
  return [`(t.department_id = any(${departments}::uuid[]) or (not t.is_confidential and (${shared})))`, 't.merged_into_id is null'];
}

// What puts a visible ticket in one queue, in the given states (by default the working states,
// every state for `all`).
export function inQueue(access: AgentAccess, queue: Queue, states: TicketState[] | undefined, params: Params): string[] {
  const where: string[] = [];
  switch (queue) {
    case 'mine':
      where.push(`t.assignee_staff_id = ${params.add(access.staffId)}`);
      break;
    case 'teams':
      where.push(`t.assignee_team_id = any(${params.add(access.teamIds)}::uuid[])`);
      break;
    case 'unassigned':
      where.push('t.assignee_staff_id is null and t.assignee_team_id is null');
      break;
    case 'department':
      where.push(`t.department_id = any(${params.add([...access.departments.keys()])}::uuid[])`);
      break;
    case 'due-soon':
      where.push(DUE_SOON_SQL, `not ${OVERDUE_SQL}`);
      break;
    case 'overdue':
      where.push(OVERDUE_SQL);
      break;
    case 'all':
      break;
  }
  const shown = states ?? (queue === 'all' ? undefined : ACTIVE_STATES);
  if (shown) where.push(inStates(shown));
  return where;
}

// The earliest due date of a ticket's SLA clock that is not met yet (its queue row's next due
// date), and overdue by the same clock: a due date passed while the ticket is not done.
export const NEXT_DUE_SQL = `(select least(case when c.response_met_at is null then c.response_due_at end, case when c.resolution_met_at is null then c.resolution_due_at end)
  from ticket_sla_clock c where c.tenant_id = t.tenant_id and c.ticket_id = t.id)`;
// Due soon by the same clock: a target that passed its plan's warning threshold (as the sweep
// marked it) is neither met nor breached yet.
export const DUE_SOON_SQL = `exists (select 1 from ticket_sla_clock c where c.tenant_id = t.tenant_id and c.ticket_id = t.id
  and ((c.response_warned_at is not null and c.response_met_at is null and c.response_breached_at is null)
    or (c.resolution_warned_at is not null and c.resolution_met_at is null and c.resolution_breached_at is null)))`;
// Never null (a ticket without any due date is not overdue), so that `not` of it holds too.
export const OVERDUE_SQL = `((coalesce(t.due_at, 'infinity'::timestamptz) < now() or coalesce(${NEXT_DUE_SQL} < now(), false)) and t.state not in ('resolved', 'closed'))`;

// The states are written into the text, not passed as a parameter: a partial index on the working
// states serves a condition on them (or on some of them) only when the planner sees the values.
// Only known states reach the text.
export function inStates(states: TicketState[]): string {
  const known = TICKET_STATES.filter((state) => states.includes(state));
  return known.length ? `t.state in (${known.map((state) => `'${state}'`).join(', ')})` : 'false';
}

// Conditions joined for a WHERE or FILTER clause; none is every row.
export function all(conditions: string[]): string {
  return conditions.length ? conditions.join(' and ') : 'true';
}
