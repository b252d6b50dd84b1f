import type { Entry, Ticket } from './ticket-model';

export type ChangedField = 'status' | 'priority' | 'assignee' | 'team' | 'department' | 'helpTopic' | 'dueAt';

export interface FieldChange {
  field: ChangedField;
  from: string | null;
  to: string | null;
}

export interface TicketChanges {
  fields: FieldChange[];
  // Thread entries the fresh ticket has and the held one had not.
  newEntries: Entry[];
}

type Facts = Pick<Ticket, 'status' | 'priority' | 'assignee' | 'team' | 'department' | 'helpTopic' | 'dueAt'>;

const READ: Record<ChangedField, (ticket: Facts) => string | null> = {
  status: (t) => t.status.name,
  priority: (t) => t.priority.name,
  assignee: (t) => t.assignee?.name ?? null,
  team: (t) => t.team?.name ?? null,
  department: (t) => t.department.name,
  helpTopic: (t) => t.helpTopic?.name ?? null,
  dueAt: (t) => (t.dueAt ? new Date(t.dueAt).toISOString() : null),
};

// What changed between the ticket an agent acted on and the ticket as it is now: shown when a
// write was refused as stale, so the agent decides again knowing what a colleague did.
export function ticketChanges(held: Facts, fresh: Facts, heldThread: Pick<Entry, 'id'>[], freshThread: Entry[]): TicketChanges {
  const fields = (Object.keys(READ) as ChangedField[])
    .map((field) => ({ field, from: READ[field](held), to: READ[field](fresh) }))
    .filter((change) => change.from !== change.to);
  const known = new Set(heldThread.map((entry) => entry.id));
  return { fields, newEntries: freshThread.filter((entry) => !known.has(entry.id)) };
}
