// Who is calling an instance route: set by the API's guard, read by services through the
// async context, never taken from a request body.
export interface StaffPrincipal {
  kind: 'staff';
  tenantId: string;
  staffId: string;
  sessionId: string;
  isManager: boolean;
  // The agent's own language; null: the instance's default.
  language: string | null;
}
