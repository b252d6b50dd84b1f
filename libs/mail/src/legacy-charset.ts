import iconv from 'iconv-lite';
import { decodeWindows1252 } from './charset-choice';

// Reads 8-bit bytes that are not UTF-8 (raw header text of older senders, encoded words whose
// label is wrong) in the charset they were most likely written in: first the charsets the message
// declares, then a detection among the legacy charsets of e-mail. A charset is taken only when it
// reads every byte, gives the same bytes back when the text is encoded again, and yields text of
// the script it is made for; Windows-1252, which reads any byte, is the last resort.

type Script = 'ja' | 'ko' | 'zh-hans' | 'zh-hant' | 'cyrillic' | 'latin';

const SCRIPTS: [RegExp, Script][] = [
  [/^(shift[-_]?jis|sjis|x-sjis|cp932|windows-31j|ms_kanji|euc-jp|x-euc-jp|iso-2022-jp.*)$/, 'ja'],
  [/^(euc-kr|ks_c_5601-1987|ksc5601|cp949|korean|windows-949)$/, 'ko'],
  [/^(gb2312|gbk|gb18030|cp936|euc-cn|x-gbk|csgb2312|windows-936)$/, 'zh-hans'],
  [/^(big5|big5-hkscs|cp950|x-x-big5|csbig5)$/, 'zh-hant'],
  [/^(koi8-?[ru]|windows-1251|cp1251|iso-8859-5|cp866|ibm866)$/, 'cyrillic'],
];

// What a failing label of a script says about the bytes: ISO-2022-JP labels often hold Shift_JIS,
// GB2312 labels GBK. ISO-2022-JP itself is 7-bit and never reads 8-bit bytes.
const READ_AS: Record<Script, string[]> = {
  ja: ['shift_jis', 'euc-jp'],
  ko: ['euc-kr'],
  'zh-hans': ['gb18030'],
  'zh-hant': ['big5'],
  cyrillic: ['koi8-r', 'windows-1251'],
  latin: ['windows-1252'],
};

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const KANA = /[\u3040-\u30ff]/;
const HANGUL = /[\uac00-\ud7a3\u3130-\u318f]/;
// Punctuation and symbols East-Asian text mixes in: CJK punctuation, full-width forms, general
// punctuation, enclosed numbers, geometric shapes.
const CJK_SYMBOL = /[\u3000-\u303f\uff01-\uff5e\u2010-\u203b\u2460-\u24ff\u25a0-\u25ff\u00a7\u00b7\u00d7\u00f7]/;
const CYRILLIC = /[\u0400-\u04ff\u00ab\u00bb\u2013\u2014\u201c-\u201e\u2018\u2019\u2026\u2116]/;
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]/;
// The signs Latin-script text writes outside ASCII; others (‰ ‹ ‚ ¼ ¨) are the marks of bytes
// of another charset read as Latin.
const LATIN_SIGN = /[‘’“”„–—…€•«»°§©®™·¡¿×÷±£¥¢\u00a0]/;
const WORDS = /[\p{L}\p{M}]+/gu;

// How far a reading is trusted: the charset the text itself names, one the message names
// elsewhere, or one guessed.
type Trust = 'labelled' | 'declared' | 'detected';

export function scriptOf(charset: string): Script {
  const label = charset.toLowerCase();
  return SCRIPTS.find(([pattern]) => pattern.test(label))?.[1] ?? 'latin';
}

function decoded(bytes: Uint8Array, charset: string): string | null {
  if (!iconv.encodingExists(charset)) return null;
  const buffer = Buffer.from(bytes);
  const text = iconv.decode(buffer, charset);
  if (CONTROL.test(text.replace(/[\t\r\n]/g, ''))) return null;
  return iconv.encode(text, charset).equals(buffer) ? text : null;
}

function nonAscii(text: string): string[] {
  return [...text].filter((char) => char > '\x7f');
}

const words = (text: string) => text.match(WORDS) ?? [];

// Whether the text reads as the script. A guess, or a charset the message names for other text,
// needs more evidence than a label: kana in Japanese, Hangul over Hanja in Korean, Chinese
// characters of two 8-bit bytes (Latin text read as GBK pairs an accented letter with the ASCII
// letter after it), Cyrillic words without Latin letters in them, Latin text without signs Latin
// text does not use and without words of 8-bit letters only ("¼¨Ð§¹ÜÀí" is what East-Asian or
// Cyrillic text looks like when read as Latin).
function looksLike(text: string, charset: string, trust: Trust): boolean {
  const chars = nonAscii(text);
  const guessed = trust !== 'labelled';
  const only = (...patterns: RegExp[]) => chars.every((char) => CJK_SYMBOL.test(char) || patterns.some((pattern) => pattern.test(char)));
  switch (scriptOf(charset)) {
    case 'ja':
      return only(HAN, KANA) && (!guessed || chars.some((char) => KANA.test(char)));
    case 'ko': {
      if (!only(HANGUL, HAN)) return false;
      const hangul = chars.filter((char) => HANGUL.test(char)).length;
      return !guessed || hangul >= 0.9 * (hangul + chars.filter((char) => HAN.test(char)).length);
    }
    case 'zh-hans':
    case 'zh-hant':
      return only(HAN) && (!guessed || chars.every((char) => iconv.encode(char, charset).every((byte) => byte >= 0x80)));
    case 'cyrillic':
      return chars.every((char) => CYRILLIC.test(char)) && (trust === 'labelled' || words(text).every((word) => !/[a-z]/i.test(word) || !/[^\x00-\x7f]/.test(word)));
    case 'latin': {
      if (trust === 'labelled') return true;
      const letters = chars.filter((char) => /\p{L}/u.test(char)).length;
      return chars.every((char) => /\p{L}/u.test(char) || LATIN_SIGN.test(char)) && letters >= chars.length / 2 && words(text).every((word) => word.length < 3 || /[\x00-\x7f]/.test(word));
    }
  }
}

// Among readings that all look right, the one whose characters sit where the charset keeps its
// common ones: GB2312's level 1 (lead bytes B0-D7) against Big5's frequent range (A4-C6); for
// Cyrillic, lower-case letters dominate real text (KOI8-R and Windows-1251 swap the cases).
function likelihood(text: string, charset: string): number {
  const chars = nonAscii(text);
  if (!chars.length) return 0;
  const share = (test: (char: string) => boolean) => chars.filter(test).length / chars.length;
  const lead = (char: string) => iconv.encode(char, charset)[0];
  if (charset === 'gb18030') return share((char) => lead(char) >= 0xb0 && lead(char) <= 0xd7);
  if (charset === 'big5') return share((char) => lead(char) >= 0xa4 && lead(char) <= 0xc6);
  return share((char) => char !== char.toUpperCase());
}

// Cyrillic first: its charsets put box-drawing signs and symbols where East-Asian text has most of
// its bytes, so East-Asian text seldom passes for Cyrillic; the reverse is common.
const DETECTION: { charsets: string[]; least: number }[] = [
  { charsets: ['koi8-r', 'windows-1251'], least: 0.5 },
  { charsets: ['shift_jis', 'euc-jp'], least: 0 },
  { charsets: ['euc-kr'], least: 0 },
  { charsets: ['gb18030', 'big5'], least: 0 },
];

export interface LegacyText {
  text: string;
  charset: string;
}

export interface CharsetHints {
  // The charset the text names itself (an encoded word's label).
  label?: string | null;
  // The charsets the message names elsewhere (its parts, HTML meta tags).
  declared?: readonly string[];
}

const usable = (label: string) => !/^(utf-?8|us-ascii|ascii)$/.test(label);

export function decodeLegacyBytes(bytes: Uint8Array, { label = null, declared = [] }: CharsetHints): LegacyText {
  const named: [string, Trust][] = [
    ...(label ? [[label.trim().toLowerCase(), 'labelled'] as [string, Trust]] : []),
    ...declared.map((charset) => [charset.trim().toLowerCase(), 'declared'] as [string, Trust]),
  ];
  const tried = new Set<string>();
  for (const [charset, trust] of named) {
    if (!charset || !usable(charset) || tried.has(charset)) continue;
    tried.add(charset);
    for (const candidate of [charset, ...READ_AS[scriptOf(charset)]]) {
      const text = decoded(bytes, candidate);
      if (text !== null && looksLike(text, charset, trust)) return { text, charset: candidate };
    }
  }
  const latin = { text: decodeWindows1252(bytes), charset: 'windows-1252' };
  if (looksLike(latin.text, 'windows-1252', 'detected')) return latin;
  for (const { charsets, least } of DETECTION) {
    const readings = charsets.flatMap((charset) => {
      const text = decoded(bytes, charset);
      return text !== null && looksLike(text, charset, 'detected') ? [{ text, charset, likelihood: likelihood(text, charset) }] : [];
    });
    const best = readings.reduce<(typeof readings)[number] | null>((top, next) => (top && top.likelihood >= next.likelihood ? top : next), null);
    if (best && best.likelihood >= least) return { text: best.text, charset: best.charset };
  }
  return latin;
}
