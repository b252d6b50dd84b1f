// What a ticket list shows (queue, filters, sort, columns), and how it travels: in the page's
// search parameters, to GET tickets, and to and from a saved view. Pure, so it is unit-tested.

export const QUEUES = ['mine', 'teams', 'unassigned', 'department', 'due-soon', 'overdue', 'all'] as const;
export type Queue = (typeof QUEUES)[number];

export const SORTS = ['-activity', 'activity', 'due', '-due', 'priority', '-priority', '-created', 'created'] as const;
export type Sort = (typeof SORTS)[number];

export const STATES = ['new', 'open', 'pending', 'resolved', 'closed'] as const;
export type State = (typeof STATES)[number];

// Every column a list may show, in display order. The reference is always shown: it is the link.
export const COLUMNS = ['reference', 'subject', 'requester', 'helpTopic', 'department', 'status', 'priority', 'assignee', 'team', 'dueAt', 'lastActivityAt', 'createdAt'] as const;
export type Column = (typeof COLUMNS)[number];
export const CHOOSABLE_COLUMNS = COLUMNS.filter((column) => column !== 'reference');
export const DEFAULT_COLUMNS: Column[] = ['reference', 'subject', 'requester', 'helpTopic', 'status', 'priority', 'assignee', 'dueAt', 'lastActivityAt'];

export const DEFAULT_QUEUE: Queue = 'all';
export const DEFAULT_SORT: Sort = '-activity';

// Exact filters by id, and date ranges (ISO instants: from inclusive, to exclusive), as GET tickets takes them.
export const ID_FILTERS = ['departmentId', 'helpTopicId', 'statusId', 'priorityId', 'assigneeStaffId', 'requesterId', 'organizationId'] as const;
export const DATE_FILTERS = ['createdFrom', 'createdTo', 'dueFrom', 'dueTo'] as const;
export type IdFilter = (typeof ID_FILTERS)[number];
export type DateFilter = (typeof DATE_FILTERS)[number];

export type Filters = Partial<Record<IdFilter | DateFilter, string>> & { state?: State[] };

export interface ListState {
  queue: Queue;
  filters: Filters;
  sort: Sort;
  columns: Column[];
}

// A saved view as the views API keeps it: the queue travels inside the filters.
export interface ViewSettings {
  columns: string[];
  sort: string;
  filters: Record<string, unknown>;
}

const KNOWN_PARAMS = ['queue', 'sort', 'columns', 'state', ...ID_FILTERS, ...DATE_FILTERS];

const oneOf = <T extends string>(values: readonly T[], value: unknown): value is T => typeof value === 'string' && (values as readonly string[]).includes(value);

export function isQueue(value: unknown): value is Queue {
  return oneOf(QUEUES, value);
}

// Known columns once each, in display order, always with the reference; none known: the defaults.
export function normalizeColumns(columns: readonly unknown[]): Column[] {
  const chosen = COLUMNS.filter((column) => columns.includes(column));
  if (!chosen.length) return [...DEFAULT_COLUMNS];
  return chosen.includes('reference') ? chosen : ['reference', ...chosen];
}

function normalizeStates(states: readonly unknown[]): State[] | undefined {
  const chosen = STATES.filter((state) => states.includes(state));
  return chosen.length ? chosen : undefined;
}

function filtersFrom(read: (key: string) => unknown): Filters {
  const filters: Filters = {};
  for (const key of [...ID_FILTERS, ...DATE_FILTERS]) {
    const value = read(key);
    if (typeof value === 'string' && value) filters[key] = value;
  }
  const state = read('state');
  const states = normalizeStates(Array.isArray(state) ? state : typeof state === 'string' ? state.split(',') : []);
  if (states) filters.state = states;
  return filters;
}

export function defaultState(queue: Queue = DEFAULT_QUEUE): ListState {
  return { queue, filters: {}, sort: DEFAULT_SORT, columns: [...DEFAULT_COLUMNS] };
}

// The page's state: the base (a queue's defaults, or a saved view) unless the search parameters
// say otherwise; once they name anything, they describe the whole list.
export function readState(base: ListState, params: URLSearchParams): ListState {
  if (!KNOWN_PARAMS.some((key) => params.has(key))) return base;
  const queue = params.get('queue');
  const sort = params.get('sort');
  const columns = params.get('columns');
  return {
    queue: isQueue(queue) ? queue : base.queue,
    filters: filtersFrom((key) => params.get(key) ?? undefined),
    sort: oneOf(SORTS, sort) ? sort : DEFAULT_SORT,
    columns: columns === null ? [...DEFAULT_COLUMNS] : normalizeColumns(columns.split(',')),
  };
}

// The search parameters that describe a state; the queue only where the path does not say it.
export function writeState(state: ListState, options: { withQueue?: boolean } = {}): URLSearchParams {
  const params = new URLSearchParams();
  if (options.withQueue) params.set('queue', state.queue);
  for (const key of [...ID_FILTERS, ...DATE_FILTERS]) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.filters.state?.length) params.set('state', state.filters.state.join(','));
  params.set('sort', state.sort);
  params.set('columns', state.columns.join(','));
  return params;
}

export type TicketQuery = Omit<Filters, 'state'> & { queue: Queue; sort: Sort; state?: string[]; cursor?: string; limit?: number };

// The query of GET tickets for one page of the list.
export function ticketQuery(state: ListState, cursor?: string, limit = 50): TicketQuery {
  const query: TicketQuery = { queue: state.queue, sort: state.sort, limit, ...state.filters };
  if (cursor) query.cursor = cursor;
  return query;
}

export function fromView(view: ViewSettings): ListState {
  const queue = view.filters.queue;
  return {
    queue: isQueue(queue) ? queue : DEFAULT_QUEUE,
    filters: filtersFrom((key) => view.filters[key]),
    sort: oneOf(SORTS, view.sort) ? view.sort : DEFAULT_SORT,
    columns: normalizeColumns(view.columns),
  };
}

export function toView(state: ListState): { columns: Column[]; sort: Sort; filters: Filters & { queue: Queue } } {
  return { columns: state.columns, sort: state.sort, filters: { queue: state.queue, ...state.filters } };
}

export function sameState(a: ListState, b: ListState): boolean {
  return writeState(a, { withQueue: true }).toString() === writeState(b, { withQueue: true }).toString();
}

export function withFilter(state: ListState, key: IdFilter | DateFilter, value: string | null): ListState {
  const filters = { ...state.filters };
  if (value) filters[key] = value;
  else delete filters[key];
  return { ...state, filters };
}

export function withStates(state: ListState, states: readonly string[]): ListState {
  const filters = { ...state.filters };
  const chosen = normalizeStates(states);
  if (chosen) filters.state = chosen;
  else delete filters.state;
  return { ...state, filters };
}

// A day picked in a date field (YYYY-MM-DD) as the instant it starts in the instance's time zone.
export function dayStart(day: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const utc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // The zone's offset at that moment, read back through Intl; twice, for days a clock change starts.
  let instant = utc;
  for (let i = 0; i < 2; i++) instant = utc - zoneOffset(instant, timeZone);
  return new Date(instant).toISOString();
}

// The day (YYYY-MM-DD) an instant falls on in the time zone, for showing a date filter again.
export function dayOf(instant: string | undefined, timeZone: string): string {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return '';
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

function zoneOffset(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(
    new Date(instant),
  );
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')) - Math.floor(instant / 1000) * 1000;
}
