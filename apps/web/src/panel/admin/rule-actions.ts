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

// The hints of a rule's actions (and conditions) field: each row's value chosen from the list
// its kind names.
export function ruleHints(actions = 'actions', conditions?: string): Record<string, FieldHint> {
  return {
    [`${actions}.value`]: { referencesBy: { field: 'kind', sections: ACTION_VALUE_SECTIONS } },
    ...(conditions ? { [`${conditions}.value`]: { referencesBy: { field: 'field', sections: CONDITION_VALUE_SECTIONS } } } : {}),
  };
}
