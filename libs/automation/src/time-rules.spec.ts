import { ACTION_KINDS } from './filter-rules';
import { TIME_RULE_ACTION_KINDS, TimeRuleShape, dueAfter, timeRuleProblems, waitMinutes } from './time-rules';

const pending: TimeRuleShape = {
  condition: 'state',
  state: 'pending',
  statusId: null,
  waitAmount: 7,
  waitUnit: 'days',
  tag: null,
  actions: [{ kind: 'send-canned-response', value: 'c0ffee00-0000-4000-8000-000000000001' }],
};

describe('time rules', () => {
  it('count the wait in minutes, hours or days', () => {
    expect(waitMinutes(7, 'days')).toBe(10_080);
    expect(waitMinutes(2, 'hours')).toBe(120);
    expect(waitMinutes(45, 'minutes')).toBe(45);
    expect(dueAfter(new Date('2027-01-04T09:00:00Z'), 14, 'days')).toEqual(new Date('2027-01-18T09:00:00Z'));
  });

  it('share the names and values of the filter actions they have in common', () => {
    for (const [kind, takes] of Object.entries(TIME_RULE_ACTION_KINDS)) {
      if (Object.hasOwn(ACTION_KINDS, kind)) expect([kind, takes]).toEqual([kind, ACTION_KINDS[kind as keyof typeof ACTION_KINDS]]);
    }
  });

  it('accept a rule as written', () => {
    expect(timeRuleProblems(pending)).toEqual([]);
    expect(timeRuleProblems({ ...pending, condition: 'unassigned', state: null, waitAmount: 2, waitUnit: 'hours', actions: [{ kind: 'notify-department-manager' }] })).toEqual([]);
    expect(timeRuleProblems({ ...pending, condition: 'status', state: null, statusId: 'a-status', actions: [{ kind: 'add-tags', value: 'stale' }, { kind: 'add-tags', value: 'late' }] })).toEqual([]);
  });

  it('name the field of each problem', () => {
    const fields = (rule: Partial<TimeRuleShape>) => timeRuleProblems({ ...pending, ...rule } as TimeRuleShape).map((problem) => problem.field);
    expect(fields({ condition: 'later' as never, state: null })).toEqual(['condition']);
    expect(fields({ state: 'waiting' })).toEqual(['state']);
    expect(fields({ condition: 'unassigned' })).toEqual(['state']);
    expect(fields({ condition: 'status', state: null })).toEqual(['statusId']);
    expect(fields({ statusId: 'a-status' })).toEqual(['statusId']);
    expect(fields({ waitAmount: 0 })).toEqual(['waitAmount']);
    expect(fields({ waitAmount: 1.5 })).toEqual(['waitAmount']);
    expect(fields({ waitUnit: 'weeks' as never })).toEqual(['waitUnit']);
    expect(fields({ actions: [] })).toEqual(['actions']);
    expect(fields({ actions: [{ kind: 'reject' as never }] })).toEqual(['actions.0.kind']);
    expect(fields({ actions: [{ kind: 'notify-assignee', value: 'someone' }] })).toEqual(['actions.0.value']);
    expect(fields({ actions: [{ kind: 'set-status', value: ' ' }] })).toEqual(['actions.0.value']);
    expect(fields({ actions: [{ kind: 'add-tags', value: ',;' }] })).toEqual(['actions.0.value']);
    expect(fields({ actions: [{ kind: 'notify-assignee' }, { kind: 'notify-assignee' }] })).toEqual(['actions.1.kind']);
  });
});
