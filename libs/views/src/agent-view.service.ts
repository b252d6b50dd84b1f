import { Injectable } from '@nestjs/common';
import { JsonObject, TenantDatabase, newId, refuseDuplicate } from '@tessera/database';
import type { QueueSort } from '@tessera/tickets';
import { AgentView } from './agent-view.entity';
import { ViewError, ViewErrorCode } from './agent-view.errors';
import { AgentViewRepository } from './agent-view.repository';
import { MAX_VIEWS_PER_AGENT, VIEW_POSITION, ViewColumn } from './view-columns';

export interface ViewInput {
  name: string;
  // Left out: after the agent's last view.
  position?: number;
  columns: ViewColumn[];
  sort: QueueSort;
  // The queue and filters as GET tickets takes them; the API checks them with that route's rules.
  filters: JsonObject;
}

export type ViewChanges = Partial<ViewInput>;

// An agent's saved views. Each agent has their own and reaches no one else's: a view of another
// agent is not found, for managers too. Runs in the tenant transaction.
@Injectable()
export class AgentViewService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly views: AgentViewRepository,
  ) {}

  list(staffId: string): Promise<AgentView[]> {
    return this.views.ofAgent(staffId);
  }

  async create(staffId: string, input: ViewInput): Promise<AgentView> {
    if ((await this.views.count(staffId)) >= MAX_VIEWS_PER_AGENT) {
      throw new ViewError(ViewErrorCode.TooMany, `An agent keeps at most ${MAX_VIEWS_PER_AGENT} views; delete one first`, { max: MAX_VIEWS_PER_AGENT });
    }
    const now = new Date();
    const view = Object.assign(new AgentView(), { tenantId: this.db.tenant.id, id: newId(), staffId, createdAt: now });
    return this.save(view, { ...input, position: input.position ?? (await this.views.nextPosition(staffId)) });
  }

  async update(staffId: string, id: string, changes: ViewChanges): Promise<AgentView> {
    return this.save(await this.get(staffId, id), changes);
  }

  async delete(staffId: string, id: string): Promise<void> {
    if (!(await this.views.delete(staffId, id))) throw notFound(id);
  }

  private async get(staffId: string, id: string): Promise<AgentView> {
    const view = await this.views.find(staffId, id);
    if (!view) throw notFound(id);
    return view;
  }

  private async save(view: AgentView, changes: ViewChanges): Promise<AgentView> {
    if (changes.name !== undefined) view.name = checkedName(changes.name);
    if (changes.position !== undefined) view.position = checkedPosition(changes.position);
    if (changes.columns !== undefined) view.columns = checkedColumns(changes.columns);
    if (changes.sort !== undefined) view.sort = changes.sort;
    if (changes.filters !== undefined) view.filters = changes.filters;
    view.updatedAt = new Date();
    return refuseDuplicate(
      () => this.views.save(view),
      () => new ViewError(ViewErrorCode.NameTaken, `You already have a view named "${view.name}"`, { field: 'name' }),
    );
  }
}

function notFound(id: string): ViewError {
  return new ViewError(ViewErrorCode.NotFound, `You have no view ${id}`);
}

function invalid(field: string, message: string): ViewError {
  return new ViewError(ViewErrorCode.Invalid, message, { field });
}

// Names are compared as typed, after trimming.
function checkedName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw invalid('name', 'A view needs a name');
  return trimmed;
}

function checkedPosition(position: number): number {
  if (!Number.isInteger(position) || position < VIEW_POSITION.min || position > VIEW_POSITION.max) {
    throw invalid('position', `position must be a whole number from ${VIEW_POSITION.min} to ${VIEW_POSITION.max}`);
  }
  return position;
}

function checkedColumns(columns: ViewColumn[]): ViewColumn[] {
  if (!columns.length) throw invalid('columns', 'A view shows at least one column');
  if (new Set(columns).size !== columns.length) throw invalid('columns', 'A view shows each column once');
  return columns;
}
