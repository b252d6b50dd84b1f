import { ACTION_KINDS, CONDITION_FIELDS } from '@tessera/automation';
import { ACTION_VALUE_SECTIONS, CONDITION_VALUE_SECTIONS } from '../src/panel/admin/rule-actions';
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
  };

  it('name the list each kind of the server takes its value from', () => {
    for (const [kind, value] of Object.entries(ACTION_KINDS)) expect([kind, ACTION_VALUE_SECTIONS[kind]]).toEqual([kind, sections[value]]);
    expect(Object.keys(ACTION_VALUE_SECTIONS).filter((kind) => !Object.hasOwn(ACTION_KINDS, kind))).toEqual([]);
  });

  it('name conditions on facts the server has, and lists the API serves', () => {
    expect(Object.keys(CONDITION_VALUE_SECTIONS).filter((field) => !(CONDITION_FIELDS as readonly string[]).includes(field))).toEqual([]);
    expect(referencePath('canned-responses')).toBe('/canned-responses');
    expect(referencePath('mailboxes')).toBe('mailboxes');
  });
});
