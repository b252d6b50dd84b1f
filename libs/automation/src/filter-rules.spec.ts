import { FilterMessage, FilterRule, conditionHolds, runFilters, ruleProblems, splitAddresses } from './filter-rules';
import { patternProblem } from './safe-pattern';

const message = (overrides: Partial<FilterMessage> = {}): FilterMessage => ({
  channel: 'mail',
  from: { address: 'ana@Example.ORG', name: 'Ana Vidal' },
  to: ['help@desk.test'],
  cc: ['boss@example.org', 'other@elsewhere.test'],
  subject: 'Invoice 2026-114 overdue',
  body: 'Hello,\nthe printer on floor 2 is broken.',
  headers: { 'X-Priority': '1', Received: ['from a', 'from b'] },
  mailboxId: 'mailbox-1',
  helpTopicId: null,
  priorityId: null,
  ...overrides,
});

const rule = (overrides: Partial<FilterRule>): FilterRule => ({ id: 'f1', name: 'One', match: 'all', conditions: [], actions: [], ...overrides });

describe('conditionHolds', () => {
  it.each([
    ['from.address', 'equals', 'ANA@example.org', true],
    ['from.address', 'not-equals', 'ana@example.org', false],
    ['from.domain', 'equals', 'example.org', true],
    ['from.domain', 'ends', '.org', true],
    ['from.name', 'starts', 'ana', true],
    ['from.name', 'contains', 'vidal', true],
    ['subject', 'contains', 'INVOICE', true],
    ['subject', 'not-contains', 'invoice', false],
    ['subject', 'regex', '^invoice \\d{4}-\\d+', true],
    ['subject', 'not-regex', 'refund', true],
    ['body', 'contains', 'printer', true],
    ['mailbox', 'equals', 'mailbox-1', true],
    ['channel', 'equals', 'portal', false],
    ['channel', 'equals', 'MAIL', true],
    ['help-topic', 'equals', '', true],
  ] as const)('%s %s %s -> %s', (field, operator, value, expected) => {
    expect(conditionHolds({ field, operator, value }, message())).toBe(expected);
  });

  it('holds on a list when one address does, and for a negative operator when none does', () => {
    expect(conditionHolds({ field: 'cc', operator: 'ends', value: '@example.org' }, message())).toBe(true);
    expect(conditionHolds({ field: 'cc', operator: 'not-contains', value: 'example.org' }, message())).toBe(false);
    expect(conditionHolds({ field: 'cc', operator: 'not-contains', value: 'nobody' }, message())).toBe(true);
    expect(conditionHolds({ field: 'to', operator: 'equals', value: 'help@desk.test' }, message())).toBe(true);
    expect(conditionHolds({ field: 'to', operator: 'equals', value: 'x' }, message({ to: [] }))).toBe(false);
  });

  it('reads a header by its name in any case, every value of a repeated one', () => {
    expect(conditionHolds({ field: 'header', header: 'x-priority', operator: 'equals', value: '1' }, message())).toBe(true);
    expect(conditionHolds({ field: 'header', header: 'RECEIVED', operator: 'equals', value: 'from b' }, message())).toBe(true);
    expect(conditionHolds({ field: 'header', header: 'X-Missing', operator: 'contains', value: '' }, message())).toBe(false);
    expect(conditionHolds({ field: 'header', header: 'X-Missing', operator: 'not-contains', value: 'spam' }, message())).toBe(true);
  });

  it('runs a pattern that backtracks catastrophically elsewhere in linear time', () => {
    const text = `${'a'.repeat(50_000)}!`;
    expect(conditionHolds({ field: 'body', operator: 'regex', value: '^(a+)+$' }, message({ body: text }))).toBe(false);
  });
});

describe('conditions on tags, organizations and custom fields', () => {
  const facts = message({
    tags: ['VIP', 'network'],
    organizations: [{ id: 'org-1', name: 'Acme Corp' }, { id: 'org-2', name: 'ETSETB' }],
    customData: { contract_number: 'C-2041', seats: 12, sites: ['Terrassa', 'Manresa'], renewal: null, nested: { a: 1 } },
  });
  it.each([
    [{ field: 'tag', operator: 'equals', value: 'vip' }, true],
    [{ field: 'tag', operator: 'not-equals', value: 'vip' }, false],
    [{ field: 'tag', operator: 'not-equals', value: 'billing' }, true],
    [{ field: 'organization', operator: 'equals', value: 'acme corp' }, true],
    [{ field: 'organization', operator: 'equals', value: 'org-2' }, true],
    [{ field: 'organization', operator: 'not-contains', value: 'acme' }, false],
    [{ field: 'custom-field', key: 'contract_number', operator: 'starts', value: 'c-20' }, true],
    [{ field: 'custom-field', key: 'seats', operator: 'equals', value: '12' }, true],
    [{ field: 'custom-field', key: 'sites', operator: 'equals', value: 'manresa' }, true],
    [{ field: 'custom-field', key: 'renewal', operator: 'contains', value: '' }, false],
    [{ field: 'custom-field', key: 'nested', operator: 'contains', value: '' }, false],
    [{ field: 'custom-field', key: 'missing', operator: 'not-equals', value: 'x' }, true],
  ] as const)('%o -> %s', (condition, expected) => {
    expect(conditionHolds(condition, facts)).toBe(expected);
  });

  it('reads nothing where the channel gave nothing', () => {
    expect(conditionHolds({ field: 'tag', operator: 'contains', value: '' }, message())).toBe(false);
    expect(conditionHolds({ field: 'organization', operator: 'contains', value: '' }, message())).toBe(false);
    expect(conditionHolds({ field: 'custom-field', key: 'contract_number', operator: 'contains', value: '' }, message())).toBe(false);
  });

  it('sees the tags earlier filters added', () => {
    const tagger = rule({ id: 't', conditions: [{ field: 'channel', operator: 'equals', value: 'mail' }], actions: [{ kind: 'add-tags', value: 'urgent' }] });
    const onTag = rule({ id: 'u', conditions: [{ field: 'tag', operator: 'equals', value: 'urgent' }], actions: [{ kind: 'set-priority', value: 'high' }] });
    expect(runFilters([tagger, onTag], message()).priorityId).toBe('high');
    expect(runFilters([onTag, tagger], message()).priorityId).toBeNull();
    expect(runFilters([onTag], message({ tags: ['urgent'] })).priorityId).toBe('high');
  });

  it('wants the key of a custom field', () => {
    const problems = ruleProblems({ match: 'all', conditions: [{ field: 'custom-field', operator: 'equals', value: 'x' }, { field: 'custom-field', key: 'bad key!', operator: 'equals', value: 'x' }], actions: [{ kind: 'stop' }] });
    expect(problems.map((p) => p.field)).toEqual(['conditions.0.key', 'conditions.1.key']);
    expect(ruleProblems({ match: 'all', conditions: [{ field: 'custom-field', key: 'contract_number', operator: 'equals', value: 'x' }], actions: [{ kind: 'stop' }] })).toEqual([]);
  });
});

describe('runFilters', () => {
  const bySender = rule({ id: 'a', name: 'Example customers', conditions: [{ field: 'from.domain', operator: 'equals', value: 'example.org' }], actions: [{ kind: 'set-department', value: 'sales' }, { kind: 'send-canned-response', value: 'canned-1' }] });
  const urgent = rule({ id: 'b', name: 'Urgent', match: 'any', conditions: [{ field: 'subject', operator: 'contains', value: 'urgent' }, { field: 'header', header: 'X-Priority', operator: 'equals', value: '1' }], actions: [{ kind: 'set-priority', value: 'high' }, { kind: 'assign-team', value: 'team-1' }, { kind: 'disable-auto-response' }] });

  it('applies the matching filters in order, later settings replacing earlier ones', () => {
    const later = rule({ id: 'c', name: 'Billing', conditions: [{ field: 'subject', operator: 'starts', value: 'invoice' }], actions: [{ kind: 'set-department', value: 'billing' }, { kind: 'assign-agent', value: 'staff-1' }] });
    const outcome = runFilters([bySender, urgent, later], message());
    expect(outcome.matched.map((m) => m.filterId)).toEqual(['a', 'b', 'c']);
    expect(outcome).toMatchObject({ departmentId: 'billing', priorityId: 'high', staffId: 'staff-1', teamId: null, autoResponse: false, cannedResponseIds: ['canned-1'], rejectedBy: null });
  });

  it('needs every condition for all and one for any; a filter without conditions matches nothing', () => {
    const both = rule({ conditions: [{ field: 'subject', operator: 'contains', value: 'invoice' }, { field: 'subject', operator: 'contains', value: 'refund' }] });
    expect(runFilters([both], message()).matched).toEqual([]);
    expect(runFilters([{ ...both, match: 'any', actions: [{ kind: 'stop' }] }], message()).matched).toHaveLength(1);
    expect(runFilters([rule({ actions: [{ kind: 'reject' }] })], message()).rejectedBy).toBeNull();
  });

  it('stops after a filter that says stop, and at a rejection', () => {
    const stop = { ...bySender, actions: [...bySender.actions, { kind: 'stop' as const }] };
    expect(runFilters([stop, urgent], message()).matched.map((m) => m.filterId)).toEqual(['a']);
    const reject = rule({ id: 'r', name: 'Spam', conditions: [{ field: 'from.address', operator: 'contains', value: 'ana' }], actions: [{ kind: 'reject' }, { kind: 'set-priority', value: 'low' }] });
    const outcome = runFilters([reject, urgent], message());
    expect(outcome.rejectedBy?.filterId).toBe('r');
    expect(outcome.priorityId).toBeNull();
    expect(outcome.matched).toHaveLength(1);
  });

  it('adds up collaborators once each', () => {
    const add = rule({ conditions: [{ field: 'channel', operator: 'equals', value: 'mail' }], actions: [{ kind: 'add-collaborators', value: 'Boss <Boss@example.org>, it@example.org' }] });
    expect(runFilters([add, { ...add, id: 'f2' }], message()).collaborators).toEqual(['boss@example.org', 'it@example.org']);
  });

  it('sets the ticket type, the later filter winning', () => {
    const type = (value: string, id: string) => rule({ id, conditions: [{ field: 'channel', operator: 'equals', value: 'mail' }], actions: [{ kind: 'set-type', value }] });
    expect(runFilters([], message()).type).toBeNull();
    expect(runFilters([type('problem', 'f1'), type('service_request', 'f2')], message()).type).toBe('service_request');
  });

  it('adds up tags once each, as written', () => {
    const tag = (value: string, id: string) => rule({ id, conditions: [{ field: 'channel', operator: 'equals', value: 'mail' }], actions: [{ kind: 'add-tags', value }] });
    expect(runFilters([tag('vpn, urgent', 'f1'), tag('urgent;network  vpn', 'f2')], message()).tags).toEqual(['vpn', 'urgent', 'network']);
  });

  it("continues where earlier filters left the ticket (a department's after the instance's), without changing their outcome", () => {
    const first = runFilters([bySender], message());
    const department = rule({ id: 'd', name: 'Department', conditions: [{ field: 'body', operator: 'contains', value: 'printer' }], actions: [{ kind: 'set-priority', value: 'high' }, { kind: 'send-canned-response', value: 'canned-2' }] });
    const outcome = runFilters([department], message(), first);
    expect(outcome.matched.map((m) => m.filterId)).toEqual(['a', 'd']);
    expect(outcome).toMatchObject({ departmentId: 'sales', priorityId: 'high', cannedResponseIds: ['canned-1', 'canned-2'] });
    expect(first.cannedResponseIds).toEqual(['canned-1']);
    expect(first.matched).toHaveLength(1);
    // A rejection ends it: nothing after runs.
    const rejected = runFilters([rule({ id: 'r', conditions: [{ field: 'channel', operator: 'equals', value: 'mail' }], actions: [{ kind: 'reject' }] })], message());
    expect(runFilters([department], message(), rejected)).toBe(rejected);
  });
});

describe('ruleProblems', () => {
  it('accepts a sound rule', () => {
    expect(ruleProblems({ match: 'all', conditions: [{ field: 'subject', operator: 'regex', value: '^re:' }], actions: [{ kind: 'stop' }] })).toEqual([]);
  });

  it('names the field of each problem', () => {
    const problems = ruleProblems({
      match: 'all',
      conditions: [
        { field: 'subject', operator: 'regex', value: '(unclosed' },
        { field: 'header', operator: 'equals', value: 'x' },
        { field: 'channel', operator: 'equals', value: 'fax' },
      ],
      actions: [{ kind: 'set-department' }, { kind: 'stop', value: 'x' }, { kind: 'explode' as never }, { kind: 'add-collaborators', value: 'nobody' }, { kind: 'add-tags', value: ' , ' }, { kind: 'set-type', value: 'complaint' }, { kind: 'set-type' }],
    });
    expect(problems.map((p) => p.field)).toEqual([
      'conditions.0.value',
      'conditions.1.header',
      'conditions.2.value',
      'actions.0.value',
      'actions.1.value',
      'actions.2.kind',
      'actions.3.value',
      'actions.4.value',
      'actions.5.value',
      'actions.6.value',
    ]);
    expect(ruleProblems({ match: 'all', conditions: [{ field: 'channel', operator: 'equals', value: 'mail' }], actions: [{ kind: 'set-type', value: 'change' }] })).toEqual([]);
  });

  it('refuses what RE2 cannot run in linear time', () => {
    expect(patternProblem('(a)\\1')).not.toBeNull();
    expect(patternProblem('(?=a)')).not.toBeNull();
    expect(patternProblem('^[a-z]+@example\\.org$')).toBeNull();
    expect(ruleProblems({ match: 'any', conditions: [], actions: [] }).map((p) => p.field)).toEqual(['conditions', 'actions']);
  });
});

describe('splitAddresses', () => {
  it('keeps the addresses of a pasted list', () => {
    expect(splitAddresses('a@x.org; "B, C" <b@y.org>\nc@z.org')).toEqual(['a@x.org', 'b@y.org', 'c@z.org']);
  });
});
