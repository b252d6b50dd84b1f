import { ACTION_KINDS, ActionValue, FilterAction, FilterCondition, ruleProblems } from '@tessera/automation';
import { fileProblems } from './section-checks';
import { ConfigurationSection } from './configuration-section';
import { ACTION_VALUE_SECTIONS, entriesOf, ruleEntries } from './rule-references';

// The sections a condition's value names a row of; its value is then that row's key.
const CONDITION_SECTIONS: Partial<Record<string, string>> = { 'help-topic': 'helpTopics', priority: 'priorities', mailbox: 'mailboxes' };
const ID_OPERATORS = ['equals', 'not-equals'];

const conditionSection = (condition: FilterCondition) => (ID_OPERATORS.includes(condition.operator) ? CONDITION_SECTIONS[condition.field] : undefined);
const actionSection = (action: FilterAction) => ACTION_VALUE_SECTIONS[ACTION_KINDS[action.kind] as ActionValue];

// Assigning an agent names a person: such actions are left out.
export const ticketFiltersSection: ConfigurationSection = {
  name: 'ticketFilters',
  table: 'ticket_filters',
  key: ['name'],
  identity: true,
  // The checks a filter is saved with (patterns RE2 can run, values each action needs).
  problems: (columns) =>
    fileProblems(ruleProblems({ match: columns.match as 'all' | 'any', conditions: entriesOf<FilterCondition>(columns.conditions), actions: entriesOf<FilterAction>(columns.actions) })),
  fields: {
    name: { column: 'name', type: 'text' },
    // A department's own filter (null: the instance's).
    department: { column: 'department_id', references: 'departments', nullable: true },
    position: { column: 'position', type: 'integer' },
    isActive: { column: 'is_active', type: 'boolean' },
    match: { column: 'match', type: 'text' },
    conditions: ruleEntries<FilterCondition>('conditions', conditionSection),
    actions: ruleEntries<FilterAction>('actions', actionSection, (action) => ACTION_KINDS[action.kind] !== 'staff'),
  },
};
