import { isUtf8 } from './charset-choice';
import { decodeLegacyBytes, scriptOf } from './legacy-charset';

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

// Splits around runs of RFC 2047 encoded words, adjacent ones included: a multi-byte character
// may be cut between two words (the capture keeps them in the result).
const ENCODED_WORDS = /(=\?[^?\s]+\?[bBqQ]\?[^?]*\?=(?:[ \t]*(?:\r?\n)?[ \t]*=\?[^?\s]+\?[bBqQ]\?[^?]*\?=)*)/;
const ENCODED_WORD = /=\?([^?\s*]+)(?:\*[^?\s]*)?\?([bBqQ])\?([^?]*)\?=/g;
const BOUNDARY = /boundary\s*=\s*(?:"([^"\r\n]+)"|([^\s;"]+))/gi;
const CHARSET = /charset\s*=\s*["']?([\w.:-]+)/gi;

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
  const declared = declaredCharsets(raw);
  const recoded = fixed.map((line) => recodeHeader(line, declared));
  if (recoded.some((line, index) => line !== fixed[index])) {
    problems.push('charset: a header holds text that is not UTF-8 or not in the charset it names; read by its declared or detected charset');
  }
  const repaired = recoded.join('');
  if (repaired !== head) raw = Buffer.concat([Buffer.from(repaired, 'latin1'), raw.subarray(end)]);
  const parts = recodePartHeaders(raw, declared);
  if (parts !== raw) {
    raw = parts;
    problems.push('charset: a part header holds text that is not UTF-8 or not in the charset it names; read by its declared or detected charset');
  }
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
// else into U+FFFD. Older senders write their local charset, and some label encoded words with
// the wrong one (Shift_JIS bytes under ISO-2022-JP): such text is read by legacy-charset.ts and
// written back as UTF-8 (raw) or as a UTF-8 encoded word. Everything else stays byte for byte.
function recodeHeader(line: string, declared: readonly string[]): string {
  if (!/[\x80-\xff]/.test(line) && !line.includes('=?')) return line;
  return line
    .split(ENCODED_WORDS)
    .map((segment, index) => {
      if (index % 2 === 1) return recodeEncodedWords(segment, declared);
      if (!/[\x80-\xff]/.test(segment)) return segment;
      const bytes = Buffer.from(segment, 'latin1');
      return isUtf8(bytes) ? segment : Buffer.from(decodeLegacyBytes(bytes, { declared }).text, 'utf8').toString('latin1');
    })
    .join('');
}

interface EncodedWords {
  charset: string;
  bytes: Buffer;
  source: string;
}

function wordBytes(encoding: string, text: string): Buffer {
  if (encoding.toLowerCase() === 'b') return Buffer.from(text, 'base64');
  return Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
}

// A run of encoded words; words of one charset are read together, as decoders join them, and
// only those the label misreads are written anew.
function recodeEncodedWords(run: string, declared: readonly string[]): string {
  const groups: EncodedWords[] = [];
  for (const [source, charset, encoding, text] of run.matchAll(ENCODED_WORD)) {
    const bytes = wordBytes(encoding, text);
    const last = groups[groups.length - 1];
    if (last && last.charset === charset.toLowerCase()) {
      last.bytes = Buffer.concat([last.bytes, bytes]);
      last.source += source;
    } else groups.push({ charset: charset.toLowerCase(), bytes, source });
  }
  const texts = groups.map((group) => misread(group, declared));
  if (texts.every((text) => text === null)) return run;
  return groups.map((group, index) => {
    const text = texts[index];
    return text === null ? group.source : `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
  }).join(' ');
}

// The text of words their label misreads, or null when the label reads them right: UTF-8 bytes
// are UTF-8 under any Latin label; a label that cannot read the bytes gives way to
// legacy-charset.ts.
function misread(words: EncodedWords, declared: readonly string[]): string | null {
  if (!/[\x80-\xff]/.test(words.bytes.toString('latin1'))) return null;
  const utf8 = isUtf8(words.bytes);
  if (/^(utf-?8|us-ascii|ascii)$/.test(words.charset)) return utf8 ? null : decodeLegacyBytes(words.bytes, { declared }).text;
  if (utf8 && scriptOf(words.charset) === 'latin') return words.bytes.toString('utf8');
  const read = decodeLegacyBytes(words.bytes, { label: words.charset, declared });
  // 8-bit bytes written raw inside a word are garbled by decoders even under the right label.
  return read.charset === words.charset && !/[\x80-\xff]/.test(words.source) ? null : read.text;
}

// Every charset the message names (its parts' labels, HTML meta tags): the likeliest charsets of
// its unlabelled header text.
function declaredCharsets(raw: Buffer): string[] {
  const text = raw.subarray(0, 1024 * 1024).toString('latin1');
  return [...new Set([...text.matchAll(CHARSET)].map((match) => match[1].toLowerCase()))];
}

// The header sections of MIME parts (after each boundary line, up to the blank line) recoded as
// the top-level one. The message comes back unchanged (the same Buffer) when nothing needed it.
function recodePartHeaders(raw: Buffer, declared: readonly string[]): Buffer {
  const boundaries = new Set([...raw.subarray(0, 1024 * 1024).toString('latin1').matchAll(BOUNDARY)].map((match) => match[1] ?? match[2]));
  const blocks: [number, number][] = [];
  for (const boundary of boundaries) {
    const delimiter = Buffer.from(`\n--${boundary}`, 'latin1');
    for (let at = raw.indexOf(delimiter); at >= 0; at = raw.indexOf(delimiter, at + delimiter.length)) {
      const start = raw.indexOf(LF, at + delimiter.length) + 1;
      if (start === 0) break;
      const blank = /\r?\n\r?\n/.exec(raw.subarray(start, start + 64 * 1024).toString('latin1'));
      blocks.push([start, blank ? start + blank.index + 1 : start]);
    }
  }
  blocks.sort((a, b) => a[0] - b[0]);
  const pieces: Buffer[] = [];
  let done = 0;
  for (const [start, end] of blocks) {
    if (start < done || end <= start) continue;
    const head = raw.subarray(start, end).toString('latin1');
    const recoded = headerLines(head).map((line) => recodeHeader(line, declared)).join('');
    if (recoded === head) continue;
    pieces.push(raw.subarray(done, start), Buffer.from(recoded, 'latin1'));
    done = end;
  }
  if (!pieces.length) return raw;
  pieces.push(raw.subarray(done));
  return Buffer.concat(pieces);
}
