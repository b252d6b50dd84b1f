import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../../api/client';
import type { components } from '../../api/schema';
import { useInstance } from '../../shell/instance-context';

export type Task = components['schemas']['TaskResponse'];
export type TaskNote = components['schemas']['TaskNoteResponse'];
export type TaskAction = Task['actions'][number];
export type TaskQueue = 'mine' | 'teams' | 'department' | 'overdue';
export const TASK_QUEUES: readonly TaskQueue[] = ['mine', 'teams', 'department', 'overdue'];

// Every task list and task is under ['tasks', ...]: a write invalidates them all.
export const TASKS_KEY = ['tasks'] as const;

export function taskPath(id: string): string {
  return `/scp/tasks/${encodeURIComponent(id)}`;
}

export function isTaskQueue(value: string | undefined): value is TaskQueue {
  return (TASK_QUEUES as readonly string[]).includes(value ?? '');
}

export function useTaskList(query: { queue?: TaskQueue; ticket?: string; state?: 'open' | 'closed' }, enabled = true) {
  const { slug } = useInstance();
  return useQuery({
    queryKey: [...TASKS_KEY, 'list', query],
    queryFn: () => data(api.GET('/api/v1/t/{slug}/tasks', { params: { path: { slug }, query } })),
    enabled,
  });
}

export function useTask(id: string) {
  const { slug } = useInstance();
  return useQuery({ queryKey: [...TASKS_KEY, 'one', id], queryFn: () => data(api.GET('/api/v1/t/{slug}/tasks/{id}', { params: { path: { slug, id } } })), retry: false });
}

export function useTaskNotes(id: string) {
  const { slug } = useInstance();
  return useQuery({ queryKey: [...TASKS_KEY, 'notes', id], queryFn: () => data(api.GET('/api/v1/t/{slug}/tasks/{id}/notes', { params: { path: { slug, id } } })), retry: false });
}

export function useRefreshTasks(): () => Promise<void> {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: TASKS_KEY });
}

// The open tasks of a ticket, named: what the refusal to resolve or close it shows.
export function useOpenTaskTitles(reference: string): string[] {
  return useTaskList({ ticket: reference }).data?.map((task) => task.title) ?? [];
}
