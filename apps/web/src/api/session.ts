// Browser sessions are HttpOnly cookies the page cannot read; what it keeps is each realm's CSRF
// token (from the sign-in answer or from auth/me), sent on every unsafe request of that realm.
export type Realm = 'staff' | 'requester';

const csrf: Record<Realm, string | null> = { staff: null, requester: null };

export function setCsrfToken(realm: Realm, token: string | null | undefined): void {
  csrf[realm] = token ?? null;
}

export function csrfToken(realm: Realm): string | null {
  return csrf[realm];
}

// Portal routes are the requester realm; every other instance route is staff.
export function realmOf(path: string): Realm {
  return /^\/api\/v1\/t\/[^/]+\/portal(\/|$)/.test(path) ? 'requester' : 'staff';
}

export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
