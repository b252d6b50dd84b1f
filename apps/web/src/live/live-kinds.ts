// The kinds of the live event streams (the server's catalogue is libs/live; a test keeps the two
// the same). EventSource dispatches by event type, so the client names each it listens to.
export const LIVE_KINDS = [
  'ticket.created',
  'ticket.message',
  'ticket.response',
  'ticket.status',
  'ticket.resolved',
  'ticket.closed',
  'ticket.note',
  'ticket.assigned',
  'ticket.claimed',
  'ticket.released',
  'ticket.unassigned',
  'ticket.transferred',
  'ticket.priority',
  'ticket.updated',
  'ticket.locked',
  'ticket.unlocked',
  'ticket.overdue',
  'ticket.sla-warning',
  'ticket.escalated',
  'ticket.deleted',
] as const;

export interface LiveMessage {
  kind: string;
  ticketId: string | null;
  reference: string | null;
}

export type QueryKeyPrefix = readonly string[];

// What an event makes stale. An agent's lists and counts change with any ticket; the ticket
// itself with its own events. `reset` (events were missed) makes everything stale.
export function agentKeysFor(message: LiveMessage | 'reset'): QueryKeyPrefix[] {
  if (message === 'reset') return [['tickets'], ['ticket']];
  return message.reference ? [['tickets'], ['ticket', message.reference]] : [['tickets']];
}

export function portalKeysFor(message: LiveMessage | 'reset', reference: string): QueryKeyPrefix[] {
  if (message === 'reset') return [['portal', 'ticket', reference], ['portal', 'tickets']];
  return [['portal', 'ticket', message.reference ?? reference], ['portal', 'tickets']];
}

export function parseLiveMessage(data: string): LiveMessage | null {
  try {
    const value = JSON.parse(data) as Partial<LiveMessage>;
    if (typeof value.kind !== 'string') return null;
    return { kind: value.kind, ticketId: value.ticketId ?? null, reference: value.reference ?? null };
  } catch {
    return null;
  }
}
