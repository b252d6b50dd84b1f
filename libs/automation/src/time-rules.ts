import { ACTION_KINDS, ActionValue, RuleProblem, splitTags } from './filter-rules';

// Time rules: what the worker does to a ticket that has been in a condition for a while. Pure:
// the database stamps since when each ticket is in each condition and finds the tickets due; the
// tickets context checks the ids a rule names and applies its actions.

// What the ticket has been for the time: in a state (pending, open...), in one status,
// unassigned (while not done), or waiting for its requester since an agent's public response
// (while not done).
export const TIME_CONDITIONS = ['state', 'status', 'unassigned', 'awaiting-requester'] as const;
export type TimeCondition = (typeof TIME_CONDITIONS)[number];

export const TIME_STATES = ['new', 'open', 'pending', 'resolved', 'closed'] as const;
export type TimeState = (typeof TIME_STATES)[number];

export const WAIT_UNITS = ['minutes', 'hours', 'days'] as const;
export type WaitUnit = (typeof WAIT_UNITS)[number];
const UNIT_MINUTES: Record<WaitUnit, number> = { minutes: 1, hours: 60, days: 1440 };
export const MAX_WAIT_AMOUNT = 100_000;

// The actions a time rule takes. Those a ticket filter also has keep its names and values (one
// table, ACTION_KINDS); the notices to agents are a time rule's own.
export const TIME_RULE_ACTION_KINDS = {
  // The requester's reminder: the canned response, sent as the instance's public reply.
  'send-canned-response': ACTION_KINDS['send-canned-response'],
  'set-status': ACTION_KINDS['set-status'],
  'set-priority': ACTION_KINDS['set-priority'],
  'assign-team': ACTION_KINDS['assign-team'],
  'add-tags': ACTION_KINDS['add-tags'],
  // An alert mail to the ticket's agent, or to its department's manager.
  'notify-assignee': 'none',
  'notify-department-manager': 'none',
} as const satisfies Record<string, ActionValue>;
export type TimeRuleActionKind = keyof typeof TIME_RULE_ACTION_KINDS;

export interface TimeRuleAction {
  kind: TimeRuleActionKind;
  value?: string | null;
}

export interface TimeRuleShape {
  condition: TimeCondition;
  state: string | null;
  statusId: string | null;
  waitAmount: number;
  waitUnit: WaitUnit;
  tag: string | null;
  actions: readonly TimeRuleAction[];
}

export const MAX_TIME_RULE_ACTIONS = 20;

export function isTimeRuleActionKind(kind: string): kind is TimeRuleActionKind {
  return Object.hasOwn(TIME_RULE_ACTION_KINDS, kind);
}

export function waitMinutes(amount: number, unit: WaitUnit): number {
  return amount * UNIT_MINUTES[unit];
}

// When a ticket in the condition since `since` falls due.
export function dueAfter(since: Date, amount: number, unit: WaitUnit): Date {
  return new Date(since.getTime() + waitMinutes(amount, unit) * 60_000);
}

// What is wrong with a time rule as written, field by field, without looking up the ids it names.
export function timeRuleProblems(rule: TimeRuleShape): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (!(TIME_CONDITIONS as readonly string[]).includes(rule.condition)) {
    problems.push({ field: 'condition', message: `A time rule's condition is one of ${TIME_CONDITIONS.join(', ')}` });
  }
  if (rule.condition === 'state') {
    if (!(TIME_STATES as readonly string[]).includes(rule.state ?? '')) problems.push({ field: 'state', message: `Name the state: ${TIME_STATES.join(', ')}` });
  } else if (rule.state !== null) {
    problems.push({ field: 'state', message: 'Only the condition "state" takes a state' });
  }
  if (rule.condition === 'status' && !rule.statusId) problems.push({ field: 'statusId', message: 'Name the status' });
  if (rule.condition !== 'status' && rule.statusId !== null) problems.push({ field: 'statusId', message: 'Only the condition "status" takes a status' });
  if (!Number.isInteger(rule.waitAmount) || rule.waitAmount < 1 || rule.waitAmount > MAX_WAIT_AMOUNT) {
    problems.push({ field: 'waitAmount', message: `Wait a whole number from 1 to ${MAX_WAIT_AMOUNT}` });
  }
  if (!(WAIT_UNITS as readonly string[]).includes(rule.waitUnit)) problems.push({ field: 'waitUnit', message: `Count in ${WAIT_UNITS.join(', ')}` });
  if (rule.actions.length === 0) problems.push({ field: 'actions', message: 'A time rule needs at least one action' });
  if (rule.actions.length > MAX_TIME_RULE_ACTIONS) problems.push({ field: 'actions', message: `A time rule has at most ${MAX_TIME_RULE_ACTIONS} actions` });
  rule.actions.forEach((action, index) => {
    const at = `actions.${index}`;
    if (!isTimeRuleActionKind(action.kind)) {
      problems.push({ field: `${at}.kind`, message: `An action is one of ${Object.keys(TIME_RULE_ACTION_KINDS).join(', ')}` });
      return;
    }
    const takes: ActionValue = TIME_RULE_ACTION_KINDS[action.kind];
    const value = action.value ?? null;
    if (takes === 'none' && value !== null && value !== '') problems.push({ field: `${at}.value`, message: `${action.kind} takes no value` });
    if (takes !== 'none' && (value === null || value.trim() === '')) problems.push({ field: `${at}.value`, message: `${action.kind} needs a value` });
    if (takes === 'tags' && value && splitTags(value).length === 0) problems.push({ field: `${at}.value`, message: 'Give one or more tags' });
  });
  // Each action once (tags add up, so they may come twice): the thread event then reads as done.
  const kinds = rule.actions.map((action) => action.kind);
  if (new Set(kinds).size !== kinds.length) {
    const twice = kinds.findIndex((kind, index) => kinds.indexOf(kind) !== index && kind !== 'add-tags');
    if (twice >= 0) problems.push({ field: `actions.${twice}.kind`, message: `${kinds[twice]} is given twice` });
  }
  return problems;
}
