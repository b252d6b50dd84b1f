import type { components } from '../../api/schema';

export type Ticket = components['schemas']['TicketResponse'];
export type Entry = components['schemas']['EntryResponse'];
export type TicketAction = Ticket['actions'][number];

export const ticketKey = (reference: string) => ['ticket', reference] as const;
export const threadKey = (reference: string) => ['ticket', reference, 'thread'] as const;

// The ETag of the version the page shows, for If-Match.
export const etagOf = (ticket: Pick<Ticket, 'version'>) => `"${ticket.version}"`;
