import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../../api/client';
import type { components } from '../../api/schema';
import { useInstance } from '../../shell/instance-context';

export type PortalTicket = components['schemas']['PortalTicketResponse'];
export type ThreadEntry = components['schemas']['PortalThreadEntryResponse'];

export const ticketKey = (reference: string) => ['portal', 'ticket', reference] as const;

export function usePortalTicket(reference: string) {
  const { slug } = useInstance();
  return useQuery({
    queryKey: ticketKey(reference),
    queryFn: () => data(api.GET('/api/v1/t/{slug}/portal/tickets/{reference}', { params: { path: { slug, reference } } })),
  });
}

// After a change to a ticket: it, and the lists it is in.
export function useTicketChanged(): (reference: string) => Promise<void> {
  const client = useQueryClient();
  return async (reference) => {
    await Promise.all([client.invalidateQueries({ queryKey: ticketKey(reference) }), client.invalidateQueries({ queryKey: ['portal', 'tickets'] })]);
  };
}
