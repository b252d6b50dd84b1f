// Who is calling a portal route: set by the API's portal guard, never taken from a request body.
export interface RequesterPrincipal {
  kind: 'requester';
  tenantId: string;
  requesterId: string;
  sessionId: string;
  // A guest session (opened with a ticket's guest link) reaches this ticket only.
  ticketId: string | null;
  // The requester's own language; null: the instance's default.
  language: string | null;
}
