import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../../api/client';
import type { components } from '../../api/schema';
import { useInstance } from '../../shell/instance-context';
import { toView, type ListState } from './queue-state';

export type View = components['schemas']['ViewResponse'];

export const VIEWS_KEY = ['views'] as const;

// The agent's saved views, kept on the server: the same in every browser.
export function useViews() {
  const { slug } = useInstance();
  return useQuery({ queryKey: VIEWS_KEY, queryFn: () => data(api.GET('/api/v1/t/{slug}/views', { params: { path: { slug } } })) });
}

export function useCreateView() {
  const { slug } = useInstance();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ name, state }: { name: string; state: ListState }) => data(api.POST('/api/v1/t/{slug}/views', { params: { path: { slug } }, body: { name, ...toView(state) } })),
    onSuccess: () => client.invalidateQueries({ queryKey: VIEWS_KEY }),
  });
}

// A new name, or the list's settings saved over the view's.
export function useUpdateView(id: string) {
  const { slug } = useInstance();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: { name: string } | { state: ListState }) =>
      data(api.PATCH('/api/v1/t/{slug}/views/{id}', { params: { path: { slug, id } }, body: 'name' in change ? { name: change.name } : toView(change.state) })),
    onSuccess: () => client.invalidateQueries({ queryKey: VIEWS_KEY }),
  });
}

export function useDeleteView(id: string) {
  const { slug } = useInstance();
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => data(api.DELETE('/api/v1/t/{slug}/views/{id}', { params: { path: { slug, id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: VIEWS_KEY }),
  });
}
