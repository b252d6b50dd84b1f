// Addresses are compared case-insensitively (citext columns) and stored trimmed and lower-cased.
const ADDRESS = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+$/;

export function normalizeEmail(value: string): string | null {
  const email = value.trim().toLowerCase();
  return email.length <= 254 && ADDRESS.test(email) ? email : null;
}

export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1);
}

// The part before @, as a name for someone known only by address.
export function nameFromEmail(email: string): string {
  return email.slice(0, email.lastIndexOf('@'));
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

// A mail domain as organizations claim them: lower-cased host name of two labels or more.
export function normalizeDomain(value: string): string | null {
  const domain = value.trim().toLowerCase();
  const labels = domain.split('.');
  if (domain.length > 253 || labels.length < 2 || !labels.every((label) => LABEL.test(label))) return null;
  // All digits at the end is an IP address, not a domain.
  return /^\d+$/.test(labels[labels.length - 1]) ? null : domain;
}
