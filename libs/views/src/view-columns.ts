// The columns a view may show, as the queue rows name them; the migration's check lists the same.
export const VIEW_COLUMNS = [
  'reference',
  'subject',
  'requester',
  'helpTopic',
  'department',
  'status',
  'priority',
  'assignee',
  'team',
  'dueAt',
  'lastActivityAt',
  'createdAt',
] as const;
export type ViewColumn = (typeof VIEW_COLUMNS)[number];

export const VIEW_NAME_MAX_LENGTH = 100;
export const VIEW_POSITION = { min: 0, max: 10000 } as const;
// Views one agent may keep.
export const MAX_VIEWS_PER_AGENT = 100;
