import { createHash } from 'node:crypto';
import type { AddressObject, EmailAddress, HeaderLines, StructuredHeader } from 'mailparser';
import { generatedFilename, safeFilename } from './attachment-name';
import { decodeText } from './charset-choice';
import { headerText } from './header-block';
import { sanitizeMailHtml, textFromHtml } from './html-body';
import { InboundAttachment, InboundMessage, MailAddress, MailHeaders, ParsedMessage, UnparseableMessage, headerValue } from './inbound-message';
import { limitReferences, messageIds, rawMessageId, syntheticMessageId } from './message-id';
import { MimeAttachment, MimeMessage, parseMime } from './mime-parser';
import { bodyOf, normalizeRaw } from './raw-message';

export interface ParseOptions {
  // When the message reached us (the IMAP internal date, the time of the MTA pipe call).
  receivedAt?: Date;
  // A message that takes longer than this is given up as unparseable instead of holding the
  // worker: mailparser has had input that made it spin.
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;
// Allow for clocks that run ahead before calling a sender date nonsense.
const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;
const ZONE = /[+-]\d{4}\b|\b(UT|UTC|GMT|Z|[ECMP][SD]T)\b/i;
// What a date must show before the (lenient) Date parser may read it: a day and month.
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
const DAY_AND_MONTH = new RegExp(`\\b\\d{1,2}\\s*${MONTH}|${MONTH}[a-z]*\\.?\\s+\\d{1,2}\\b|\\b\\d{4}-\\d{2}-\\d{2}`, 'i');

// Raw RFC 822 bytes to a normalized message. Never throws: what cannot be read at all comes back
// as an UnparseableMessage with the raw bytes, for the pipeline to store and flag.
export async function parseMessage(raw: Buffer, options: ParseOptions = {}): Promise<ParsedMessage> {
  const receivedAt = options.receivedAt ?? new Date();
  try {
    const normalized = normalizeRaw(raw);
    const mime = await parseMime(normalized.raw, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    return await toMessage(raw, normalized.raw, mime, receivedAt, normalized.problems);
  } catch (error) {
    return unparseable(raw, receivedAt, error);
  }
}

function unparseable(raw: Buffer, receivedAt: Date, error: unknown): UnparseableMessage {
  const found = rawMessageId(raw);
  const reason = error instanceof Error ? error.message : String(error);
  return {
    unparseable: true,
    messageId: found ?? syntheticMessageId(raw),
    syntheticMessageId: !found,
    receivedAt,
    problems: [`unparseable: ${withoutNul(reason)}`],
    raw,
  };
}

async function toMessage(raw: Buffer, normalized: Buffer, mime: MimeMessage, receivedAt: Date, problems: string[]): Promise<InboundMessage> {
  const notes = new Set([...problems, ...mime.problems]);
  const headers = headerMap(mime.headerLines);

  const [messageId] = messageIds(headerValue(headers, 'message-id'));
  if (!messageId) notes.add('missing-message-id: the message has no Message-ID; one was derived from its content');
  const references = limitReferences(messageIds((headers.get('references') ?? []).join(' ')));

  const from = sender(mime, notes);
  const subject = oneLine(typeof mime.headers.get('subject') === 'string' ? (mime.headers.get('subject') as string) : '');
  const date = senderDate(headerValue(headers, 'date'), receivedAt, notes);

  const { text, html, textFromHtml: derived } = body(mime, normalized, notes);
  const contentType = mime.headers.get('content-type') as StructuredHeader | undefined;
  return {
    unparseable: false,
    messageId: messageId ?? syntheticMessageId(raw),
    syntheticMessageId: !messageId,
    inReplyTo: messageIds(headerValue(headers, 'in-reply-to'))[0] ?? null,
    references,
    from,
    to: addresses(mime.headers.get('to')),
    cc: addresses(mime.headers.get('cc')),
    replyTo: addresses(mime.headers.get('reply-to')),
    subject,
    date,
    receivedAt,
    text,
    textFromHtml: derived,
    html,
    attachments: await attachments(mime.attachments, html ?? ''),
    mimeType: contentType?.value?.toLowerCase() || 'text/plain',
    reportType: contentType?.params?.['report-type']?.toLowerCase() ?? null,
    headers,
    problems: [...notes],
    raw,
  };
}

function body(mime: MimeMessage, normalized: Buffer, notes: Set<string>): { text: string; html: string | null; textFromHtml: boolean } {
  const texts = [mime.text, mime.html, mime.headers.get('subject')].filter((value): value is string => typeof value === 'string');
  if (texts.some((value) => value.includes('\0'))) notes.add('nul-bytes: NUL characters were removed from the text');
  if (texts.some((value) => !value.isWellFormed())) {
    notes.add('broken-text: unpaired UTF-16 surrogates (a character cut in two, or broken UTF-16) were replaced by U+FFFD');
  }
  const html = mime.html ? sanitizeMailHtml(withoutNul(mime.html)).trim() || null : null;
  const text = withoutNul(mime.text ?? '').replace(/\r\n?/g, '\n');
  if (text.trim()) return { text, html, textFromHtml: false };
  if (html) return { text: textFromHtml(html), html, textFromHtml: true };
  if (mime.html?.trim()) {
    notes.add('html-without-content: the HTML body shows nothing once scripts, styles and remote content are removed');
  }
  if (mime.text === null && mime.html === null && !mime.attachments.length) {
    // MIME so broken that no part came out (a boundary that never appears, say): the body as
    // text is still better than nothing.
    const raw = withoutNul(decodeText(bodyOf(normalized))).replace(/\r\n?/g, '\n').trim();
    if (raw) notes.add('unreadable-structure: no part of the message could be read; its body is kept as plain text');
    return { text: raw, html: null, textFromHtml: false };
  }
  return { text, html: null, textFromHtml: false };
}

// Text PostgreSQL can hold as it is: no NUL, and no unpaired surrogate (which the driver would
// otherwise replace silently on the way in).
function withoutNul(value: string): string {
  return (value.includes('\0') ? value.replace(/\0/g, '') : value).toWellFormed();
}

// Subjects and names are single lines: folding, tabs and stray control characters become spaces.
function oneLine(value: string): string {
  return withoutNul(value)
    .replace(/[\x01-\x1f\x7f]+/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

function headerMap(lines: HeaderLines): MailHeaders {
  const headers = new Map<string, string[]>();
  for (const { key, line } of lines) {
    if (!key) continue;
    const colon = line.indexOf(':');
    const value = decodeHeaderBytes(line.slice(colon + 1).replace(/\r?\n(?=[ \t])/g, '').trim());
    const values = headers.get(key);
    if (values) values.push(value);
    else headers.set(key, [value]);
  }
  return headers;
}

// mailparser hands header lines over as one character per byte; 8-bit text in them is UTF-8 by
// the time they arrive here (raw-message.ts recodes anything else).
function decodeHeaderBytes(value: string): string {
  return withoutNul(/[\x80-\xff]/.test(value) ? Buffer.from(value, 'latin1').toString('utf8') : value);
}

function flatten(entries: EmailAddress[]): EmailAddress[] {
  return entries.flatMap((entry) => (entry.group ? flatten(entry.group) : [entry]));
}

function addresses(header: unknown): MailAddress[] {
  const objects = ([] as unknown[]).concat(header ?? []) as AddressObject[];
  const found: MailAddress[] = [];
  for (const entry of flatten(objects.flatMap((object) => object?.value ?? []))) {
    const address = withoutNul(entry.address ?? '').trim();
    if (!address) continue;
    const name = oneLine(entry.name ?? '');
    found.push({ address, name: name && name !== address ? name : null });
  }
  return found;
}

// The author: From, or who else the headers name when From is missing or holds no address.
function sender(mime: MimeMessage, notes: Set<string>): MailAddress | null {
  const [from] = addresses(mime.headers.get('from'));
  if (from) return from;
  for (const header of ['sender', 'reply-to', 'return-path']) {
    const [fallback] = addresses(mime.headers.get(header));
    if (fallback) {
      notes.add(`missing-from: the message names no sender in From; the ${header} address stands in`);
      return fallback;
    }
  }
  notes.add('missing-from: the message names no sender');
  return null;
}

function senderDate(value: string | null, receivedAt: Date, notes: Set<string>): Date | null {
  if (!value) {
    notes.add('missing-date: the message has no Date header; the receive time stands in');
    return null;
  }
  // RFC 5322 dates without a zone are UTC ("-0000"), not the local time of this machine.
  const cleaned = value
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\s*:\s*/g, ':')
    .replace(/\s+/g, ' ')
    .trim();
  const zoned = ZONE.test(cleaned) ? cleaned : `${cleaned} +0000`;
  const readable = DAY_AND_MONTH.test(cleaned);
  const date = readable ? [zoned, cleaned].map((text) => new Date(text)).find((candidate) => !Number.isNaN(candidate.getTime())) : undefined;
  if (!date || date.getUTCFullYear() < 1900 || date.getTime() > receivedAt.getTime() + FUTURE_TOLERANCE_MS) {
    notes.add(`invalid-date: the Date header "${oneLine(value).slice(0, 100)}" is not a usable date; the receive time stands in`);
    return null;
  }
  return date;
}

async function attachments(parts: MimeAttachment[], html: string): Promise<InboundAttachment[]> {
  const taken = new Set<string>();
  const named = parts.map((part) => {
    const filename = part.filename ? safeFilename(part.filename) : null;
    const name = filename && part.contentType === 'message/rfc822' && !/\.eml$/i.test(filename) ? `${filename}.eml` : filename;
    if (name) taken.add(name.toLowerCase());
    return name;
  });
  const result: InboundAttachment[] = [];
  for (const [index, part] of parts.entries()) {
    let filename = named[index];
    if (!filename) {
      // An attached mail is best known by its subject.
      const stem = part.contentType === 'message/rfc822' ? await attachedSubject(part.content) : null;
      filename = generatedFilename(part.contentType, taken, stem);
      taken.add(filename.toLowerCase());
    }
    result.push({
      filename,
      filenameGenerated: !named[index],
      contentType: part.contentType,
      size: part.content.length,
      contentId: part.contentId,
      inline: part.contentId !== null && html.includes(`cid:${part.contentId}`),
      content: part.content,
      sha256: createHash('sha256').update(part.content).digest('hex'),
    });
  }
  return result;
}

async function attachedSubject(content: Buffer): Promise<string | null> {
  try {
    // Its header lines are enough to read the subject; the body may be large.
    const mime = await parseMime(Buffer.from(`${headerText(content)}\r\n\r\n`, 'latin1'), DEFAULT_TIMEOUT_MS);
    const subject = mime.headers.get('subject');
    return typeof subject === 'string' ? oneLine(subject) || null : null;
  } catch {
    return null;
  }
}
