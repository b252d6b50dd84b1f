import type { TicketState } from '@tessera/directory';

// Which state a ticket may move to from which. `new` is only where tickets start; a closed
// ticket only reopens; resolved and closed count as done for queues and SLA.
const NEXT: Record<TicketState, readonly TicketState[]> = {
  new: ['new', 'open', 'pending', 'resolved', 'closed'],
  open: ['open', 'pending', 'resolved', 'closed'],
  pending: ['open', 'pending', 'resolved', 'closed'],
  resolved: ['open', 'resolved', 'closed'],
  closed: ['open', 'closed'],
};

export function canMove(from: TicketState, to: TicketState): boolean {
  return NEXT[from].includes(to);
}

export function isDone(state: TicketState): boolean {
  return state === 'resolved' || state === 'closed';
}
