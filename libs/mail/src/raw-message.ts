import { decodeWindows1252, decoderFor, isUtf8 } from './charset-choice';

// Repairs, before parsing, what mailparser reads wrongly in mail seen in the wild. Only the line
// structure and the top-level address headers are touched; body bytes stay as they are.

const CR = 0x0d;
const LF = 0x0a;
const MBOX_FROM = Buffer.from('From ');
// A header field name: printable ASCII except the colon, then the colon.
const HEADER_LINE = /^[\x21-\x39\x3b-\x7e]+[ \t]*:/;
// Headers every real message has one of; a line like `Note: ...` in plain text is no evidence.
const KNOWN_HEADER = /^(from|to|cc|subject|date|received|return-path|message-id|mime-version|content-type|delivered-to|reply-to|sender|x-original-to|envelope-to)[ \t]*:/i;
const JUNK_LINES = 3;
const ADDRESS_HEADERS = /^(from|to|cc|bcc|reply-to|sender)[ \t]*:/i;
// `Name (addr@host)`: the address sits in a comment, which addressparser drops with the address.
// Only when the entry has no other address (no @ or <> before the comment).
const ADDRESS_IN_COMMENT = /(^|,)([^,<>()"@]*?)\(\s*([^\s()<>@,;:"]+@[^\s()<>,;:"]+)\s*\)/g;

// Splits around RFC 2047 encoded words (the capture keeps them in the result).
const ENCODED_WORD = /(=\?[^?\s]+\?[bBqQ]\?[^?]*\?=)/;

export interface NormalizedRaw {
  raw: Buffer;
  problems: string[];
}

export function normalizeRaw(original: Buffer): NormalizedRaw {
  const problems: string[] = [];
  let raw = stripMboxLine(original);
  if (crOnly(raw)) {
    raw = crToCrlf(raw);
    problems.push('cr-line-endings: lines end with CR only; read as CRLF');
  }
  const skipped = leadingJunk(raw);
  if (skipped > 0) {
    raw = raw.subarray(skipped);
    problems.push('junk-before-headers: text before the header lines was dropped');
  }
  const end = headerEnd(raw);
  const head = raw.subarray(0, end).toString('latin1');
  if (!HEADER_LINE.test(head)) {
    // Without this, mailparser takes the first lines of text for broken headers and loses them.
    problems.push('no-headers: the message has no header section; kept as plain text');
    return { raw: Buffer.concat([Buffer.from('\r\n'), raw]), problems };
  }
  const lines = headerLines(head);
  const folded = lines.map((line, index) => (index > 0 && !HEADER_LINE.test(line) && !/^[ \t]/.test(line) ? ` ${line}` : line));
  if (folded.some((line, index) => line !== lines[index])) {
    // Typically a `boundary=...` parameter or a long value wrapped without the leading space:
    // read as a header of its own, the boundary would be lost and with it every part.
    problems.push('unfolded-header: a header continued on a line without leading space; read as folded');
  }
  const fixed = folded.map(fixAddressComment);
  if (fixed.some((line, index) => line !== folded[index])) {
    problems.push('address-in-comment: an address written as "Name (address)" was read as "Name <address>"');
  }
  const legacy = legacyDecoder(head);
  const recoded = fixed.map((line) => recodeLegacyHeader(line, legacy));
  if (recoded.some((line, index) => line !== fixed[index])) {
    problems.push('charset: a header holds 8-bit text that is not UTF-8; read as Windows-1252');
  }
  const repaired = recoded.join('');
  if (repaired !== head) raw = Buffer.concat([Buffer.from(repaired, 'latin1'), raw.subarray(end)]);
  return { raw, problems };
}

// Mailbox files start each message with a `From sender date` line, which is no header.
function stripMboxLine(raw: Buffer): Buffer {
  if (!raw.subarray(0, MBOX_FROM.length).equals(MBOX_FROM)) return raw;
  const newline = raw.indexOf(LF);
  return newline < 0 ? Buffer.alloc(0) : raw.subarray(newline + 1);
}

// Bytes before the first header line when a message starts with a stray line (a forwarding
// note, a separator) and real headers follow within the next few lines; 0 otherwise.
function leadingJunk(raw: Buffer): number {
  const lines = raw.subarray(0, 4096).toString('latin1').split('\n').slice(0, JUNK_LINES + 1);
  if (HEADER_LINE.test(lines[0])) return 0;
  let offset = 0;
  for (const line of lines) {
    if (line.trim() === '') return 0;
    if (KNOWN_HEADER.test(line)) return offset;
    offset += line.length + 1;
  }
  return 0;
}

function crOnly(raw: Buffer): boolean {
  let lone = 0;
  let feeds = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === LF) feeds++;
    else if (raw[i] === CR && raw[i + 1] !== LF) lone++;
  }
  return lone > feeds;
}

function crToCrlf(raw: Buffer): Buffer {
  const out = Buffer.alloc(raw.length * 2);
  let length = 0;
  for (let i = 0; i < raw.length; i++) {
    out[length++] = raw[i];
    if (raw[i] === CR && raw[i + 1] !== LF) out[length++] = LF;
  }
  return out.subarray(0, length);
}

// The bytes after the top-level header section and its blank line.
export function bodyOf(raw: Buffer): Buffer {
  const end = headerEnd(raw);
  return raw.subarray(raw[end] === CR ? end + 2 : end + 1);
}

// Offset just past the top-level header lines (before the blank line), or the whole length.
function headerEnd(raw: Buffer): number {
  if (raw[0] === LF || (raw[0] === CR && raw[1] === LF)) return 0;
  for (let i = raw.indexOf(LF); i >= 0; i = raw.indexOf(LF, i + 1)) {
    const next = raw[i + 1] === CR ? i + 2 : i + 1;
    if (next >= raw.length || raw[next] === LF) return i + 1;
  }
  return raw.length;
}

// Header fields with their folding (a continuation line starts with a space or tab) and line ends.
function headerLines(head: string): string[] {
  return head.split(/(?<=\n)(?![ \t])/);
}

function fixAddressComment(line: string): string {
  const colon = line.indexOf(':');
  if (!ADDRESS_HEADERS.test(line) || colon < 0) return line;
  return line.slice(0, colon + 1) + line.slice(colon + 1).replace(ADDRESS_IN_COMMENT, '$1$2<$3>');
}

// Raw 8-bit header text should be UTF-8 (RFC 6532); mailparser reads it so and turns anything
// else into U+FFFD. Older senders write their local charset: the one their body declares, or
// most often Windows-1252. Encoded words are left alone: their bytes belong to their own charset.
function recodeLegacyHeader(line: string, legacy: (bytes: Uint8Array) => string): string {
  if (!/[\x80-\xff]/.test(line)) return line;
  return line
    .split(ENCODED_WORD)
    .map((segment) => {
      if (ENCODED_WORD.test(segment) || !/[\x80-\xff]/.test(segment)) return segment;
      const bytes = Buffer.from(segment, 'latin1');
      return isUtf8(bytes) ? segment : Buffer.from(legacy(bytes), 'utf8').toString('latin1');
    })
    .join('');
}

// The decoder for raw 8-bit headers: the body's declared charset when it is a legacy one.
function legacyDecoder(head: string): (bytes: Uint8Array) => string {
  const charset = /^content-type[ \t]*:[^\n]*(?:\n[ \t][^\n]*)*?charset="?([\w.:-]+)/im.exec(head)?.[1]?.toLowerCase();
  const declared = charset && !/^(utf-?8|us-ascii|ascii)$/.test(charset) ? decoderFor(charset) : null;
  return declared ?? decodeWindows1252;
}
