import type { Registration } from './directory.entities';

// Whether people without an account may open tickets in the portal (giving a name and an
// address): everywhere but where accounts are by invitation only.
export function guestTicketsAllowed(registration: Registration): boolean {
  return registration !== 'invitation';
}
