import { TRIGGER_ACTION_KINDS, TriggerAction, TriggerCondition, TriggerEvent, triggerProblems } from '@tessera/automation';
import { isTemplateKey } from '@tessera/notifications';
import { emptyName, fileProblems } from './section-checks';
import { ConfigurationSection, SectionProblem } from './configuration-section';
import { ACTION_VALUE_SECTIONS, entriesOf, ruleEntries, tagProblems } from './rule-references';

// The sections a condition's value names a row of: the filters' fields, the ticket's present
// routing, and what an event changed.
const CONDITION_SECTIONS: Partial<Record<string, string>> = {
  'help-topic': 'helpTopics',
  priority: 'priorities',
  mailbox: 'mailboxes',
  status: 'statuses',
  department: 'departments',
  team: 'teams',
};
const ID_OPERATORS = ['equals', 'not-equals', 'changed-from', 'changed-to'];

const conditionSection = (condition: TriggerCondition) => (ID_OPERATORS.includes(condition.operator) ? CONDITION_SECTIONS[condition.field] : undefined);
const actionSection = (action: TriggerAction) => ACTION_VALUE_SECTIONS[TRIGGER_ACTION_KINDS[action.kind] as keyof typeof ACTION_VALUE_SECTIONS];

// The checks a trigger is saved with: the rule as written, the tags it adds, the mail templates
// it sends.
function problems(columns: Record<string, unknown>): SectionProblem[] {
  const actions = entriesOf<TriggerAction>(columns.actions);
  const found = [
    ...emptyName(columns.name),
    ...triggerProblems({ events: entriesOf<TriggerEvent>(columns.events), match: columns.match as 'all' | 'any', conditions: entriesOf<TriggerCondition>(columns.conditions), actions }),
  ];
  if (found.length === 0) found.push(...tagProblems(actions, (kind) => kind === 'add-tags'));
  actions.forEach((action, index) => {
    if (action.kind === 'send-notification' && action.value && !isTemplateKey(action.value)) found.push({ field: `actions.${index}.value`, message: `No mail template ${action.value}` });
  });
  return fileProblems(found);
}

// A condition on the ticket's agent and an action assigning one name a person: left out (the
// condition "no agent", an empty value, stays). The template a notification sends and the
// address a webhook calls are kept as written.
export const triggersSection: ConfigurationSection = {
  name: 'triggers',
  table: 'ticket_triggers',
  key: ['name'],
  identity: true,
  problems,
  fields: {
    name: { column: 'name', type: 'text' },
    position: { column: 'position', type: 'integer' },
    isActive: { column: 'is_active', type: 'boolean' },
    events: { column: 'events', type: 'texts' },
    match: { column: 'match', type: 'text' },
    conditions: ruleEntries<TriggerCondition>('conditions', conditionSection, (condition) => condition.field !== 'agent' || !condition.value),
    actions: ruleEntries<TriggerAction>('actions', actionSection, (action) => TRIGGER_ACTION_KINDS[action.kind] !== 'staff'),
  },
};
