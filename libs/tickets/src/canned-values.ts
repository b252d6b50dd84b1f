import type { Staff } from '@tessera/auth';
import { renderTemplate } from '@tessera/notifications';
import type { Tenant } from '@tessera/tenancy';
import type { CannedResponse } from './canned-response.entities';
import type { TicketDetails } from './ticket-query.service';

// The {{variables}} a canned response may use: the ticket it goes into and the agent using it.
export const CANNED_VARIABLES = [
  'ticket.reference',
  'ticket.subject',
  'ticket.status',
  'ticket.priority',
  'ticket.topic',
  'department.name',
  'requester.name',
  'requester.email',
  'agent.name',
  'agent.signature',
  'instance.name',
  'instance.link',
] as const;

export interface FilledCannedResponse {
  id: string;
  title: string;
  // The text with the ticket's values in place of its variables.
  body: string;
}

export type CannedValues = Record<(typeof CANNED_VARIABLES)[number], string>;

// What the variables read of a ticket.
export type CannedFacts = Pick<TicketDetails, 'reference' | 'subject' | 'requesterEmail'> & {
  status: { name: string };
  priority: { name: string };
  helpTopic: { name: string } | null;
  department: { name: string };
  requester: { name: string };
};

// A canned response's variables for a ticket; the agent's are empty when no agent uses it (a
// ticket filter sending it).
export function cannedValues(details: CannedFacts, agent: Pick<Staff, 'name' | 'signature'> | null, tenant: Tenant, publicUrl: string): CannedValues {
  return {
    'ticket.reference': details.reference,
    'ticket.subject': details.subject,
    'ticket.status': details.status.name,
    'ticket.priority': details.priority.name,
    'ticket.topic': details.helpTopic?.name ?? '',
    'department.name': details.department.name,
    'requester.name': details.requester.name,
    'requester.email': details.requesterEmail ?? '',
    'agent.name': agent?.name ?? '',
    'agent.signature': agent?.signature ?? '',
    'instance.name': tenant.name,
    'instance.link': `${publicUrl}/${tenant.slug}/`,
  };
}

export function fillCanned(row: CannedResponse, values: CannedValues): FilledCannedResponse {
  return { id: row.id, title: row.title, body: renderTemplate({ subject: row.title, body: row.body }, values).text };
}

