import { useQuery } from '@tanstack/react-query';
import { api, data } from '../../api/client';
import { useInstance } from '../../shell/instance-context';
import { threadKey, ticketKey } from './ticket-model';

// Others' changes (and their composing locks) show within this time until live updates come.
const REFETCH_MS = 15_000;

export function useTicketDetails(reference: string) {
  const { slug } = useInstance();
  return useQuery({
    queryKey: ticketKey(reference),
    // Not from the browser's cache: the ETag is the ticket's version, which a composing lock does
    // not raise, so a revalidated copy would hide a colleague's lock.
    queryFn: () => data(api.GET('/api/v1/t/{slug}/tickets/{reference}', { params: { path: { slug, reference } }, cache: 'no-store' })),
    refetchInterval: REFETCH_MS,
    retry: false,
  });
}

export function useThread(reference: string) {
  const { slug } = useInstance();
  return useQuery({
    queryKey: threadKey(reference),
    queryFn: () => data(api.GET('/api/v1/t/{slug}/tickets/{reference}/thread', { params: { path: { slug, reference } } })),
    refetchInterval: REFETCH_MS,
    retry: false,
  });
}

// The instance's lists an action chooses from; they change rarely.
export function useDirectory<T>(name: string, load: () => Promise<T>, enabled = true) {
  return useQuery({ queryKey: ['directory', name], queryFn: load, staleTime: 5 * 60_000, enabled });
}
