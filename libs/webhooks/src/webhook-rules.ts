import { createHmac, timingSafeEqual } from 'node:crypto';
import { BlockList, isIP } from 'node:net';
import { EVENT_KINDS, EventKind } from '@tessera/events';

// What a webhook may receive, how its requests are signed, and which addresses Tessera does not
// call. Pure.

// Ticket events only: the others carry one-time tokens (portal links) or a refused sender's
// message (over-limit notices), which leave the helpdesk by mail to their owner only.
export const WEBHOOK_KINDS = EVENT_KINDS.filter((kind) => kind.startsWith('ticket.') && kind !== 'ticket.overlimit') as readonly EventKind[];

export function isWebhookKind(kind: string): kind is EventKind {
  return (WEBHOOK_KINDS as readonly string[]).includes(kind);
}

// `X-Tessera-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`: the receiver
// recomputes it with the webhook's secret and refuses old timestamps (replays).
export function signature(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export function signatureMatches(secret: string, header: string, body: string): boolean {
  const parts = new Map(header.split(',').map((part) => part.split('=', 2) as [string, string]));
  const timestamp = Number(parts.get('t'));
  if (!Number.isSafeInteger(timestamp)) return false;
  const expected = Buffer.from(signature(secret, timestamp, body));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

// Loopback, private, link-local (cloud metadata), carrier-grade NAT, unique-local and unspecified
// addresses: a manager's URL must not reach into the deployment's own network unless the
// operator allows it.
const INTERNAL = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  INTERNAL.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  INTERNAL.addSubnet(network, prefix, 'ipv6');

export function isInternalAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return INTERNAL.check(mapped[1], 'ipv4');
  return INTERNAL.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

// The URL as stored, or a reason it is refused.
export function webhookUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be http or https';
  if (url.username || url.password) return 'must not carry a user name or password (the signature authenticates Tessera)';
  if (url.hash) return 'must not have a fragment';
  return null;
}
