import { ACTION_KINDS, ActionValue, FilterAction, FilterCondition, ruleProblems } from '@tessera/automation';
import { ConfigurationSection, ReferenceReader, ReferenceResolver } from './configuration-section';

// The sections a condition's or an action's value names a row of; its value is then that row's key.
const CONDITION_SECTIONS: Partial<Record<string, string>> = { 'help-topic': 'helpTopics', priority: 'priorities', mailbox: 'mailboxes' };
const ACTION_SECTIONS: Partial<Record<ActionValue, string>> = {
  department: 'departments',
  'help-topic': 'helpTopics',
  priority: 'priorities',
  'sla-plan': 'slaPlans',
  status: 'statuses',
  team: 'teams',
  'canned-response': 'cannedResponses',
};
const ID_OPERATORS = ['equals', 'not-equals'];

const conditionSection = (condition: FilterCondition) => (ID_OPERATORS.includes(condition.operator) ? CONDITION_SECTIONS[condition.field] : undefined);
const actionSection = (action: FilterAction) => ACTION_SECTIONS[ACTION_KINDS[action.kind] as ActionValue];
const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

// Assigning an agent names a person: such actions are left out.
export const ticketFiltersSection: ConfigurationSection = {
  name: 'ticketFilters',
  table: 'ticket_filters',
  key: ['name'],
  identity: true,
  // The checks a filter is saved with (patterns RE2 can run, values each action needs).
  problems: (columns) =>
    ruleProblems({ match: columns.match as 'all' | 'any', conditions: list<FilterCondition>(columns.conditions), actions: list<FilterAction>(columns.actions) }).map(
      ({ field, message }) => ({ field: field.replace(/\.(\d+)/g, '[$1]'), message }),
    ),
  fields: {
    name: { column: 'name', type: 'text' },
    // A department's own filter (null: the instance's).
    department: { column: 'department_id', references: 'departments', nullable: true },
    position: { column: 'position', type: 'integer' },
    isActive: { column: 'is_active', type: 'boolean' },
    match: { column: 'match', type: 'text' },
    conditions: {
      column: 'conditions',
      type: 'json',
      toFile: (value: unknown, references: ReferenceReader) =>
        list<FilterCondition>(value).map((condition) => {
          const section = conditionSection(condition);
          return section ? { ...condition, value: references.keyOf(section, condition.value) } : condition;
        }),
      fromFile: (value: unknown, references: ReferenceResolver, path: string) =>
        list<FilterCondition>(value).map((condition, index) => {
          const section = conditionSection(condition);
          return section ? { ...condition, value: references.idOf(section, condition.value, `${path}[${index}].value`) } : condition;
        }),
    },
    actions: {
      column: 'actions',
      type: 'json',
      toFile: (value: unknown, references: ReferenceReader) =>
        list<FilterAction>(value)
          .filter((action) => ACTION_KINDS[action.kind] !== 'staff')
          .map((action) => {
            const section = actionSection(action);
            return section && action.value ? { ...action, value: references.keyOf(section, action.value) } : action;
          }),
      fromFile: (value: unknown, references: ReferenceResolver, path: string) =>
        list<FilterAction>(value).map((action, index) => {
          const section = actionSection(action);
          return section ? { ...action, value: references.idOf(section, action.value, `${path}[${index}].value`) } : action;
        }),
    },
  },
};
