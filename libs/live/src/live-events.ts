// Live updates: which outbox messages reach the event streams, and who sees each. Pure.
import { EventKind } from '@tessera/events';

// Every agent of the instance, or also the people of the ticket in the portal.
export type LiveAudience = 'agents' | 'participants';

// The outbox topics that reach the streams, each with its audience. Topics missing here (portal
// links, mailbox alerts) are never published. Requesters see their ticket's public thread and
// status; never notes, assignments, locks or the other changes agents make.
export const LIVE_KINDS = {
  'ticket.created': 'participants',
  'ticket.message': 'participants',
  'ticket.response': 'participants',
  'ticket.status': 'participants',
  'ticket.resolved': 'participants',
  'ticket.closed': 'participants',
  'ticket.note': 'agents',
  'ticket.assigned': 'agents',
  'ticket.claimed': 'agents',
  'ticket.released': 'agents',
  'ticket.unassigned': 'agents',
  'ticket.transferred': 'agents',
  'ticket.priority': 'agents',
  // Subject, type, confidentiality, custom data, help topic, due date, collaborators, links, merges.
  'ticket.updated': 'agents',
  'ticket.locked': 'agents',
  'ticket.unlocked': 'agents',
  'ticket.overdue': 'agents',
  'ticket.sla-warning': 'agents',
  'ticket.escalated': 'agents',
  'ticket.deleted': 'agents',
} as const satisfies Partial<Record<EventKind, LiveAudience>>;
export type LiveKind = keyof typeof LIVE_KINDS;

// What is published and streamed: ids and a kind, never subjects or bodies. The client fetches
// the rest through the routes that check what the reader may see.
export interface LiveEvent {
  // The outbox message's id (UUID v7).
  id: string;
  tenantId: string;
  kind: LiveKind;
  ticketId?: string;
  reference?: string;
}

// Who reads a stream: an agent sees every kind of the instance; a requester one ticket's
// participant kinds.
export type LiveViewer = { kind: 'agent' } | { kind: 'requester'; ticketId: string };

export function isLiveKind(topic: string): topic is LiveKind {
  return Object.hasOwn(LIVE_KINDS, topic);
}

export function kindsFor(viewer: LiveViewer): LiveKind[] {
  const kinds = Object.keys(LIVE_KINDS) as LiveKind[];
  return viewer.kind === 'agent' ? kinds : kinds.filter((kind) => LIVE_KINDS[kind] === 'participants');
}

export function visibleTo(viewer: LiveViewer, event: LiveEvent): boolean {
  if (!isLiveKind(event.kind)) return false;
  if (viewer.kind === 'agent') return true;
  return LIVE_KINDS[event.kind] === 'participants' && event.ticketId === viewer.ticketId;
}

// One channel for the deployment, under the configured key prefix (PUBLISH takes no key
// prefix from the connection). The hash tag keeps it ready for sharded pub/sub on a cluster.
export function liveChannel(prefix: string): string {
  return `${prefix}:{live}`;
}

// An outbox row as the live streams need it, or null for topics that are not published.
export function liveEventOf(tenantId: string, row: { id: string; topic: string; ticketId: string | null; reference: string | null }): LiveEvent | null {
  if (!isLiveKind(row.topic)) return null;
  return { id: row.id, tenantId, kind: row.topic, ...(row.ticketId ? { ticketId: row.ticketId } : {}), ...(row.reference ? { reference: row.reference } : {}) };
}

// A message from the channel, checked: anything malformed is dropped.
export function parseLiveEvent(text: string): LiveEvent | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { id, tenantId, kind, ticketId, reference } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof tenantId !== 'string' || typeof kind !== 'string') return null;
  if (ticketId !== undefined && typeof ticketId !== 'string') return null;
  if (reference !== undefined && typeof reference !== 'string') return null;
  return liveEventOf(tenantId, { id, topic: kind, ticketId: ticketId ?? null, reference: reference ?? null });
}
