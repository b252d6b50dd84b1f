// What a role may do in a department. Roles are named sets of these; an agent has one role per
// department (primary and extra), and the role of the ticket's department decides.

export const PERMISSIONS = [
  'ticket.create',
  'ticket.edit',
  'ticket.assign',
  'ticket.transfer',
  'ticket.reply',
  'ticket.close',
  'ticket.delete',
  'ticket.merge',
  'ticket.link',
  'task.create',
  'task.edit',
  'task.assign',
  'task.transfer',
  'task.reply',
  'task.close',
  'task.delete',
  'faq.manage',
  'canned.manage',
  // A department's administration without instance-wide rights: its help topics, its ticket
  // filters, and who works in it with which role (never a role beyond one's own there).
  'topics.manage',
  'filters.manage',
  'members.manage',
  'stats.agents',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}

export type DefaultRole = 'all' | 'expanded' | 'limited' | 'view';

// Everything but deleting, the instance-wide knowledge base, staff statistics and the
// department's administration.
const expanded = PERMISSIONS.filter((p) => !['ticket.delete', 'task.delete', 'faq.manage', 'stats.agents', 'topics.manage', 'filters.manage', 'members.manage'].includes(p));

// The four roles a new instance starts with, from everything to read-only.
export const DEFAULT_ROLE_PERMISSIONS: Record<DefaultRole, readonly Permission[]> = {
  all: PERMISSIONS,
  expanded,
  limited: ['ticket.create', 'ticket.assign', 'ticket.transfer', 'ticket.reply', 'task.create', 'task.reply'],
  view: [],
};
