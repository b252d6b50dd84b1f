import type { Permission } from './permissions';

// What one agent may see and do, loaded once per request. An agent works in the primary
// department and the extra ones, each with a role; managers administer the instance and hold
// every permission everywhere, but confidential tickets stay with the department's members.
export interface AgentAccess {
  staffId: string;
  isManager: boolean;
  primaryDepartmentId: string | null;
  // Department id -> permissions of the agent's role there (primary and extra departments).
  departments: ReadonlyMap<string, ReadonlySet<Permission>>;
  // The primary role's permissions: they apply to tickets seen only through an assignment.
  primaryPermissions: ReadonlySet<Permission>;
  teamIds: readonly string[];
}

export interface TicketScope {
  departmentId: string;
  assigneeStaffId: string | null;
  assigneeTeamId: string | null;
  isConfidential: boolean;
}

export function isMember(access: AgentAccess, departmentId: string): boolean {
  return access.departments.has(departmentId);
}

export function canSee(access: AgentAccess, ticket: TicketScope): boolean {
  if (isMember(access, ticket.departmentId)) return true;
  if (ticket.isConfidential) return false;
  return (
    access.isManager ||
    ticket.assigneeStaffId === access.staffId ||
    (ticket.assigneeTeamId !== null && access.teamIds.includes(ticket.assigneeTeamId))
  );
}

// Whether the agent may do `permission` on a ticket of `departmentId` (visibility is checked
// separately). Creating a ticket in a department needs membership there or the manager's rights.
export function can(access: AgentAccess, departmentId: string, permission: Permission): boolean {
  if (access.isManager) return true;
  const role = access.departments.get(departmentId) ?? access.primaryPermissions;
  return role.has(permission);
}

// Whether the agent administers this part (`permission`) of a department: managers everywhere,
// other agents in the departments they work in with a role that holds it. Null is the instance:
// managers only.
export function administers(access: AgentAccess, departmentId: string | null, permission: Permission): boolean {
  if (access.isManager) return true;
  return departmentId !== null && isMember(access, departmentId) && can(access, departmentId, permission);
}

// The departments whose `permission` part a non-manager administers.
export function administeredDepartments(access: AgentAccess, permission: Permission): string[] {
  return [...access.departments].filter(([, permissions]) => permissions.has(permission)).map(([id]) => id);
}
