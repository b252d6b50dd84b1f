import { createHash } from 'node:crypto';
import type { ParsedMessage } from './inbound-message';
import { bodyOf } from './raw-message';

// Message-IDs are kept without angle brackets (`abc@host`) and compared exactly; outgoing
// headers put the brackets back with formatMessageId.

const BRACKETED = /<([^<>\s]+)>/g;
const MAX_LENGTH = 998;
// References can run to hundreds of ids in long threads; the first (the thread's root) and the
// most recent ones are what threading needs.
const MAX_REFERENCES = 100;

function clean(id: string): string | null {
  const value = id.replace(/\0/g, '').trim();
  return value && value.length <= MAX_LENGTH ? value : null;
}

// Every id in a header value: the bracketed ones, or, when a sender left the brackets off, the
// words that look like ids. Comments such as `(Joe's message of ...)` are ignored.
export function messageIds(value: string | null | undefined): string[] {
  if (!value) return [];
  const bracketed = [...value.matchAll(BRACKETED)].map((match) => match[1]);
  const candidates = bracketed.length ? bracketed : value.replace(/\([^()]*\)/g, ' ').split(/\s+/).filter((word) => word.includes('@'));
  const ids: string[] = [];
  for (const candidate of candidates) {
    const id = clean(candidate);
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

export function limitReferences(ids: string[]): string[] {
  return ids.length <= MAX_REFERENCES ? ids : [ids[0], ...ids.slice(ids.length - MAX_REFERENCES + 1)];
}

// The same bytes always get the same id, so a message without one is still ingested only once.
export function syntheticMessageId(raw: Buffer): string {
  return `${createHash('sha256').update(raw).digest('hex').slice(0, 40)}@message-id.invalid`;
}

export function formatMessageId(id: string): string {
  return `<${id}>`;
}

// The Message-ID of a message the parser could not read, found by a plain look at its headers.
export function rawMessageId(raw: Buffer): string | null {
  const head = raw.subarray(0, 256 * 1024).toString('latin1');
  const match = /^message-id[ \t]*:[ \t]*(?:\r?\n[ \t]+)?<([^<>\s]+)>/im.exec(head);
  return match ? clean(match[1]) : null;
}

// What a message says, apart from the trace headers each delivery adds (Received,
// Delivered-To): two deliveries of one message have the same digest; another message that
// reuses its Message-ID has not.
export function contentDigest(message: ParsedMessage): string {
  const hash = createHash('sha256');
  if (message.unparseable) return hash.update(bodyOf(message.raw)).digest('hex');
  const { from, to, cc, subject, date, text, html, attachments } = message;
  return hash.update(JSON.stringify([from?.address ?? null, to.map((a) => a.address), cc.map((a) => a.address), subject, date?.toISOString() ?? null, text, html, attachments.map((a) => a.sha256)])).digest('hex');
}
