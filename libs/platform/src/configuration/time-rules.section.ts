import { TIME_RULE_ACTION_KINDS, TimeCondition, TimeRuleAction, TimeRuleActionKind, WaitUnit, timeRuleProblems } from '@tessera/automation';
import { normalizeTag, refreshTimeRuleDue } from '@tessera/tickets';
import { emptyName, fileProblems } from './section-checks';
import { ConfigurationSection, SectionProblem } from './configuration-section';
import { ACTION_VALUE_SECTIONS, entriesOf, notATag, ruleEntries, tagProblems } from './rule-references';

const actionSection = (action: TimeRuleAction) => ACTION_VALUE_SECTIONS[TIME_RULE_ACTION_KINDS[action.kind] as keyof typeof ACTION_VALUE_SECTIONS];

// The checks a time rule is saved with: the rule as written, its tag spelled as tags are.
function problems(columns: Record<string, unknown>): SectionProblem[] {
  const actions = entriesOf<TimeRuleAction>(columns.actions);
  const tag = columns.tag === null ? null : String(columns.tag);
  const found = [
    ...emptyName(columns.name),
    ...(tag !== null && normalizeTag(tag) === null ? [{ field: 'tag', message: notATag(tag) }] : []),
    ...timeRuleProblems({
      condition: columns.condition as TimeCondition,
      state: columns.state === null ? null : String(columns.state),
      statusId: columns.status_id === null ? null : String(columns.status_id),
      waitAmount: Number(columns.wait_amount),
      waitUnit: columns.wait_unit as WaitUnit,
      tag,
      actions,
    }),
  ];
  if (found.length === 0) found.push(...tagProblems(actions, (kind) => TIME_RULE_ACTION_KINDS[kind as TimeRuleActionKind] === 'tags'));
  return fileProblems(found, { statusId: 'status' });
}

export const timeRulesSection: ConfigurationSection = {
  name: 'timeRules',
  table: 'time_rules',
  key: ['name'],
  identity: true,
  problems,
  // The tag in its one spelling, as the console keeps it.
  prepare: (columns) => ({ ...columns, tag: columns.tag === null ? null : (normalizeTag(String(columns.tag)) ?? columns.tag) }),
  // As when the console saves a rule: it also takes the tickets already in its condition.
  written: (id, query) => refreshTimeRuleDue(query, id),
  fields: {
    name: { column: 'name', type: 'text' },
    isActive: { column: 'is_active', type: 'boolean' },
    condition: { column: 'condition', type: 'text' },
    state: { column: 'state', type: 'text', nullable: true },
    status: { column: 'status_id', references: 'statuses', nullable: true },
    waitAmount: { column: 'wait_amount', type: 'integer' },
    waitUnit: { column: 'wait_unit', type: 'text' },
    department: { column: 'department_id', references: 'departments', nullable: true },
    helpTopic: { column: 'help_topic_id', references: 'helpTopics', nullable: true },
    priority: { column: 'priority_id', references: 'priorities', nullable: true },
    tag: { column: 'tag', type: 'text', nullable: true },
    actions: ruleEntries<TimeRuleAction>('actions', actionSection),
  },
};
