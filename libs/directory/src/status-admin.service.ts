import { Injectable } from '@nestjs/common';
import { TenantDatabase, newId } from '@tessera/database';
import { Usage, assertUnused, checkedName, clearOtherDefaults, defaultRequired, deleteUnlessUsed, saveNamed } from './admin-rules';
import { TicketState, TicketStatus } from './directory.entities';
import { DirectoryError, DirectoryErrorCode, invalidField } from './directory.errors';
import { DirectoryService } from './directory.service';

export interface StatusInput {
  name: string;
  state: TicketState;
  // What requesters see; the name when left out.
  requesterLabel?: string;
  // Position in lists; after the last one when left out.
  sortOrder?: number;
  isDefault?: boolean;
}

export type StatusChanges = Partial<StatusInput>;

// New tickets start in the default status, so it must be a state a new ticket may have.
const DEFAULT_STATES: readonly TicketState[] = ['new', 'open'];
const TICKETS: Usage[] = [{ table: 'tickets', column: 'status_id', label: 'tickets' }];

// The configurable status list. Exactly one status is the default, and every state keeps at
// least one status (the workflow moves tickets into each state). Runs in the tenant transaction.
@Injectable()
export class StatusAdminService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly directory: DirectoryService,
  ) {}

  async create(input: StatusInput): Promise<TicketStatus> {
    const [{ next }] = (await this.db.manager.query('select coalesce(max(sort_order), 0) + 1 as next from ticket_statuses')) as { next: number }[];
    const now = new Date();
    const status = Object.assign(new TicketStatus(), {
      tenantId: this.db.tenant.id,
      id: newId(),
      requesterLabel: input.requesterLabel ?? input.name,
      sortOrder: next,
      isDefault: false,
      createdAt: now,
    });
    return this.save(status, input, null);
  }

  async update(id: string, changes: StatusChanges): Promise<TicketStatus> {
    const status = await this.directory.status(id);
    return this.save(status, changes, { ...status });
  }

  async delete(id: string): Promise<void> {
    const status = await this.directory.status(id);
    if (status.isDefault) throw defaultRequired();
    await this.assertAnotherIn(status.state, status.id);
    await deleteUnlessUsed(this.db.manager, TicketStatus, id, 'status', TICKETS);
  }

  private async save(status: TicketStatus, changes: StatusChanges, before: TicketStatus | null): Promise<TicketStatus> {
    if (changes.name !== undefined) status.name = checkedName(changes.name);
    if (changes.requesterLabel !== undefined) status.requesterLabel = checkedName(changes.requesterLabel, 'requesterLabel');
    if (changes.sortOrder !== undefined) status.sortOrder = changes.sortOrder;
    if (changes.state !== undefined) status.state = changes.state;
    if (changes.isDefault !== undefined) status.isDefault = changes.isDefault;
    if (before && before.state !== status.state) {
      // Tickets carry resolved/closed times and SLA clocks that follow the state they are in.
      await assertUnused(this.db.manager, status.id, 'status', TICKETS, 'its state cannot change; add a new status instead');
      await this.assertAnotherIn(before.state, status.id);
    }
    if (before?.isDefault && !status.isDefault) throw defaultRequired();
    if (status.isDefault) {
      if (!DEFAULT_STATES.includes(status.state)) {
        throw invalidField('isDefault', `The default status must be in the state ${DEFAULT_STATES.join(' or ')}, not ${status.state}`);
      }
      await clearOtherDefaults(this.db.manager, TicketStatus, status.id);
    }
    status.updatedAt = new Date();
    return saveNamed(this.db.manager, TicketStatus, status, 'status');
  }

  // Locks the state's statuses, so two requests cannot each remove one of the last two.
  private async assertAnotherIn(state: TicketState, id: string): Promise<void> {
    const rows = (await this.db.manager.query('select id from ticket_statuses where state = $1 for update', [state])) as { id: string }[];
    if (!rows.some((row) => row.id !== id)) {
      throw new DirectoryError(DirectoryErrorCode.LastInState, `This is the last status in the state ${state}; the instance needs one`, {
        state,
      });
    }
  }
}
