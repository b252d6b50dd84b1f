import { ACTION_KINDS, CONDITION_FIELDS, TIME_RULE_ACTION_KINDS, TRIGGER_ACTION_KINDS, TRIGGER_CONDITION_FIELDS } from '@tessera/automation';
import {
  ACTION_VALUE_SECTIONS,
  CONDITION_VALUE_SECTIONS,
  TIME_RULE_ACTION_VALUE_SECTIONS,
  TRIGGER_ACTION_VALUE_SECTIONS,
  TRIGGER_CONDITION_VALUE_SECTIONS,
} from '../src/panel/admin/rule-actions';
import { referencePath } from '../src/panel/admin/admin-sections';

// The console chooses an action's value from the list its kind names: a kind the server adds, or
// one whose value changes meaning, must be named here too.
describe('the rule actions of the console', () => {
  const sections: Record<string, string | null | undefined> = {
    none: null,
    department: 'departments',
    'help-topic': 'help-topics',
    priority: 'priorities',
    'sla-plan': 'sla-plans',
    status: 'statuses',
    staff: 'agents',
    team: 'teams',
    'canned-response': 'canned-responses',
    addresses: undefined,
    tags: undefined,
    type: undefined,
    template: undefined,
    url: undefined,
  };

  it('name the list each kind of the server takes its value from', () => {
    for (const [kind, value] of Object.entries(ACTION_KINDS)) expect([kind, ACTION_VALUE_SECTIONS[kind]]).toEqual([kind, sections[value]]);
    expect(Object.keys(ACTION_VALUE_SECTIONS).filter((kind) => !Object.hasOwn(ACTION_KINDS, kind))).toEqual([]);
  });

  it('name the list of each action kind of triggers and time rules, and the facts of trigger conditions', () => {
    for (const [kind, value] of Object.entries(TRIGGER_ACTION_KINDS)) expect([kind, TRIGGER_ACTION_VALUE_SECTIONS[kind]]).toEqual([kind, sections[value]]);
    for (const [kind, value] of Object.entries(TIME_RULE_ACTION_KINDS)) expect([kind, TIME_RULE_ACTION_VALUE_SECTIONS[kind]]).toEqual([kind, sections[value]]);
    expect(Object.keys(TRIGGER_CONDITION_VALUE_SECTIONS).filter((field) => !(TRIGGER_CONDITION_FIELDS as readonly string[]).includes(field))).toEqual([]);
  });

  it('name conditions on facts the server has, and lists the API serves', () => {
    expect(Object.keys(CONDITION_VALUE_SECTIONS).filter((field) => !(CONDITION_FIELDS as readonly string[]).includes(field))).toEqual([]);
    expect(referencePath('canned-responses')).toBe('/canned-responses');
    expect(referencePath('mailboxes')).toBe('mailboxes');
  });
});
