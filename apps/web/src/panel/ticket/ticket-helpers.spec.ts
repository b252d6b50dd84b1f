import { eventLine } from './event-line';
import { lockNeedsTaking, otherHolder } from './lock-timing';
import { ticketChanges } from './ticket-changes';
import { isoToZonedInput, zonedInputToIso } from './zoned-time';

const facts = {
  status: { id: 's1', name: 'Open', state: 'open' as const },
  priority: { id: 'p1', name: 'Normal', urgency: 2 },
  assignee: null,
  team: null,
  department: { id: 'd1', name: 'Support' },
  helpTopic: { id: 't1', name: 'Printing' },
  dueAt: '2026-03-01T10:00:00.000Z',
};

describe('ticketChanges', () => {
  it('names each changed fact with its old and new value, and the new entries', () => {
    const fresh = { ...facts, priority: { id: 'p2', name: 'High', urgency: 3 }, assignee: { id: 'a', name: 'Anna' }, dueAt: null };
    const entry = { id: 'e2' } as never;
    expect(ticketChanges(facts, fresh, [{ id: 'e1' }], [{ id: 'e1' } as never, entry])).toEqual({
      fields: [
        { field: 'priority', from: 'Normal', to: 'High' },
        { field: 'assignee', from: null, to: 'Anna' },
        { field: 'dueAt', from: '2026-03-01T10:00:00.000Z', to: null },
      ],
      newEntries: [entry],
    });
  });

  it('finds nothing when only the version moved', () => {
    expect(ticketChanges(facts, { ...facts, dueAt: '2026-03-01T10:00:00Z' }, [], [])).toEqual({ fields: [], newEntries: [] });
  });
});

describe('the composing lock', () => {
  it('is taken when none is held and renewed once half of its time has passed', () => {
    expect(lockNeedsTaking(null, 0)).toBe(true);
    const held = { takenAt: 1_000, expiresAt: 301_000 };
    expect(lockNeedsTaking(held, 100_000)).toBe(false);
    expect(lockNeedsTaking(held, 151_000)).toBe(true);
  });

  it('shows another agent’s live lock only', () => {
    const lock = { lockedBy: { id: 'b', name: 'Bernat' }, expiresAt: '2026-01-01T10:05:00Z' };
    const now = Date.parse('2026-01-01T10:00:00Z');
    expect(otherHolder(lock, 'a', now)).toBe('Bernat');
    expect(otherHolder(lock, 'b', now)).toBeNull();
    expect(otherHolder(lock, 'a', Date.parse('2026-01-01T10:06:00Z'))).toBeNull();
    expect(otherHolder(null, 'a', now)).toBeNull();
  });
});

describe('eventLine', () => {
  it('reads assignments, moves and dates from the event data', () => {
    expect(eventLine('assigned', { from: { staff: null, team: null }, to: { staff: { name: 'Anna' }, team: { name: 'Field' } } })).toEqual({ key: 'assigned', values: { to: 'Anna (Field)' } });
    expect(eventLine('assigned', { to: { staff: null, team: null } })).toEqual({ key: 'unassigned', values: {} });
    expect(eventLine('status', { from: { name: 'Open' }, to: { name: 'Resolved' } })).toEqual({ key: 'status', values: { from: 'Open', to: 'Resolved' } });
    expect(eventLine('topic', { from: null, to: { name: 'Wi-Fi' } })).toEqual({ key: 'topicSet', values: { to: 'Wi-Fi' } });
    expect(eventLine('due', { from: null, to: '2026-01-01T10:00:00Z', byHand: true })).toEqual({ key: 'due', values: { to: '2026-01-01T10:00:00Z' }, dates: ['to'] });
    expect(eventLine('due', { from: 'x', to: null, byHand: false })).toEqual({ key: 'dueCleared', values: {} });
    expect(eventLine('collaborator_added', { collaborators: [{ name: 'Pere' }, { name: 'Marta' }] })).toEqual({ key: 'collaboratorAdded', values: { names: 'Pere, Marta' } });
    expect(eventLine('merged', { from: { reference: '12' }, to: { reference: '10' } })).toEqual({ key: 'merged', values: { from: '12', to: '10' } });
    const filtered = { name: 'Acme', actions: [{ kind: 'set-department', target: 'Sales', skipped: false }, { kind: 'assign-team', target: 'Gone', skipped: true }, { kind: 'disable-auto-response', target: null, skipped: false }] };
    expect(eventLine('filtered', filtered)).toEqual({ key: 'filtered', values: { name: 'Acme', actions: 'set-department: Sales, disable-auto-response' } });
    const tagged = { name: 'Tags', actions: [{ kind: 'add-tags', value: 'vpn, network', target: null, skipped: false }, { kind: 'stop', value: null, target: null, skipped: false }] };
    expect(eventLine('filtered', tagged, (kind) => kind.toUpperCase())).toEqual({ key: 'filtered', values: { name: 'Tags', actions: 'ADD-TAGS: vpn, network, STOP' } });
    const triggered = { name: 'Reply reopens', actions: [{ kind: 'set-status', target: 'Open', skipped: false }, { kind: 'call-webhook', value: 'https://ops.example.org/in', target: null, skipped: false }] };
    expect(eventLine('triggered', triggered)).toEqual({ key: 'triggered', values: { name: 'Reply reopens', actions: 'set-status: Open, call-webhook: https://ops.example.org/in' } });
    const timed = { ruleId: 'r', name: 'Pending two weeks', actions: [{ kind: 'set-status', value: 's', target: 'Resolved', skipped: false }, { kind: 'notify-assignee', value: null, target: null, skipped: true }] };
    expect(eventLine('time_rule', timed)).toEqual({ key: 'timeRule', values: { name: 'Pending two weeks', actions: 'set-status: Resolved' } });
    expect(eventLine('something_new', {})).toEqual({ key: 'other', values: { event: 'something_new' } });
  });

  it('reads tags and the team’s automatic assignment', () => {
    expect(eventLine('tagged', { tags: ['vpn', 'wi-fi'] })).toEqual({ key: 'tagged', values: { tags: 'vpn, wi-fi' } });
    expect(eventLine('untagged', { tags: ['vpn'] })).toEqual({ key: 'untagged', values: { tags: 'vpn' } });
    expect(eventLine('tagged', {})).toEqual({ key: 'tagged', values: { tags: '' } });
    const turn = { from: { staff: null, team: null }, to: { staff: { name: 'Anna' }, team: { name: 'Field' } }, teamAssignment: 'round_robin' };
    expect(eventLine('assigned', turn)).toEqual({ key: 'assignedInTurn', values: { to: 'Anna (Field)' } });
  });
});

describe('zoned date inputs', () => {
  it('reads the input in the instance’s time zone, in winter and in summer', () => {
    expect(zonedInputToIso('2026-01-15T09:30', 'Europe/Madrid')).toBe('2026-01-15T08:30:00.000Z');
    expect(zonedInputToIso('2026-07-15T09:30', 'Europe/Madrid')).toBe('2026-07-15T07:30:00.000Z');
    expect(zonedInputToIso('2026-07-15T09:30', 'UTC')).toBe('2026-07-15T09:30:00.000Z');
    expect(zonedInputToIso('not a date', 'UTC')).toBeNull();
  });

  it('writes a date back as the instance’s wall time', () => {
    expect(isoToZonedInput('2026-07-15T07:30:00.000Z', 'Europe/Madrid')).toBe('2026-07-15T09:30');
    expect(isoToZonedInput(null, 'UTC')).toBe('');
  });
});
