import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@tessera/database';
import { AgentAccess, TicketState } from '@tessera/directory';
import { ACTIVE_STATES, Params, QUEUES, Queue, all, inQueue, inStates, visibleTo } from './queue-conditions';

export interface CountedDepartment {
  id: string;
  name: string;
  // Visible tickets in the working states.
  count: number;
}

export interface CountedStatus {
  id: string;
  name: string;
  state: TicketState;
  // Visible tickets in the status.
  count: number;
}

export interface QueueCounts {
  queues: Record<Queue, number>;
  departments: CountedDepartment[];
  statuses: CountedStatus[];
}

// grouping(t.department_id, t.status_id) of each grouping set below.
const PER_DEPARTMENT = 1;
const PER_STATUS = 2;
const OVERALL = 3;

// How many tickets an agent has in each queue, department and status, with the conditions of
// the queue pages. One statement: the visible tickets are read once and counted per grouping set.
@Injectable()
export class QueueCountsRepository {
  constructor(private readonly db: TenantDatabase) {}

  async count(access: AgentAccess): Promise<QueueCounts> {
    const params = new Params();
    const queues = QUEUES.map((queue) => `'${queue}', count(*) filter (where ${all(inQueue(access, queue, undefined, params))})`);
    const active = inStates(ACTIVE_STATES);
    // Managers see the tickets of every department; others those of their own, and of any
    // department where something is assigned to them.
    const listed = access.isManager ? 'true' : `d.id = any(${params.add([...access.departments.keys()])}::uuid[]) or c.active > 0`;
    const [row]: QueueCounts[] = await this.db.manager.query(
      `with counted as (
         select t.department_id, t.status_id, grouping(t.department_id, t.status_id) as grouped,
                json_build_object(${queues.join(', ')}) as queues,
                count(*) filter (where ${active}) as active,
                count(*) as tickets
           from tickets t
          where ${all(visibleTo(access, params))}
          group by grouping sets ((), (t.department_id), (t.status_id))
       )
       select (select queues from counted where grouped = ${OVERALL}) as queues,
              (select coalesce(json_agg(json_build_object('id', d.id, 'name', d.name, 'count', coalesce(c.active, 0)) order by d.name, d.id), '[]')
                 from departments d left join counted c on c.grouped = ${PER_DEPARTMENT} and c.department_id = d.id
                where ${listed}) as departments,
              (select coalesce(json_agg(json_build_object('id', s.id, 'name', s.name, 'state', s.state, 'count', coalesce(c.tickets, 0)) order by s.sort_order, s.id), '[]')
                 from ticket_statuses s left join counted c on c.grouped = ${PER_STATUS} and c.status_id = s.id) as statuses`,
      params.values,
    );
    return row;
  }
}
