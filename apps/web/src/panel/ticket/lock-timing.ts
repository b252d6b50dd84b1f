// The composing lock: taken on the first keystroke of a reply, renewed while typing once half
// of its time has passed, so it never runs out under a typing agent and is not asked for on
// every key.
export interface HeldLock {
  takenAt: number;
  expiresAt: number;
}

export function lockNeedsTaking(held: HeldLock | null, now: number): boolean {
  if (!held) return true;
  const half = (held.expiresAt - held.takenAt) / 2;
  return now >= held.expiresAt - half;
}

// Another agent's lock that has not run out yet (the ticket shows locks until they are removed).
export function otherHolder(lock: { lockedBy: { id: string; name: string }; expiresAt: string } | null | undefined, me: string, now: number): string | null {
  if (!lock || lock.lockedBy.id === me || Date.parse(lock.expiresAt) <= now) return null;
  return lock.lockedBy.name;
}
