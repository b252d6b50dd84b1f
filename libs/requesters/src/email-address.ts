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
