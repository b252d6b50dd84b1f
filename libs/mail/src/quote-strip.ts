// The new text of a reply: what the sender wrote, without the history their mail client quoted
// below (or, bottom-posted, above) it. The caller keeps the full original; this only decides
// what a thread shows first.

export const REPLY_LANGUAGES = ['en', 'ca', 'es', 'de', 'nl'] as const;
export type ReplyLanguage = (typeof REPLY_LANGUAGES)[number];

// The line our outgoing mail carries at its top, in the recipient's language.
export const REPLY_ABOVE_MARKER: Record<ReplyLanguage, string> = {
  en: '-- Reply above this line --',
  ca: "-- Responeu per sobre d'aquesta línia --",
  es: '-- Responda por encima de esta línea --',
  de: '-- Bitte oberhalb dieser Zeile antworten --',
  nl: '-- Antwoord boven deze regel --',
};

// Written on the marker line after the text, so that the cut does not depend on the language the
// mail went out in nor on a client translating or re-punctuating the line.
export const REPLY_ABOVE_TOKEN = '#-tsr-#';

// The whole marker line for outgoing mail.
export function replyAboveLine(language: ReplyLanguage): string {
  return `${REPLY_ABOVE_MARKER[language]} ${REPLY_ABOVE_TOKEN}`;
}

export type QuoteCut = 'marker' | 'quote-header' | 'original-message' | 'outlook-header' | 'quoted-block';

export interface StrippedReply {
  text: string;
  // What was cut off (empty when nothing was).
  quoted: string;
  cutBy: QuoteCut | null;
  // The signature at the end of `text` (from a "-- " line on), kept in the text as the sender
  // wrote it; null when there is none.
  signature: string | null;
}

const MARKER_TEXTS = Object.values(REPLY_ABOVE_MARKER).map(bare);
// `On <date>, <person> wrote:` and its translations; clients wrap it over up to three lines.
const QUOTE_HEADER_START = /^[ \t]*(?:-+[ \t]*)?(on|am|el|op|le|il|em)[ \t]/i;
const QUOTE_HEADER_END =
  /(wrote|writes|schrieb|escribió|escribio|va escriure|ha escrit|schreef|heeft geschreven|a écrit|ha scritto|escreveu)(?!\p{L})[^\n]{0,80}?:[ \t]*$/iu;
const ORIGINAL_MESSAGE =
  /^[ \t]*-{2,}[ \t]*(original message|original-nachricht|ursprüngliche nachricht|originalnachricht|mensaje original|missatge original|oorspronkelijk bericht|origineel bericht|message d'origine)[ \t]*-{2,}[ \t]*$/i;
const OUTLOOK_FROM = /^[ \t]*\*?(from|von|de|van|da)[ \t]*:\*?[ \t]+\S/i;
const OUTLOOK_FIELDS = [
  OUTLOOK_FROM,
  /^[ \t]*\*?(sent|date|gesendet|datum|enviado|enviat|fecha|data|verzonden|envoyé)[ \t]*:/i,
  /^[ \t]*\*?(to|an|para|per a|aan|à|a)[ \t]*:/i,
  /^[ \t]*\*?(subject|betreff|asunto|assumpte|onderwerp|objet|oggetto)[ \t]*:/i,
];
const SEPARATOR = /^[ \t]*[-_=]{5,}[ \t]*$/;
const QUOTED = /^[ \t]*>/;
const SIGNATURE = /^-- ?$/;

// Marker text without quote prefixes, dashes and case, so a re-punctuated copy still matches.
function bare(line: string): string {
  return line
    .replace(/^[\s>]+/, '')
    .replace(/[-–—#*_\s]+/g, ' ')
    .trim()
    .toLowerCase();
}

function blank(line: string | undefined): boolean {
  return line !== undefined && line.trim() === '';
}

// Lines a quote header starting at `index` spans (1 to 3), or 0.
function quoteHeaderAt(lines: string[], index: number): number {
  if (!QUOTE_HEADER_START.test(lines[index])) return 0;
  for (let span = 1; span <= 3 && index + span <= lines.length; span++) {
    const joined = lines.slice(index, index + span).join(' ');
    if (QUOTE_HEADER_END.test(joined)) return span;
  }
  return 0;
}

// A block of From / Sent / To / Subject lines: starting with From, or in any order right under a
// separator rule (Outlook.com puts Date first).
function outlookHeaderAt(lines: string[], index: number): boolean {
  const underRule = SEPARATOR.test(lines[index - 1] ?? '');
  if (!OUTLOOK_FROM.test(lines[index]) && !(underRule && OUTLOOK_FIELDS.some((field) => field.test(lines[index])))) return false;
  const block = lines.slice(index, index + 7);
  return OUTLOOK_FIELDS.filter((field) => block.some((line) => field.test(line))).length >= 3;
}

// An attribution line right above quoted text: ends with a colon and names someone or a date.
function attributionAt(lines: string[], index: number): boolean {
  const line = lines[index];
  return line !== undefined && /:[ \t]*$/.test(line) && (/@|\d/.test(line) || QUOTE_HEADER_END.test(line));
}

// Moves a cut up over the blank lines, separator and attribution that belong to the quote below.
function extendUp(lines: string[], cut: number): number {
  let at = cut;
  while (blank(lines[at - 1])) at--;
  if (SEPARATOR.test(lines[at - 1] ?? '')) {
    at--;
    while (blank(lines[at - 1])) at--;
  }
  if (!QUOTED.test(lines[cut] ?? '') || !attributionAt(lines, at - 1)) return at;
  at--;
  // A wrapped attribution: `... "bob@x" <` / `bob@x> wrote:`.
  if (/[<,][ \t]*$/.test(lines[at - 1] ?? '') || /^[ \t]*<?[^\s@]+@/.test(lines[at])) at--;
  while (blank(lines[at - 1])) at--;
  return at;
}

// The first line of the quoted history that ends the message, or -1.
function trailingQuote(lines: string[]): number {
  let start = -1;
  for (let index = lines.length - 1; index >= 0; index--) {
    if (QUOTED.test(lines[index])) start = index;
    else if (!blank(lines[index])) break;
  }
  return start;
}

function firstCut(lines: string[]): { at: number; by: QuoteCut } | null {
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (line.includes(REPLY_ABOVE_TOKEN) || MARKER_TEXTS.includes(bare(line))) return { at: index, by: 'marker' };
    if (quoteHeaderAt(lines, index)) return { at: index, by: 'quote-header' };
    if (ORIGINAL_MESSAGE.test(line)) return { at: index, by: 'original-message' };
    if (outlookHeaderAt(lines, index)) return { at: index, by: 'outlook-header' };
  }
  const quote = trailingQuote(lines);
  return quote >= 0 ? { at: quote, by: 'quoted-block' } : null;
}

// Bottom-posting: the message opens with the quote (and its attribution), the reply follows and
// nothing is quoted after it. Returns where the reply starts, or 0.
function leadingQuoteEnd(lines: string[]): number {
  let index = 0;
  while (blank(lines[index])) index++;
  index += quoteHeaderAt(lines, index) || (attributionAt(lines, index) && QUOTED.test(lines[index + 1] ?? '') ? 1 : 0);
  if (!QUOTED.test(lines[index] ?? '')) return 0;
  while (index < lines.length && (QUOTED.test(lines[index]) || blank(lines[index]))) index++;
  if (index >= lines.length || lines.slice(index).some((line) => QUOTED.test(line))) return 0;
  return index;
}

function tidy(lines: string[]): string {
  return lines.join('\n').replace(/^([ \t]*\n)+/, '').trimEnd();
}

function signatureOf(text: string): string | null {
  const lines = text.split('\n');
  for (let index = lines.length - 1; index > 0; index--) {
    if (SIGNATURE.test(lines[index])) return lines.slice(index).join('\n');
  }
  return null;
}

export function stripQuotes(text: string): StrippedReply {
  const all = text.replace(/\r\n?/g, '\n').split('\n');
  const replyStart = leadingQuoteEnd(all);
  const lines = all.slice(replyStart);
  const cut = firstCut(lines);
  const at = cut ? extendUp(lines, cut.at) : lines.length;
  const reply = tidy(lines.slice(0, at));
  if (!reply.trim()) {
    const whole = tidy(all);
    return { text: whole, quoted: '', cutBy: null, signature: signatureOf(whole) };
  }
  const quoted = [tidy(all.slice(0, replyStart)), tidy(lines.slice(at))].filter(Boolean).join('\n\n');
  const cutBy = cut?.by ?? (replyStart > 0 ? 'quoted-block' : null);
  return { text: reply, quoted, cutBy, signature: signatureOf(reply) };
}
