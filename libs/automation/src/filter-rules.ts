import { compilePattern, patternProblem } from './safe-pattern';

// Ticket filters: ordered rules an instance runs on every new ticket, whatever channel it came
// by. Pure: the caller loads the filters and the facts of the message, and applies the outcome.

export const FILTER_CHANNELS = ['mail', 'portal', 'agent', 'api'] as const;
export type FilterChannel = (typeof FILTER_CHANNELS)[number];

// What a condition looks at. `header` names the header in the condition's `header`, and
// `custom-field` the key of the ticket's custom data in its `key`; to, cc, tag and organization
// are lists (a condition holds when one value does, or for a negative operator when none does).
// `tag`: the tags the ticket was given at creation and those earlier filters added;
// `organization`: each of the requester's organizations, by name and by id.
export const CONDITION_FIELDS = [
  'from.address',
  'from.domain',
  'from.name',
  'to',
  'cc',
  'subject',
  'body',
  'header',
  'mailbox',
  'channel',
  'help-topic',
  'priority',
  'tag',
  'organization',
  'custom-field',
] as const;
export type ConditionField = (typeof CONDITION_FIELDS)[number];

export const CONDITION_OPERATORS = ['equals', 'not-equals', 'contains', 'not-contains', 'starts', 'ends', 'regex', 'not-regex'] as const;
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];
const NEGATIVE: readonly ConditionOperator[] = ['not-equals', 'not-contains', 'not-regex'];

export interface FilterCondition {
  field: ConditionField;
  operator: ConditionOperator;
  value: string;
  // The header's name, for the field `header`.
  header?: string | null;
  // The custom field's key in the ticket's custom data, for the field `custom-field`.
  key?: string | null;
}

// A custom field's key as a condition names it (as forms name their fields).
export const CUSTOM_FIELD_KEY = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}$/;

// What an action's value names: nothing, a row of the instance (checked when the filter is
// saved), or a list of mail addresses. A new action kind is one more line here.
export type ActionValue = 'none' | 'department' | 'help-topic' | 'priority' | 'sla-plan' | 'status' | 'type' | 'staff' | 'team' | 'canned-response' | 'addresses' | 'tags';

// The kinds of ticket a `set-type` action may choose (the tickets context's TICKET_TYPES).
export const TICKET_TYPE_VALUES = ['incident', 'service_request', 'problem', 'change'] as const;

export const ACTION_KINDS = {
  // Mail is kept and flagged for an agent; other channels are refused.
  reject: 'none',
  'set-department': 'department',
  'set-help-topic': 'help-topic',
  'set-priority': 'priority',
  'set-sla-plan': 'sla-plan',
  'set-status': 'status',
  // incident, service_request, problem or change.
  'set-type': 'type',
  'assign-agent': 'staff',
  'assign-team': 'team',
  'disable-auto-response': 'none',
  'send-canned-response': 'canned-response',
  'add-collaborators': 'addresses',
  // Tag names, separated by commas or blanks.
  'add-tags': 'tags',
  // No later filter runs.
  stop: 'none',
} as const satisfies Record<string, ActionValue>;
export type ActionKind = keyof typeof ACTION_KINDS;

export interface FilterAction {
  kind: ActionKind;
  // The id of what it sets, or the addresses it adds; null for kinds that take none.
  value?: string | null;
}

export interface FilterRule {
  id: string;
  name: string;
  match: 'all' | 'any';
  conditions: readonly FilterCondition[];
  actions: readonly FilterAction[];
}

// The facts of a new ticket's message that conditions read.
export interface FilterMessage {
  channel: FilterChannel;
  from: { address: string; name: string | null };
  to: readonly string[];
  cc: readonly string[];
  subject: string;
  body: string;
  // Header names in any case; values as received.
  headers: Readonly<Record<string, string | readonly string[]>>;
  mailboxId: string | null;
  helpTopicId: string | null;
  priorityId: string | null;
  // The department the channel names (a mailbox's, the one chosen), before any filter ran.
  departmentId?: string | null;
  // The tags the ticket is given at creation (a recurring ticket's), before any filter ran.
  tags?: readonly string[];
  // The requester's organizations (for a new requester, those that claim the address's domain).
  organizations?: readonly { id: string; name: string }[];
  // The ticket's custom data (a form's fields), by key.
  customData?: Readonly<Record<string, unknown>>;
}

export interface MatchedFilter {
  filterId: string;
  name: string;
  // Its actions, in order, as written (stop included).
  actions: FilterAction[];
}

// What the matching filters come to, in filter order: each `set-*` and assignment of a later
// filter replaces an earlier one's; collaborators and canned responses add up.
export interface FilterOutcome {
  matched: MatchedFilter[];
  // The filter that rejected the message; no later filter ran.
  rejectedBy: MatchedFilter | null;
  departmentId: string | null;
  helpTopicId: string | null;
  priorityId: string | null;
  slaPlanId: string | null;
  statusId: string | null;
  type: string | null;
  staffId: string | null;
  teamId: string | null;
  autoResponse: boolean;
  cannedResponseIds: string[];
  collaborators: string[];
  // As written (the ticket side spells them); they add up.
  tags: string[];
}

export function isActionKind(kind: string): kind is ActionKind {
  return Object.hasOwn(ACTION_KINDS, kind);
}

// What kind of row an action's value names, or null when it names none (addresses, tags).
export function referenceOf(kind: ActionKind): Exclude<ActionValue, 'none' | 'addresses' | 'tags' | 'type'> | null {
  const takes: ActionValue = ACTION_KINDS[kind];
  return takes === 'none' || takes === 'addresses' || takes === 'tags' || takes === 'type' ? null : takes;
}

// `after`: where earlier filters left the ticket (a department's filters run on what the
// instance's decided); their settings stand unless these replace them.
export function runFilters(filters: readonly FilterRule[], message: FilterMessage, after?: FilterOutcome): FilterOutcome {
  if (after?.rejectedBy) return after;
  const outcome: FilterOutcome = after ? { ...after, matched: [...after.matched], cannedResponseIds: [...after.cannedResponseIds], collaborators: [...after.collaborators], tags: [...after.tags] } : {
    matched: [],
    rejectedBy: null,
    departmentId: null,
    helpTopicId: null,
    priorityId: null,
    slaPlanId: null,
    statusId: null,
    type: null,
    staffId: null,
    teamId: null,
    autoResponse: true,
    cannedResponseIds: [],
    collaborators: [],
    tags: [],
  };
  for (const filter of filters) {
    // Tags added by earlier filters count as the ticket's.
    const facts = outcome.tags.length > 0 ? { ...message, tags: [...(message.tags ?? []), ...outcome.tags] } : message;
    if (!filterMatches(filter, facts)) continue;
    const matched = { filterId: filter.id, name: filter.name, actions: filter.actions.map((a) => ({ ...a })) };
    outcome.matched.push(matched);
    let stop = false;
    for (const action of filter.actions) {
      const value = action.value ?? null;
      switch (action.kind) {
        case 'reject':
          outcome.rejectedBy = matched;
          return outcome;
        case 'set-department':
          outcome.departmentId = value;
          break;
        case 'set-help-topic':
          outcome.helpTopicId = value;
          break;
        case 'set-priority':
          outcome.priorityId = value;
          break;
        case 'set-sla-plan':
          outcome.slaPlanId = value;
          break;
        case 'set-status':
          outcome.statusId = value;
          break;
        case 'set-type':
          outcome.type = value;
          break;
        case 'assign-agent':
          outcome.staffId = value;
          outcome.teamId = null;
          break;
        case 'assign-team':
          outcome.teamId = value;
          outcome.staffId = null;
          break;
        case 'disable-auto-response':
          outcome.autoResponse = false;
          break;
        case 'send-canned-response':
          if (value && !outcome.cannedResponseIds.includes(value)) outcome.cannedResponseIds.push(value);
          break;
        case 'add-collaborators':
          for (const address of splitAddresses(value ?? '')) if (!outcome.collaborators.includes(address)) outcome.collaborators.push(address);
          break;
        case 'add-tags':
          for (const tag of splitTags(value ?? '')) if (!outcome.tags.includes(tag)) outcome.tags.push(tag);
          break;
        case 'stop':
          stop = true;
          break;
      }
    }
    if (stop) break;
  }
  return outcome;
}

export function filterMatches(filter: Pick<FilterRule, 'match' | 'conditions'>, message: FilterMessage): boolean {
  if (filter.conditions.length === 0) return false;
  const test = (condition: FilterCondition) => conditionHolds(condition, message);
  return filter.match === 'all' ? filter.conditions.every(test) : filter.conditions.some(test);
}

export function conditionHolds(condition: FilterCondition, message: FilterMessage): boolean {
  return valuesHold(condition, valuesOf(condition, message));
}

// Whether the values a condition looks at satisfy its operator: for a list, one value does, or
// for a negative operator none has what it excludes. Triggers share it for their own fields.
export function valuesHold(condition: Pick<FilterCondition, 'operator' | 'value'>, values: readonly string[]): boolean {
  const compare = comparer(condition.operator, condition.value);
  if (NEGATIVE.includes(condition.operator)) return values.every(compare);
  return values.some(compare);
}

export function valuesOf(condition: FilterCondition, message: FilterMessage): string[] {
  switch (condition.field) {
    case 'from.address':
      return [message.from.address];
    case 'from.domain':
      return [domainOf(message.from.address)];
    case 'from.name':
      return [message.from.name ?? ''];
    case 'to':
      return [...message.to];
    case 'cc':
      return [...message.cc];
    case 'subject':
      return [message.subject];
    case 'body':
      return [message.body];
    case 'header':
      return headerValues(message.headers, condition.header ?? '');
    case 'mailbox':
      return [message.mailboxId ?? ''];
    case 'channel':
      return [message.channel];
    case 'help-topic':
      return [message.helpTopicId ?? ''];
    case 'priority':
      return [message.priorityId ?? ''];
    case 'tag':
      return [...(message.tags ?? [])];
    case 'organization':
      return (message.organizations ?? []).flatMap((organization) => [organization.name, organization.id]);
    case 'custom-field':
      return customValues(message.customData?.[condition.key ?? '']);
  }
}

// A custom value as text: a list gives each of its items; nothing or an object gives none.
function customValues(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(customValues);
  if (typeof value === 'string') return [value];
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  return [];
}

// Case-insensitive, as managers write them.
function comparer(operator: ConditionOperator, expected: string): (value: string) => boolean {
  const wanted = expected.toLowerCase();
  switch (operator) {
    case 'equals':
      return (value) => value.toLowerCase() === wanted;
    case 'not-equals':
      return (value) => value.toLowerCase() !== wanted;
    case 'contains':
      return (value) => value.toLowerCase().includes(wanted);
    case 'not-contains':
      return (value) => !value.toLowerCase().includes(wanted);
    case 'starts':
      return (value) => value.toLowerCase().startsWith(wanted);
    case 'ends':
      return (value) => value.toLowerCase().endsWith(wanted);
    case 'regex': {
      const pattern = compilePattern(expected);
      return (value) => pattern.test(value);
    }
    case 'not-regex': {
      const pattern = compilePattern(expected);
      return (value) => !pattern.test(value);
    }
  }
}

export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1).toLowerCase();
}

function headerValues(headers: FilterMessage['headers'], name: string): string[] {
  const wanted = name.trim().toLowerCase();
  const values: string[] = [];
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted) continue;
    values.push(...(typeof value === 'string' ? [value] : value));
  }
  return values;
}

// The addresses an add-collaborators action names: separated by commas, semicolons or blanks;
// `Name <address>` keeps the address.
export function splitAddresses(value: string): string[] {
  return value
    .split(/[,;\s]+(?=[^>]*(?:<|$))/)
    .map((part) => (/<([^<>]+)>/.exec(part)?.[1] ?? part).trim().toLowerCase())
    .filter((part) => part.includes('@'));
}

// The tag names an add-tags action names: separated by commas, semicolons or blanks.
export function splitTags(value: string): string[] {
  return value.split(/[,;\s]+/).filter((part) => part !== '');
}

// What is wrong with a rule as written, field by field (`conditions.0.value`), without looking
// up the ids it names: that is the caller's part.
export interface RuleProblem {
  field: string;
  message: string;
}

export const MAX_CONDITIONS = 50;
export const MAX_ACTIONS = 50;
export const MAX_VALUE_LENGTH = 1000;

export function ruleProblems(rule: Pick<FilterRule, 'match' | 'conditions' | 'actions'>): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (rule.match !== 'all' && rule.match !== 'any') problems.push({ field: 'match', message: 'Match all or any' });
  if (rule.conditions.length === 0) problems.push({ field: 'conditions', message: 'A filter needs at least one condition' });
  if (rule.conditions.length > MAX_CONDITIONS) problems.push({ field: 'conditions', message: `A filter has at most ${MAX_CONDITIONS} conditions` });
  rule.conditions.forEach((condition, index) => problems.push(...conditionProblems(condition, `conditions.${index}`)));
  if (rule.actions.length === 0) problems.push({ field: 'actions', message: 'A filter needs at least one action' });
  if (rule.actions.length > MAX_ACTIONS) problems.push({ field: 'actions', message: `A filter has at most ${MAX_ACTIONS} actions` });
  rule.actions.forEach((action, index) => {
    const at = `actions.${index}`;
    if (!isActionKind(action.kind)) problems.push({ field: `${at}.kind`, message: `An action is one of ${Object.keys(ACTION_KINDS).join(', ')}` });
    else problems.push(...actionValueProblems(action.kind, ACTION_KINDS[action.kind], action.value ?? null, at));
  });
  return problems;
}

// The checks of one condition on the message's fields, named from `at` (`conditions.0`).
export function conditionProblems(condition: FilterCondition, at: string, fields: readonly string[] = CONDITION_FIELDS): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (!fields.includes(condition.field)) problems.push({ field: `${at}.field`, message: `A condition looks at ${fields.join(', ')}` });
  if (!(CONDITION_OPERATORS as readonly string[]).includes(condition.operator)) {
    problems.push({ field: `${at}.operator`, message: `A condition compares with ${CONDITION_OPERATORS.join(', ')}` });
  }
  problems.push(...valueProblems(condition, at));
  if (condition.field === 'header' && !/^[!-9;-~]+$/.test(condition.header ?? '')) {
    problems.push({ field: `${at}.header`, message: 'Name the header (letters, digits and dashes, as in X-Priority)' });
  }
  if (condition.field === 'custom-field' && !CUSTOM_FIELD_KEY.test(condition.key ?? '')) {
    problems.push({ field: `${at}.key`, message: 'Name the custom field by its key (letters, digits, _ . -, as in contract_number)' });
  }
  if (condition.field === 'channel' && ['equals', 'not-equals'].includes(condition.operator) && !(FILTER_CHANNELS as readonly string[]).includes(condition.value.toLowerCase())) {
    problems.push({ field: `${at}.value`, message: `A channel is one of ${FILTER_CHANNELS.join(', ')}` });
  }
  return problems;
}

// A condition's value: text of bounded length, and a pattern RE2 runs for the regex operators.
export function valueProblems(condition: Pick<FilterCondition, 'operator' | 'value'>, at: string): RuleProblem[] {
  if (typeof condition.value !== 'string' || condition.value.length > MAX_VALUE_LENGTH) {
    return [{ field: `${at}.value`, message: `A value is text of at most ${MAX_VALUE_LENGTH} characters` }];
  }
  if (condition.operator === 'regex' || condition.operator === 'not-regex') {
    const problem = patternProblem(condition.value);
    if (problem) return [{ field: `${at}.value`, message: `The regular expression is not valid: ${problem}` }];
  }
  return [];
}

// The checks of an action's value as written, by what it takes.
export function actionValueProblems(kind: string, takes: string, value: string | null, at: string): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (takes === 'none' && value !== null && value !== '') problems.push({ field: `${at}.value`, message: `${kind} takes no value` });
  if (takes !== 'none' && (value === null || value.trim() === '')) problems.push({ field: `${at}.value`, message: `${kind} needs a value` });
  if (takes === 'addresses' && value && splitAddresses(value).length === 0) problems.push({ field: `${at}.value`, message: 'Give one or more e-mail addresses' });
  if (takes === 'tags' && value && splitTags(value).length === 0) problems.push({ field: `${at}.value`, message: 'Give one or more tags' });
  if (takes === 'type' && value && !(TICKET_TYPE_VALUES as readonly string[]).includes(value)) {
    problems.push({ field: `${at}.value`, message: `A ticket type is one of ${TICKET_TYPE_VALUES.join(', ')}` });
  }
  return problems;
}
