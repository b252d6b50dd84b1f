import { MAX_CHAIN_RUNS, TriggerFacts, TriggerRule, runTriggers, triggerConditionHolds, triggerProblems } from './trigger-rules';

const facts = (overrides: Partial<TriggerFacts> = {}): TriggerFacts => ({
  event: 'requester-reply',
  channel: 'portal',
  from: { address: 'ana@example.org', name: 'Ana Vidal' },
  to: [],
  cc: [],
  subject: 'Printer broken',
  body: 'Still broken, please help',
  headers: {},
  mailboxId: null,
  helpTopicId: null,
  priorityId: 'normal',
  statusId: 'pending',
  departmentId: 'support',
  staffId: null,
  teamId: 'desk',
  changes: [],
  ...overrides,
});

const rule = (overrides: Partial<TriggerRule>): TriggerRule => ({
  id: 't1',
  name: 'One',
  events: ['requester-reply'],
  match: 'all',
  conditions: [],
  actions: [{ kind: 'set-status', value: 'open' }],
  ...overrides,
});

describe('triggerConditionHolds', () => {
  it('reads the filters fields and the ticket routing', () => {
    expect(triggerConditionHolds({ field: 'subject', operator: 'contains', value: 'PRINTER' }, facts())).toBe(true);
    expect(triggerConditionHolds({ field: 'from.domain', operator: 'equals', value: 'example.org' }, facts())).toBe(true);
    expect(triggerConditionHolds({ field: 'status', operator: 'equals', value: 'pending' }, facts())).toBe(true);
    expect(triggerConditionHolds({ field: 'agent', operator: 'equals', value: '' }, facts())).toBe(true);
    expect(triggerConditionHolds({ field: 'team', operator: 'not-equals', value: 'desk' }, facts())).toBe(false);
    expect(triggerConditionHolds({ field: 'department', operator: 'equals', value: 'sales' }, facts())).toBe(false);
  });

  it('holds changed from / to only for what the event changed', () => {
    const changed = facts({ event: 'priority', changes: [{ field: 'priority', from: 'normal', to: 'High-Id' }] });
    expect(triggerConditionHolds({ field: 'priority', operator: 'changed-to', value: 'high-id' }, changed)).toBe(true);
    expect(triggerConditionHolds({ field: 'priority', operator: 'changed-from', value: 'normal' }, changed)).toBe(true);
    expect(triggerConditionHolds({ field: 'priority', operator: 'changed-from', value: 'high-id' }, changed)).toBe(false);
    expect(triggerConditionHolds({ field: 'priority', operator: 'changed-to', value: '' }, changed)).toBe(true);
    expect(triggerConditionHolds({ field: 'status', operator: 'changed-to', value: '' }, changed)).toBe(false);
  });
});

describe('runTriggers', () => {
  it('fires the matching triggers of the event kind, in order, up to stop', () => {
    const pending = rule({ id: 'a', conditions: [{ field: 'status', operator: 'equals', value: 'pending' }] });
    const other = rule({ id: 'b', events: ['note'] });
    const stop = rule({ id: 'c', actions: [{ kind: 'add-tags', value: 'replied' }, { kind: 'stop' }] });
    const after = rule({ id: 'd' });
    expect(runTriggers([pending, other, stop, after], facts(), null).fired.map((f) => [f.triggerId, f.runs])).toEqual([
      ['a', 1],
      ['c', 2],
    ]);
  });

  it('matches any or all of the conditions', () => {
    const conditions = [
      { field: 'status' as const, operator: 'equals' as const, value: 'open' },
      { field: 'subject' as const, operator: 'contains' as const, value: 'printer' },
    ];
    expect(runTriggers([rule({ match: 'all', conditions })], facts(), null).fired).toHaveLength(0);
    expect(runTriggers([rule({ match: 'any', conditions })], facts(), null).fired).toHaveLength(1);
  });

  it('never fires a trigger on the event its own action caused', () => {
    const run = runTriggers([rule({ id: 'a' }), rule({ id: 'b' })], facts(), { triggerId: 'a', runs: 1 });
    expect(run.fired.map((f) => [f.triggerId, f.runs])).toEqual([['b', 2]]);
    expect(run.ownChange).toEqual(['a']);
  });

  it('runs at most the bound of executions along one chain', () => {
    const triggers = [rule({ id: 'a' }), rule({ id: 'b' }), rule({ id: 'c' })];
    const near = runTriggers(triggers, facts(), { triggerId: 'x', runs: MAX_CHAIN_RUNS - 1 });
    expect(near.fired.map((f) => f.triggerId)).toEqual(['a']);
    expect(near.pastBound).toEqual(['b', 'c']);
    expect(runTriggers(triggers, facts(), { triggerId: 'x', runs: MAX_CHAIN_RUNS }).fired).toEqual([]);
  });

  it('stops a ping-pong of two triggers at the bound', () => {
    // a sets the priority on a status change, b the status on a priority change.
    const a = rule({ id: 'a', events: ['status'], actions: [{ kind: 'set-priority', value: 'high' }] });
    const b = rule({ id: 'b', events: ['priority'], actions: [{ kind: 'set-status', value: 'open' }] });
    let origin = null as { triggerId: string; runs: number } | null;
    let event: 'status' | 'priority' = 'status';
    let executions = 0;
    for (;;) {
      const [fired] = runTriggers([a, b], facts({ event }), origin).fired;
      if (!fired) break;
      executions += 1;
      origin = { triggerId: fired.triggerId, runs: fired.runs };
      event = event === 'status' ? 'priority' : 'status';
    }
    expect(executions).toBe(MAX_CHAIN_RUNS);
  });
});

describe('triggerProblems', () => {
  it('accepts a sound trigger, even without conditions', () => {
    expect(
      triggerProblems({
        events: ['requester-reply', 'priority'],
        match: 'all',
        conditions: [{ field: 'priority', operator: 'changed-to', value: 'x' }],
        actions: [
          { kind: 'send-notification', value: 'ticket.new-alert', to: 'assignee' },
          { kind: 'call-webhook', value: 'https://hooks.example.org/in' },
          { kind: 'auto-assign' },
        ],
      }),
    ).toEqual([]);
  });

  it('names the field of each problem', () => {
    const problems = triggerProblems({
      events: ['created', 'exploded' as never],
      match: 'all',
      conditions: [
        { field: 'subject', operator: 'changed-to', value: 'x' },
        { field: 'body', operator: 'regex', value: '(unclosed' },
        { field: 'nowhere' as never, operator: 'equals', value: 'x' },
      ],
      actions: [
        { kind: 'reject' as never },
        { kind: 'send-notification', value: 'ticket.new-alert' },
        { kind: 'call-webhook', value: 'ftp://files.example.org' },
        { kind: 'set-priority' },
      ],
    });
    expect(problems.map((p) => p.field)).toEqual([
      'events.1',
      'conditions.0.field',
      'conditions.1.value',
      'conditions.2.field',
      'actions.0.kind',
      'actions.1.to',
      'actions.2.value',
      'actions.3.value',
    ]);
    expect(triggerProblems({ events: [], match: 'all', conditions: [], actions: [] }).map((p) => p.field)).toEqual(['events', 'actions']);
  });
});
