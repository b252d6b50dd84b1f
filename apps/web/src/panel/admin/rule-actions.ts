import type { FieldHint } from './admin-schema';

// The actions of a rule (a ticket filter; any rule whose actions are `{ kind, value }` rows):
// the section whose rows an action's value names, by the action's kind. null: the kind takes no
// value; a kind not here takes text (addresses, tags). The server's catalogue is libs/automation's
// ACTION_KINDS; a test keeps the two the same.
export const ACTION_VALUE_SECTIONS: Readonly<Record<string, string | null>> = {
  reject: null,
  'set-department': 'departments',
  'set-help-topic': 'help-topics',
  'set-priority': 'priorities',
  'set-sla-plan': 'sla-plans',
  'set-status': 'statuses',
  'assign-agent': 'agents',
  'assign-team': 'teams',
  'disable-auto-response': null,
  'send-canned-response': 'canned-responses',
  stop: null,
};

// A condition's value names a row for the facts that are ids.
export const CONDITION_VALUE_SECTIONS: Readonly<Record<string, string | null>> = {
  mailbox: 'mailboxes',
  'help-topic': 'help-topics',
  priority: 'priorities',
};

// Triggers and time rules: the filters' actions that apply to an open ticket, and their own.
export const TRIGGER_ACTION_VALUE_SECTIONS: Readonly<Record<string, string | null>> = { ...ACTION_VALUE_SECTIONS, 'auto-assign': null };
export const TIME_RULE_ACTION_VALUE_SECTIONS: Readonly<Record<string, string | null>> = { ...ACTION_VALUE_SECTIONS, 'notify-assignee': null, 'notify-department-manager': null };
// A trigger's conditions also look at the ticket's routing now, by id.
export const TRIGGER_CONDITION_VALUE_SECTIONS: Readonly<Record<string, string | null>> = {
  ...CONDITION_VALUE_SECTIONS,
  status: 'statuses',
  department: 'departments',
  agent: 'agents',
  team: 'teams',
};

// The hints of a rule's actions (and conditions) field: each row's value chosen from the list
// its kind names.
export function ruleHints(
  actions = 'actions',
  conditions?: string,
  sections: { actions: Readonly<Record<string, string | null>>; conditions: Readonly<Record<string, string | null>> } = {
    actions: ACTION_VALUE_SECTIONS,
    conditions: CONDITION_VALUE_SECTIONS,
  },
): Record<string, FieldHint> {
  return {
    [`${actions}.value`]: { referencesBy: { field: 'kind', sections: sections.actions } },
    ...(conditions ? { [`${conditions}.value`]: { referencesBy: { field: 'field', sections: sections.conditions } } } : {}),
  };
}
