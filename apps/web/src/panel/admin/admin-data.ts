import { useQuery } from '@tanstack/react-query';
import { api, data } from '../../api/client';
import { useInstance } from '../../shell/instance-context';
import { referencePath, type Row } from './admin-sections';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type Call = (path: string, init: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

// One request to the admin API by a path the sections table names. The typed client checks
// paths written in the code; these come from the table, so the answer is typed by the caller.
export function adminRequest<T>(slug: string, method: Method, path: string, body?: unknown): Promise<T> {
  const call = (api as unknown as Record<Method, Call>)[method];
  return data(call(`/api/v1/t/{slug}/admin/${path}`, { params: { path: { slug } }, body })) as Promise<T>;
}

// Every key the console's queries use starts with this, so a change refreshes them all.
export const ADMIN_KEY = 'admin';

export function useAdminList(path: string, enabled = true) {
  const { slug } = useInstance();
  return useQuery({ queryKey: [ADMIN_KEY, path], enabled, queryFn: () => adminRequest<Row[]>(slug, 'GET', path) });
}

export function useAdminObject<T = Row>(path: string) {
  const { slug } = useInstance();
  return useQuery({ queryKey: [ADMIN_KEY, path], queryFn: () => adminRequest<T>(slug, 'GET', path) });
}

// The rows a reference field chooses from.
export function useReferenceRows(section: string | undefined) {
  return useAdminList(section ? referencePath(section) : '', section !== undefined);
}

// What a row is called in lists and choices.
export function rowLabel(row: Row | undefined): string {
  if (!row) return '';
  return String(row.name ?? row.email ?? row.key ?? row.id);
}
