import { toProblem } from '../api/problem';
import type { components } from '../api/schema';

export type InstanceFacts = components['schemas']['PortalInstanceResponse'];

export type InstanceLookup = { kind: 'found'; instance: InstanceFacts } | { kind: 'not-found' } | { kind: 'suspended' } | { kind: 'unreachable' };

// The slug is the first segment of every page path: /{slug}/ is the portal, /{slug}/scp/ the panel.
export function slugOf(pathname: string): string | null {
  const slug = pathname.split('/')[1];
  return slug ? decodeURIComponent(slug) : null;
}

// What the pages know before anyone signs in; a renamed instance was already redirected by the
// server, so only "unknown" and "suspended" remain to show.
export async function lookUpInstance(slug: string): Promise<InstanceLookup> {
  let response: Response;
  try {
    response = await fetch(`/api/v1/t/${encodeURIComponent(slug)}/portal/instance`, { credentials: 'same-origin' });
  } catch {
    return { kind: 'unreachable' };
  }
  if (response.ok) return { kind: 'found', instance: (await response.json()) as InstanceFacts };
  const problem = toProblem(response.status, await response.json().catch(() => null));
  if (problem.code === 'tenant.not-found') return { kind: 'not-found' };
  if (problem.code === 'tenant.suspended') return { kind: 'suspended' };
  return { kind: 'unreachable' };
}
