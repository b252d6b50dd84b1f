import {
  ACTION_KINDS,
  CONDITION_FIELDS,
  CONDITION_OPERATORS,
  FilterCondition,
  FilterMessage,
  MAX_ACTIONS,
  MAX_CONDITIONS,
  RuleProblem,
  actionValueProblems,
  conditionProblems,
  valueProblems,
  valuesHold,
  valuesOf,
} from './filter-rules';

// Triggers: ordered rules an instance runs on events of existing tickets (a requester's reply,
// a change of status...). Conditions are the filters' plus the ticket's present routing and what
// the event changed; actions are the filters' that make sense on an open ticket, plus a
// notification from a template and a call to a web address. Pure: the caller loads the
// triggers and the ticket's facts, and applies what fires.

// What a trigger fires on; the worker maps outbox events to these.
export const TRIGGER_EVENTS = [
  'created',
  'requester-reply',
  'agent-reply',
  'note',
  'status',
  'priority',
  'assignment',
  'department',
  'sla-warning',
  'sla-breach',
  'task-closed',
] as const;
export type TriggerEvent = (typeof TRIGGER_EVENTS)[number];

// The fields an event may change, which the change operators look at.
export const CHANGE_FIELDS = ['status', 'priority', 'department', 'agent', 'team'] as const;
export type ChangeField = (typeof CHANGE_FIELDS)[number];

// The filters' fields, plus the ticket's present status, department, agent and team (ids; ''
// when there is none).
export const TRIGGER_CONDITION_FIELDS = [...CONDITION_FIELDS, 'status', 'department', 'agent', 'team'] as const;
export type TriggerConditionField = (typeof TRIGGER_CONDITION_FIELDS)[number];

// The filters' operators, plus what the event changed: `changed-from X` holds when the event
// changed the field away from X, `changed-to X` when it changed it to X; an empty value: any
// change of the field.
export const CHANGE_OPERATORS = ['changed-from', 'changed-to'] as const;
export const TRIGGER_OPERATORS = [...CONDITION_OPERATORS, ...CHANGE_OPERATORS] as const;
export type TriggerOperator = (typeof TRIGGER_OPERATORS)[number];

export interface TriggerCondition {
  field: TriggerConditionField;
  operator: TriggerOperator;
  value: string;
  header?: string | null;
}

// Whom a notification goes to.
export const NOTIFICATION_RECIPIENTS = ['requester', 'assignee', 'department-manager'] as const;
export type NotificationRecipient = (typeof NOTIFICATION_RECIPIENTS)[number];

// The filters' actions that make sense on an open ticket (not reject, not the auto-response of a
// new one), and the triggers' own: automatic assignment within the ticket's team, a mail from a
// template of the instance to one of the ticket's people, a POST of the ticket's event to an
// address.
const { reject: _reject, 'disable-auto-response': _noAutoResponse, ...SHARED_ACTIONS } = ACTION_KINDS;
export const TRIGGER_ACTION_KINDS = {
  ...SHARED_ACTIONS,
  'auto-assign': 'none',
  'send-notification': 'template',
  'call-webhook': 'url',
} as const;
export type TriggerActionKind = keyof typeof TRIGGER_ACTION_KINDS;
export type TriggerActionValue = (typeof TRIGGER_ACTION_KINDS)[TriggerActionKind];

export interface TriggerAction {
  kind: TriggerActionKind;
  value?: string | null;
  // send-notification: whom it mails.
  to?: NotificationRecipient | null;
}

export interface TriggerRule {
  id: string;
  name: string;
  events: readonly TriggerEvent[];
  match: 'all' | 'any';
  conditions: readonly TriggerCondition[];
  actions: readonly TriggerAction[];
}

export interface TicketChange {
  field: ChangeField;
  from: string | null;
  to: string | null;
}

// The facts of a ticket event that trigger conditions read: the filters' message fields (the
// requester, the subject, the event's text), the ticket's routing now, and what the event changed.
export interface TriggerFacts extends FilterMessage {
  event: TriggerEvent;
  statusId: string;
  departmentId: string;
  staffId: string | null;
  teamId: string | null;
  changes: readonly TicketChange[];
}

// Where an event came from, when a trigger's action caused it: that trigger, and how many
// trigger executions its chain (from the first event no trigger caused) has run so far.
export interface EventOrigin {
  triggerId: string;
  runs: number;
}

// The most trigger executions one chain of events runs: a trigger's change raises an event that
// may fire another trigger, whose change raises another... Past this, no trigger runs on the
// chain's events.
export const MAX_CHAIN_RUNS = 10;

export interface FiredTrigger {
  triggerId: string;
  name: string;
  actions: TriggerAction[];
  // The chain's executions with this one: the origin of the events its actions cause.
  runs: number;
}

export interface TriggerRun {
  fired: FiredTrigger[];
  // Matching triggers that did not run: the one whose own change this event is, and those past
  // the chain's bound.
  ownChange: string[];
  pastBound: string[];
}

export function isTriggerActionKind(kind: string): kind is TriggerActionKind {
  return Object.hasOwn(TRIGGER_ACTION_KINDS, kind);
}

export function isTriggerEvent(value: string): value is TriggerEvent {
  return (TRIGGER_EVENTS as readonly string[]).includes(value);
}

// What kind of row an action's value names, or null when it names none.
export function triggerReferenceOf(kind: TriggerActionKind): Exclude<TriggerActionValue, 'none' | 'addresses' | 'tags' | 'url' | 'type'> | null {
  const takes: TriggerActionValue = TRIGGER_ACTION_KINDS[kind];
  return takes === 'none' || takes === 'addresses' || takes === 'tags' || takes === 'url' || takes === 'type' ? null : takes;
}

// The triggers that fire on an event, in order: subscribed to its kind, matching, not the one
// whose action caused it, within the chain's bound; `stop` ends the run.
export function runTriggers(triggers: readonly TriggerRule[], facts: TriggerFacts, origin: EventOrigin | null): TriggerRun {
  const run: TriggerRun = { fired: [], ownChange: [], pastBound: [] };
  let runs = origin?.runs ?? 0;
  for (const trigger of triggers) {
    if (!trigger.events.includes(facts.event) || !triggerMatches(trigger, facts)) continue;
    if (origin?.triggerId === trigger.id) {
      run.ownChange.push(trigger.id);
      continue;
    }
    if (runs >= MAX_CHAIN_RUNS) {
      run.pastBound.push(trigger.id);
      continue;
    }
    runs += 1;
    run.fired.push({ triggerId: trigger.id, name: trigger.name, actions: trigger.actions.map((a) => ({ ...a })), runs });
    if (trigger.actions.some((a) => a.kind === 'stop')) break;
  }
  return run;
}

export function triggerMatches(trigger: Pick<TriggerRule, 'match' | 'conditions'>, facts: TriggerFacts): boolean {
  // A trigger without conditions fires on every event it names.
  if (trigger.conditions.length === 0) return true;
  const test = (condition: TriggerCondition) => triggerConditionHolds(condition, facts);
  return trigger.match === 'all' ? trigger.conditions.every(test) : trigger.conditions.some(test);
}

export function triggerConditionHolds(condition: TriggerCondition, facts: TriggerFacts): boolean {
  const { operator } = condition;
  if (operator === 'changed-from' || operator === 'changed-to') {
    const change = facts.changes.find((c) => c.field === condition.field);
    if (!change) return false;
    if (condition.value === '') return true;
    return ((operator === 'changed-from' ? change.from : change.to) ?? '').toLowerCase() === condition.value.toLowerCase();
  }
  const shared = { ...condition, operator } as FilterCondition & { field: string };
  switch (condition.field) {
    case 'status':
      return valuesHold(shared, [facts.statusId]);
    case 'department':
      return valuesHold(shared, [facts.departmentId]);
    case 'agent':
      return valuesHold(shared, [facts.staffId ?? '']);
    case 'team':
      return valuesHold(shared, [facts.teamId ?? '']);
    default:
      return valuesHold(shared, valuesOf(shared, facts));
  }
}

export const MAX_URL_LENGTH = 2000;

// What is wrong with a trigger as written, field by field, without looking up the ids it names.
export function triggerProblems(rule: Pick<TriggerRule, 'events' | 'match' | 'conditions' | 'actions'>): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (!Array.isArray(rule.events) || rule.events.length === 0) problems.push({ field: 'events', message: `A trigger fires on one or more of ${TRIGGER_EVENTS.join(', ')}` });
  rule.events.forEach((event, index) => {
    if (!isTriggerEvent(event)) problems.push({ field: `events.${index}`, message: `An event is one of ${TRIGGER_EVENTS.join(', ')}` });
  });
  if (rule.match !== 'all' && rule.match !== 'any') problems.push({ field: 'match', message: 'Match all or any' });
  if (rule.conditions.length > MAX_CONDITIONS) problems.push({ field: 'conditions', message: `A trigger has at most ${MAX_CONDITIONS} conditions` });
  rule.conditions.forEach((condition, index) => {
    const at = `conditions.${index}`;
    if ((CHANGE_OPERATORS as readonly string[]).includes(condition.operator)) {
      if (!(CHANGE_FIELDS as readonly string[]).includes(condition.field)) {
        problems.push({ field: `${at}.field`, message: `A change is of ${CHANGE_FIELDS.join(', ')}` });
      }
      problems.push(...valueProblems({ operator: 'equals', value: condition.value }, at));
      return;
    }
    problems.push(...conditionProblems(condition as FilterCondition, at, TRIGGER_CONDITION_FIELDS));
  });
  if (rule.actions.length === 0) problems.push({ field: 'actions', message: 'A trigger needs at least one action' });
  if (rule.actions.length > MAX_ACTIONS) problems.push({ field: 'actions', message: `A trigger has at most ${MAX_ACTIONS} actions` });
  rule.actions.forEach((action, index) => {
    const at = `actions.${index}`;
    if (!isTriggerActionKind(action.kind)) {
      problems.push({ field: `${at}.kind`, message: `An action is one of ${Object.keys(TRIGGER_ACTION_KINDS).join(', ')}` });
      return;
    }
    const value = action.value ?? null;
    problems.push(...actionValueProblems(action.kind, TRIGGER_ACTION_KINDS[action.kind], value, at));
    if (action.kind === 'send-notification' && !(NOTIFICATION_RECIPIENTS as readonly string[]).includes(action.to ?? '')) {
      problems.push({ field: `${at}.to`, message: `A notification goes to ${NOTIFICATION_RECIPIENTS.join(', ')}` });
    }
    if (action.kind === 'call-webhook' && value && !isWebAddress(value)) {
      problems.push({ field: `${at}.value`, message: `An http or https address of at most ${MAX_URL_LENGTH} characters` });
    }
  });
  return problems;
}

function isWebAddress(value: string): boolean {
  if (value.length > MAX_URL_LENGTH) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && !url.username && !url.password;
  } catch {
    return false;
  }
}
