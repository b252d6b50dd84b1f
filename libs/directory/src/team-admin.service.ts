import { Injectable } from '@nestjs/common';
import { TenantDatabase, newId } from '@tessera/database';
import { checkedName, saveNamed } from './admin-rules';
import { Team, TeamAssignmentMode, TeamMember } from './directory.entities';
import { DirectoryError, DirectoryErrorCode } from './directory.errors';
import { DirectoryService } from './directory.service';

export interface TeamInput {
  name: string;
  leadStaffId?: string | null;
  isActive?: boolean;
  assignment?: TeamAssignmentMode;
  maxOpenPerAgent?: number | null;
}

export type TeamChanges = Partial<TeamInput>;

export interface TeamView {
  team: Team;
  memberIds: string[];
}

// Teams group agents across departments; the lead is always a member. Runs in the tenant
// transaction.
@Injectable()
export class TeamAdminService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly directory: DirectoryService,
  ) {}

  async list(): Promise<TeamView[]> {
    const teams = await this.directory.teams();
    const members = await this.db.manager.find(TeamMember, { order: { staffId: 'ASC' } });
    return teams.map((team) => ({ team, memberIds: members.filter((m) => m.teamId === team.id).map((m) => m.staffId) }));
  }

  async get(id: string): Promise<TeamView> {
    return this.view(await this.directory.team(id));
  }

  async create(input: TeamInput): Promise<TeamView> {
    const now = new Date();
    const team = Object.assign(new Team(), { tenantId: this.db.tenant.id, id: newId(), leadStaffId: null, isActive: true, assignment: 'none', maxOpenPerAgent: null, createdAt: now });
    return this.save(team, input);
  }

  async update(id: string, changes: TeamChanges): Promise<TeamView> {
    return this.save(await this.directory.team(id), changes);
  }

  // Replaces the members with exactly these agents (and the lead).
  async setMembers(id: string, staffIds: string[]): Promise<TeamView> {
    const team = await this.directory.team(id);
    const wanted = [...new Set([...staffIds, ...(team.leadStaffId ? [team.leadStaffId] : [])])];
    await this.assertAgents(wanted);
    const manager = this.db.manager;
    await manager
      .createQueryBuilder()
      .delete()
      .from(TeamMember)
      .where('team_id = :id and not (staff_id = any(:wanted))', { id, wanted })
      .execute();
    await this.addMembers(team, wanted);
    await manager.update(Team, { id }, { updatedAt: new Date() });
    return this.view(team);
  }

  async delete(id: string): Promise<void> {
    await this.directory.team(id);
    // Tickets and help topics assigned to the team keep their other assignee, if any.
    await this.db.manager.delete(Team, { id });
  }

  private async save(team: Team, changes: TeamChanges): Promise<TeamView> {
    if (changes.name !== undefined) team.name = checkedName(changes.name);
    if (changes.leadStaffId !== undefined) {
      if (changes.leadStaffId !== null) await this.directory.agent(changes.leadStaffId);
      team.leadStaffId = changes.leadStaffId;
    }
    if (changes.isActive !== undefined) team.isActive = changes.isActive;
    if (changes.assignment !== undefined) team.assignment = changes.assignment;
    if (changes.maxOpenPerAgent !== undefined) team.maxOpenPerAgent = changes.maxOpenPerAgent;
    team.updatedAt = new Date();
    await saveNamed(this.db.manager, Team, team, 'team');
    if (team.leadStaffId) await this.addMembers(team, [team.leadStaffId]);
    return this.view(team);
  }

  private async addMembers(team: Team, staffIds: string[]): Promise<void> {
    if (staffIds.length === 0) return;
    await this.db.manager
      .createQueryBuilder()
      .insert()
      .into(TeamMember)
      .values(staffIds.map((staffId) => ({ tenantId: team.tenantId, teamId: team.id, staffId })))
      .orIgnore()
      .execute();
  }

  private async assertAgents(staffIds: string[]): Promise<void> {
    const rows = (await this.db.manager.query('select id from staff where id = any($1)', [staffIds])) as { id: string }[];
    const known = new Set(rows.map((r) => r.id));
    const unknown = staffIds.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new DirectoryError(DirectoryErrorCode.NotFound, `No agent with id ${unknown.join(', ')}`, { field: 'staffIds', unknown });
    }
  }

  private async view(team: Team): Promise<TeamView> {
    const members = await this.db.manager.find(TeamMember, { where: { teamId: team.id }, order: { staffId: 'ASC' } });
    return { team, memberIds: members.map((m) => m.staffId) };
  }
}
