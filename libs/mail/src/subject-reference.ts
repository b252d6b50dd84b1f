import { ReferenceFormat, parseReferenceFormat } from '@tessera/directory';

// Ticket references in mail subjects. Outgoing mail puts the reference in brackets
// (`[suport#310]`); replies keep it whatever their client adds in front (Re:, AW:, RV:...).

// Characters that continue a reference-like token: a reference inside `xsuport#3101` or
// `suport#310.5` belongs to something else.
const TOKEN_CHAR = '[\\p{L}\\p{N}_#-]';
const REPLY_PREFIX = /^\s*((re|aw|wg|fw|fwd|rv|res|enc|sv|vs|antw|antwort|doorst|tr|ref|rif|r|odp|vá)\s*(\[\d+\]|\(\d+\))?\s*[:：]\s*)+/iu;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// The reference as a pattern capturing its digits: the number (sequence) or each digit (random).
function referencePattern(format: ReferenceFormat): string {
  if (format.kind === 'sequence') return `${escape(format.prefix)}(\\d{${format.width},})${escape(format.suffix)}`;
  return format.pattern.split('#').map(escape).join('(\\d)');
}

// Literal characters make a reference recognisable outside brackets; a bare number (`{n}`,
// `######`) is too likely to be an order or invoice number and only counts in brackets.
function distinctive(format: ReferenceFormat): boolean {
  return format.kind === 'sequence' ? format.prefix + format.suffix !== '' : /[^#]/.test(format.pattern);
}

// Rebuilds the reference as we write it (the sender's client may have changed its case).
function canonical(format: ReferenceFormat, match: RegExpExecArray): string {
  if (format.kind === 'sequence') return `${format.prefix}${match[1]}${format.suffix}`;
  let digit = 1;
  return format.pattern.replace(/#/g, () => match[digit++]);
}

// The ticket reference in a subject, as the instance writes it, or null. `format` is the
// instance's reference format (see reference-format.ts in the directory).
export function findReference(subject: string, format: string | ReferenceFormat): string | null {
  const parsed = typeof format === 'string' ? parseReferenceFormat(format) : format;
  const pattern = referencePattern(parsed);
  const bracketed = new RegExp(`\\[\\s*${pattern}\\s*\\]`, 'iu').exec(subject);
  if (bracketed) return canonical(parsed, bracketed);
  if (!distinctive(parsed)) return null;
  const bare = new RegExp(`(?<!${TOKEN_CHAR}|[./])${pattern}(?!${TOKEN_CHAR}|[./]\\p{N})`, 'iu').exec(subject);
  return bare ? canonical(parsed, bare) : null;
}

// The subject tag for outgoing mail.
export function referenceTag(reference: string): string {
  return `[${reference}]`;
}

// A subject without the reply and forward prefixes clients stack in front of it.
export function withoutReplyPrefixes(subject: string): string {
  return subject.replace(REPLY_PREFIX, '').trim();
}
