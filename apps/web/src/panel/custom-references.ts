import { api, data } from '../api/client';
import { useInstance } from '../shell/instance-context';
import type { FormField, ReferenceChoices } from '../shell/custom-field-inputs';
import { choices } from './queue/queue-data';
import { useDirectory } from './ticket/ticket-queries';

// The agents, departments and organizations an agent picks a custom reference field's value from,
// loaded only for the types the fields use. A requester field stays typed (no search of requesters
// is open to agents yet).
export function useReferenceChoices(fields: readonly FormField[]): ReferenceChoices {
  const { slug } = useInstance();
  const uses = (type: string) => fields.some((field) => field.type === type);
  const agents = useDirectory('agents', () => data(api.GET('/api/v1/t/{slug}/agents', { params: { path: { slug } } })), uses('agent'));
  const departments = useDirectory('departments', () => data(api.GET('/api/v1/t/{slug}/departments', { params: { path: { slug } } })), uses('department'));
  const organizations = useDirectory('organizations', () => data(api.GET('/api/v1/t/{slug}/organizations', { params: { path: { slug } } })), uses('organization'));
  return { agent: choices(agents.data), department: choices(departments.data), organization: choices(organizations.data) };
}
