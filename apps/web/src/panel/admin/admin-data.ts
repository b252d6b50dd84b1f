import { useQuery } from '@tanstack/react-query';
import { api, data } from '../../api/client';
import { useInstance } from '../../shell/instance-context';
import { useStaff } from '../staff-session';
import { referencePath, type Row } from './admin-sections';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type Call = (path: string, init: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

// One request to the admin API by a path the sections table names (one starting with `/` is the
// instance's, outside the admin API: the canned responses a filter may send). The typed client
// checks paths written in the code; these come from the table, so the answer is typed by the caller.
export function adminRequest<T>(slug: string, method: Method, path: string, body?: unknown): Promise<T> {
  const call = (api as unknown as Record<Method, Call>)[method];
  return data(call(path.startsWith('/') ? `/api/v1/t/{slug}${path}` : `/api/v1/t/{slug}/admin/${path}`, { params: { path: { slug } }, body })) as Promise<T>;
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

// Lists an agent who administers a department's parts but not the instance reads where every
// agent reads them, outside the admin API.
const AGENT_LISTS = ['departments', 'priorities', 'sla-plans', 'statuses', 'teams', 'agents'];

// The rows a reference field chooses from; for such an agent, of the departments only those
// they administer.
export function useReferenceRows(section: string | undefined) {
  const { slug } = useInstance();
  const me = useStaff();
  const outside = !me.staff.isManager && section !== undefined && AGENT_LISTS.includes(section);
  const admin = useAdminList(section ? referencePath(section) : '', section !== undefined && !outside);
  const mine = new Set(Object.values(me.administers).flat());
  const agents = useQuery({
    queryKey: [ADMIN_KEY, 'agent-list', section],
    enabled: outside,
    queryFn: async () => {
      const call = (api as unknown as Record<'GET', Call>).GET;
      const rows = (await data(call(`/api/v1/t/{slug}/${section}`, { params: { path: { slug } } }))) as Row[];
      return section === 'departments' ? rows.filter((row) => mine.has(row.id)) : rows;
    },
  });
  return outside ? agents : admin;
}

// What a row is called in lists and choices.
export function rowLabel(row: Row | undefined): string {
  if (!row) return '';
  return String(row.name ?? row.title ?? row.email ?? row.key ?? row.id);
}
