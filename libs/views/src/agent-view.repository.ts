import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@tessera/database';
import { AgentView } from './agent-view.entity';

// The agent_views table. Every query names the agent: a view is only ever reached through its
// owner. Runs in the tenant transaction.
@Injectable()
export class AgentViewRepository {
  constructor(private readonly db: TenantDatabase) {}

  ofAgent(staffId: string): Promise<AgentView[]> {
    return this.db.manager.find(AgentView, { where: { staffId }, order: { position: 'ASC', id: 'ASC' } });
  }

  find(staffId: string, id: string): Promise<AgentView | null> {
    return this.db.manager.findOneBy(AgentView, { staffId, id });
  }

  count(staffId: string): Promise<number> {
    return this.db.manager.countBy(AgentView, { staffId });
  }

  // One past the last position the agent uses.
  async nextPosition(staffId: string): Promise<number> {
    const [row]: { next: number }[] = await this.db.manager.query(
      'select coalesce(max(position) + 1, 0)::int as next from agent_views where staff_id = $1',
      [staffId],
    );
    return row.next;
  }

  save(view: AgentView): Promise<AgentView> {
    return this.db.manager.save(AgentView, view);
  }

  async delete(staffId: string, id: string): Promise<boolean> {
    return Boolean((await this.db.manager.delete(AgentView, { staffId, id })).affected);
  }
}
