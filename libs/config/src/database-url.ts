import { createHmac } from 'node:crypto';

// The runtime role that serves requests. It owns nothing and cannot bypass row-level
// security; it only inherits the grants given to the tessera_runtime group role.
export const RUNTIME_GROUP_ROLE = 'tessera_runtime';
export const MANAGED_RUNTIME_ROLE = 'tessera_app';

// When only the owner URL is configured, the runtime role's password is derived from the owner's
// credentials, so every replica computes the same one and no second secret has to be handed out.
// Roles are cluster-wide, so the database name takes no part in it.
export function deriveRuntimeUrl(ownerUrl: string): string {
  const url = new URL(ownerUrl);
  const secret = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  url.username = MANAGED_RUNTIME_ROLE;
  url.password = createHmac('sha256', secret).update('tessera runtime role').digest('base64url');
  return url.toString();
}

export function roleOf(databaseUrl: string): string {
  return decodeURIComponent(new URL(databaseUrl).username);
}

export function passwordOf(databaseUrl: string): string {
  return decodeURIComponent(new URL(databaseUrl).password);
}
