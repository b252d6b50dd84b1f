import { isIP } from 'node:net';

// Whether a value is an address (`192.0.2.7`, `2001:db8::1`) or a network in CIDR notation
// (`192.0.2.0/24`); host bits of a network are cleared when it is stored.
export function isNetwork(value: string): boolean {
  const parts = value.split('/');
  if (parts.length > 2 || value.includes('%')) return false;
  const version = isIP(parts[0]);
  if (version === 0) return false;
  if (parts.length === 1) return true;
  return /^\d{1,3}$/.test(parts[1]) && Number(parts[1]) <= (version === 4 ? 32 : 128);
}

// The client address as PostgreSQL's inet reads it, or null: IPv4 clients of a dual-stack
// socket arrive as IPv4-mapped IPv6 addresses and must match IPv4 networks.
export function clientAddress(value: string | null | undefined): string | null {
  if (!value || value.includes('%')) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(value);
  const address = mapped ? mapped[1] : value;
  return isIP(address) ? address : null;
}
