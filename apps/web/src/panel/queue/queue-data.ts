import { useQuery } from '@tanstack/react-query';
import { api, data } from '../../api/client';
import { useInstance } from '../../shell/instance-context';

// The side bar's counts; live updates invalidate them with every ticket list (['tickets', ...]).
export const COUNTS_KEY = ['tickets', 'counts'] as const;

export function useQueueCounts() {
  const { slug } = useInstance();
  return useQuery({
    queryKey: COUNTS_KEY,
    queryFn: () => data(api.GET('/api/v1/t/{slug}/tickets/counts', { params: { path: { slug } } })),
  });
}

// The instance's departments, help topics, statuses and priorities: the choices of filters and
// forms. They change rarely, so they are kept for a few minutes.
const DIRECTORY_STALE = 5 * 60_000;

export function useDepartments() {
  const { slug } = useInstance();
  return useQuery({ queryKey: ['directory', 'departments'], staleTime: DIRECTORY_STALE, queryFn: () => data(api.GET('/api/v1/t/{slug}/departments', { params: { path: { slug } } })) });
}

export function useHelpTopics() {
  const { slug } = useInstance();
  return useQuery({ queryKey: ['directory', 'help-topics'], staleTime: DIRECTORY_STALE, queryFn: () => data(api.GET('/api/v1/t/{slug}/help-topics', { params: { path: { slug } } })) });
}

export function useStatuses() {
  const { slug } = useInstance();
  return useQuery({ queryKey: ['directory', 'statuses'], staleTime: DIRECTORY_STALE, queryFn: () => data(api.GET('/api/v1/t/{slug}/statuses', { params: { path: { slug } } })) });
}

export function usePriorities() {
  const { slug } = useInstance();
  return useQuery({ queryKey: ['directory', 'priorities'], staleTime: DIRECTORY_STALE, queryFn: () => data(api.GET('/api/v1/t/{slug}/priorities', { params: { path: { slug } } })) });
}

// The agents and teams work goes to (active ones).
export function useAgents() {
  const { slug } = useInstance();
  return useQuery({ queryKey: ['directory', 'agents'], staleTime: DIRECTORY_STALE, queryFn: () => data(api.GET('/api/v1/t/{slug}/agents', { params: { path: { slug } } })) });
}

export function useTeams() {
  const { slug } = useInstance();
  return useQuery({ queryKey: ['directory', 'teams'], staleTime: DIRECTORY_STALE, queryFn: () => data(api.GET('/api/v1/t/{slug}/teams', { params: { path: { slug } } })) });
}

// Choices for a Select: active things by name.
export function choices(items: { id: string; name: string; isActive?: boolean }[] | undefined): { value: string; label: string }[] {
  return (items ?? []).filter((item) => item.isActive !== false).map((item) => ({ value: item.id, label: item.name }));
}
