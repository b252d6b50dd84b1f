import { AgentAccess, can, canSee } from './agent-access';
import { Permission } from './permissions';

function access(overrides: Partial<AgentAccess> = {}): AgentAccess {
  return {
    staffId: 'me',
    isManager: false,
    primaryDepartmentId: 'support',
    departments: new Map<string, Set<Permission>>([
      ['support', new Set<Permission>(['ticket.reply', 'ticket.close'])],
      ['billing', new Set<Permission>([])],
    ]),
    primaryPermissions: new Set<Permission>(['ticket.reply', 'ticket.close']),
    teamIds: ['night-shift'],
    ...overrides,
  };
}

const ticket = { departmentId: 'sales', assigneeStaffId: null, assigneeTeamId: null, isConfidential: false };

describe('agent access', () => {
  it("sees the tickets of the agent's departments, assignments and teams", () => {
    expect(canSee(access(), { ...ticket, departmentId: 'billing' })).toBe(true);
    expect(canSee(access(), ticket)).toBe(false);
    expect(canSee(access(), { ...ticket, assigneeStaffId: 'me' })).toBe(true);
    expect(canSee(access(), { ...ticket, assigneeTeamId: 'night-shift' })).toBe(true);
    expect(canSee(access(), { ...ticket, assigneeTeamId: 'day-shift' })).toBe(false);
  });

  it('keeps confidential tickets with the department members, even from managers and assignees', () => {
    const confidential = { ...ticket, isConfidential: true, assigneeStaffId: 'me' };
    expect(canSee(access(), confidential)).toBe(false);
    expect(canSee(access({ isManager: true }), confidential)).toBe(false);
    expect(canSee(access(), { ...confidential, departmentId: 'support' })).toBe(true);
    expect(canSee(access({ isManager: true }), ticket)).toBe(true);
  });

  it("uses the role of the ticket's department, else the primary role", () => {
    expect(can(access(), 'support', 'ticket.reply')).toBe(true);
    expect(can(access(), 'billing', 'ticket.reply')).toBe(false);
    expect(can(access(), 'sales', 'ticket.close')).toBe(true);
    expect(can(access(), 'support', 'ticket.delete')).toBe(false);
    expect(can(access({ isManager: true }), 'billing', 'ticket.delete')).toBe(true);
  });
});
