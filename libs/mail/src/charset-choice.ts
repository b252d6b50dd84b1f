import { TextDecoder } from 'node:util';
// Which charset to decode a text part with. Labels in the wild are often wrong or missing: UTF-8
// labelled ISO-8859-1, Windows-1252 labelled UTF-8, made-up names. Bytes that are valid UTF-8 with
// multi-byte sequences are practically never Latin text, so they are read as UTF-8 whatever the
// label says; bytes that are not valid UTF-8 under a UTF-8 or unknown label are read as
// Windows-1252, which decodes every byte (and is what ISO-8859-1 senders really write).

export interface CharsetChoice {
  charset: string;
  problem: string | null;
}

const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);
const ASCII_LABELS = new Set(['us-ascii', 'ascii', 'ansi_x3.4-1968', 'iso646-us', 'us']);
// Labels that browsers read as Windows-1252 (WHATWG Encoding): the C1 range is always its glyphs.
const WINDOWS_1252_LABELS = new Set(['iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'latin-1', 'l1', 'cp819', 'windows-1252', 'cp1252']);
const SINGLE_BYTE = /^(iso[-_]?8859[-_]?\d+|latin-?\d|l\d|windows-125\d|cp-?125\d|koi8-?[ru])$/;
// ISO-2022-JP shifts with ESC $ B, ESC $ @ or ESC ( J in otherwise 7-bit text.
const JIS_ESCAPE = /\x1b(\$[@B]|\(J)/;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function isAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return false;
  return true;
}

export function chooseCharset(bytes: Uint8Array, declared: string | null, known: (charset: string) => boolean): CharsetChoice {
  const label = (declared ?? '').trim().replace(/^["']|["']$/g, '').toLowerCase();
  const utf8Label = label === '' || UTF8_LABELS.has(label) || ASCII_LABELS.has(label);
  if (isAscii(bytes)) {
    if (JIS_ESCAPE.test(Buffer.from(bytes).toString('latin1')) && !/2022|jis/.test(label)) {
      return { charset: 'iso-2022-jp', problem: `charset: text labelled "${label || 'none'}" is ISO-2022-JP; read as such` };
    }
    // 7-bit text reads the same in every ASCII-compatible charset; UTF-7 and UTF-16 are not, so a
    // known label is still honoured.
    return { charset: utf8Label || !known(label) ? 'utf-8' : label, problem: null };
  }
  if (utf8Label) {
    if (isUtf8(bytes)) return { charset: 'utf-8', problem: null };
    return { charset: 'windows-1252', problem: `charset: text labelled "${label || 'none'}" is not UTF-8; read as Windows-1252` };
  }
  if (!known(label)) {
    const charset = isUtf8(bytes) ? 'utf-8' : 'windows-1252';
    return { charset, problem: `charset: unknown charset "${label}"; read as ${charset === 'utf-8' ? 'UTF-8' : 'Windows-1252'}` };
  }
  if ((SINGLE_BYTE.test(label) || WINDOWS_1252_LABELS.has(label)) && isUtf8(bytes)) {
    return { charset: 'utf-8', problem: `charset: text labelled "${label}" is UTF-8; read as UTF-8` };
  }
  return { charset: WINDOWS_1252_LABELS.has(label) ? 'windows-1252' : label, problem: null };
}

// Windows-1252 differs from ISO-8859-1 in 0x80-0x9F only. Written out because Node's
// TextDecoder('windows-1252') decodes as ISO-8859-1, turning curly quotes into control codes.
const C1 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes)
    .toString('latin1')
    .replace(/[\x80-\x9f]/g, (char) => C1[char.charCodeAt(0) - 0x80]);
}

// Bytes of unknown charset as text: UTF-8 when they are, Windows-1252 otherwise.
export function decodeText(bytes: Uint8Array): string {
  return isUtf8(bytes) ? Buffer.from(bytes).toString('utf8') : decodeWindows1252(bytes);
}

// A decoder for a declared charset, or null when it is not one TextDecoder knows. The
// ISO-8859-1 family goes through decodeWindows1252 (see there).
export function decoderFor(label: string): ((bytes: Uint8Array) => string) | null {
  const normalized = label.trim().toLowerCase();
  if (WINDOWS_1252_LABELS.has(normalized) || ASCII_LABELS.has(normalized)) return decodeWindows1252;
  try {
    const decoder = new TextDecoder(normalized);
    return (bytes) => decoder.decode(bytes);
  } catch {
    return null;
  }
}
