import { Injectable } from '@nestjs/common';
import { TeamAssignmentMode } from '@tessera/directory';
import { EntityManager } from 'typeorm';
import { AssignmentCandidate, chooseAssignee } from './team-assignment';

export interface TeamTurn {
  staffId: string;
  mode: Exclude<TeamAssignmentMode, 'none'>;
}

// The locking step of automatic assignment. A team's turn row is locked (created on first use)
// until the transaction ends, so tickets given to one team at once take turns: each counts the
// members' open tickets after the previous one committed, and round robin goes on from the agent
// the previous one recorded.
@Injectable()
export class TeamTurnRepository {
  // The agent the team's next ticket goes to, recorded as its last; null when the team assigns
  // nobody (mode none, inactive) or nobody is available.
  async next(manager: EntityManager, teamId: string, now = new Date()): Promise<TeamTurn | null> {
    const [team]: { assignment: TeamAssignmentMode; max_open_per_agent: number | null }[] = await manager.query(
      'select assignment, max_open_per_agent from teams where id = $1 and is_active',
      [teamId],
    );
    if (!team || team.assignment === 'none') return null;
    const [turn]: { last_staff_id: string | null }[] = await manager.query(
      `insert into team_assignment_turns (tenant_id, team_id) values (tessera_current_tenant(), $1)
       on conflict (tenant_id, team_id) do update set turns = team_assignment_turns.turns
       returning last_staff_id`,
      [teamId],
    );
    const rows: { staff_id: string; is_active: boolean; is_locked: boolean; away_until: Date | null; open_tickets: number }[] = await manager.query(
      `select s.id as staff_id, s.is_active, s.is_locked, s.away_until,
              (select count(*)::int from tickets t
                where t.tenant_id = s.tenant_id and t.assignee_staff_id = s.id
                  and t.state in ('new', 'open', 'pending') and t.merged_into_id is null) as open_tickets
         from team_members m join staff s on s.tenant_id = m.tenant_id and s.id = m.staff_id
        where m.team_id = $1`,
      [teamId],
    );
    const candidates: AssignmentCandidate[] = rows.map((row) => ({
      staffId: row.staff_id,
      isActive: row.is_active,
      isLocked: row.is_locked,
      awayUntil: row.away_until,
      openTickets: row.open_tickets,
    }));
    const staffId = chooseAssignee(candidates, { mode: team.assignment, maxOpenPerAgent: team.max_open_per_agent, lastStaffId: turn.last_staff_id, now });
    if (!staffId) return null;
    await manager.query('update team_assignment_turns set last_staff_id = $2, turns = turns + 1 where team_id = $1', [teamId, staffId]);
    return { staffId, mode: team.assignment };
  }
}
