import { AssignmentCandidate, AssignmentRule, chooseAssignee } from './team-assignment';

const now = new Date('2026-12-07T10:00:00Z');
const agent = (staffId: string, more: Partial<AssignmentCandidate> = {}): AssignmentCandidate => ({
  staffId,
  isActive: true,
  isLocked: false,
  awayUntil: null,
  openTickets: 0,
  ...more,
});
const rule = (more: Partial<AssignmentRule> = {}): AssignmentRule => ({ mode: 'round_robin', maxOpenPerAgent: null, lastStaffId: null, now, ...more });

describe('chooseAssignee', () => {
  const team = [agent('c'), agent('a'), agent('b')];

  it('assigns nobody in mode none or without members', () => {
    expect(chooseAssignee(team, rule({ mode: 'none' }))).toBeNull();
    expect(chooseAssignee([], rule())).toBeNull();
  });

  it('goes round the members in id order, after the last one, wrapping at the end', () => {
    expect(chooseAssignee(team, rule())).toBe('a');
    expect(chooseAssignee(team, rule({ lastStaffId: 'a' }))).toBe('b');
    expect(chooseAssignee(team, rule({ lastStaffId: 'b' }))).toBe('c');
    expect(chooseAssignee(team, rule({ lastStaffId: 'c' }))).toBe('a');
  });

  it('goes on after a last agent who left the team', () => {
    expect(chooseAssignee([agent('a'), agent('c')], rule({ lastStaffId: 'b' }))).toBe('c');
  });

  it('passes by inactive, locked and away agents, and those at the cap', () => {
    const members = [
      agent('a', { isActive: false }),
      agent('b', { isLocked: true }),
      agent('c', { awayUntil: new Date('2026-12-08T00:00:00Z') }),
      agent('d', { openTickets: 5 }),
      agent('e', { openTickets: 4 }),
    ];
    expect(chooseAssignee(members, rule({ maxOpenPerAgent: 5 }))).toBe('e');
    expect(chooseAssignee(members, rule({ maxOpenPerAgent: 4 }))).toBeNull();
    expect(chooseAssignee(members, rule({ mode: 'least_loaded', maxOpenPerAgent: 4 }))).toBeNull();
  });

  it('takes back an agent whose absence has ended', () => {
    expect(chooseAssignee([agent('a', { awayUntil: new Date('2026-12-07T09:59:59Z') })], rule())).toBe('a');
  });

  it('least loaded picks the agent with fewest open tickets', () => {
    const members = [agent('a', { openTickets: 3 }), agent('b', { openTickets: 1 }), agent('c', { openTickets: 2 })];
    expect(chooseAssignee(members, rule({ mode: 'least_loaded' }))).toBe('b');
  });

  it('least loaded breaks ties in turn after the last agent', () => {
    const members = [agent('a', { openTickets: 1 }), agent('b', { openTickets: 1 }), agent('c', { openTickets: 1 })];
    expect(chooseAssignee(members, rule({ mode: 'least_loaded' }))).toBe('a');
    expect(chooseAssignee(members, rule({ mode: 'least_loaded', lastStaffId: 'a' }))).toBe('b');
    expect(chooseAssignee(members, rule({ mode: 'least_loaded', lastStaffId: 'c' }))).toBe('a');
  });
});
