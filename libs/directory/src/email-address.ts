// Addresses are compared case-insensitively (citext columns) and stored trimmed and lower-cased.
// An address is an RFC 5322 addr-spec that SMTP takes (RFC 5321): a dot-atom or a quoted local
// part of at most 64 characters, and a domain of LDH labels (or internationalised ones) without
// an empty label, so no trailing dot, or an IPv4 literal; at most 254 characters in all.
// A domain of one label (root@localhost) is a valid address, which mail may come from; what people
// type is held to two labels or more, as a single label is almost always a typo there.

// atext (RFC 5322 3.2.3), and letters, digits and marks beyond ASCII (RFC 6531); no other
// spaces, controls or invisible characters.
const DOT_ATOM = /^[a-z0-9!#$%&'*+/=?^_`{|}~\p{L}\p{N}\p{M}-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~\p{L}\p{N}\p{M}-]+)*$/u;
// Printable ASCII and spaces, quotes and backslashes escaped (RFC 5322 3.2.4).
const QUOTED = /^"(?:[\x20\x21\x23-\x5b\x5d-\x7e\p{L}\p{N}\p{M}\p{P}\p{S}]|\\[\x20-\x7e])*"$/u;
const LABEL = /^(?!-)[a-z0-9\p{L}\p{N}\p{M}-]{1,63}(?<!-)$/u;
const IPV4_LITERAL = /^\[(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}\]$/;

export interface EmailOptions {
  // Accept a domain of one label (mail senders such as root@localhost).
  singleLabel?: boolean;
}

export function normalizeEmail(value: string, { singleLabel = false }: EmailOptions = {}): string | null {
  const email = value.trim().toLowerCase();
  const at = email.lastIndexOf('@');
  if (at < 1 || email.length > 254) return null;
  const local = canonicalLocal(email.slice(0, at));
  const domain = email.slice(at + 1);
  if (local === null || local.length > 64 || !validDomain(domain, singleLabel)) return null;
  return `${local}@${domain}`;
}

// A quoted local part that needs no quotes ("anna"@x) is written without them.
function canonicalLocal(local: string): string | null {
  if (DOT_ATOM.test(local)) return local;
  if (!QUOTED.test(local)) return null;
  const unquoted = local.slice(1, -1).replace(/\\(.)/g, '$1');
  return DOT_ATOM.test(unquoted) ? unquoted : local;
}

function validDomain(domain: string, singleLabel: boolean): boolean {
  if (IPV4_LITERAL.test(domain)) return true;
  const labels = domain.split('.');
  if (domain.length > 253 || (labels.length < 2 && !singleLabel)) return false;
  return labels.every((label) => LABEL.test(label));
}

export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1);
}

// The part before @, as a name for someone known only by address.
export function nameFromEmail(email: string): string {
  return email.slice(0, email.lastIndexOf('@'));
}

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

// A mail domain as organizations claim them: lower-cased host name of two labels or more.
export function normalizeDomain(value: string): string | null {
  const domain = value.trim().toLowerCase();
  const labels = domain.split('.');
  if (domain.length > 253 || labels.length < 2 || !labels.every((label) => HOST_LABEL.test(label))) return null;
  // All digits at the end is an IP address, not a domain.
  return /^\d+$/.test(labels[labels.length - 1]) ? null : domain;
}
