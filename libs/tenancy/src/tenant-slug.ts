// Slug rules: lowercase letters, digits and hyphens, 3-40 characters, starting with a letter or
// digit, no double or trailing hyphen, and not a word the platform uses in its own URLs.

export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  'api', 'admin', 'platform', 'static', 'assets', 'public', 'healthz', 'readyz', 'livez', 'metrics',
  'docs', 'login', 'logout', 'auth', 'oauth', 'sso', 'scp', 'portal', 'help', 'support', 'status',
  'www', 'mail', 'smtp', 'imap', 'webhooks', 'tessera', 'system', 'root', 'null', 'undefined',
  'new', 'edit', 'settings', 'account', 'favicon', 'robots', 'well-known', 't',
]);

export type SlugProblem = 'length' | 'characters' | 'hyphens' | 'reserved';

export function slugProblem(slug: string): SlugProblem | null {
  if (slug.length < 3 || slug.length > 40) return 'length';
  if (!/^[a-z0-9-]+$/.test(slug)) return 'characters';
  if (slug.startsWith('-') || slug.endsWith('-') || slug.includes('--')) return 'hyphens';
  if (RESERVED_SLUGS.has(slug)) return 'reserved';
  return null;
}

export const SLUG_RULE =
  'lowercase letters, digits and single hyphens, 3 to 40 characters, not starting or ending with a hyphen, and not a reserved word';
