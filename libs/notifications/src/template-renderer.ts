// Mail templates: `{{dotted.name}}` placeholders in plain text. One source per template, the
// plain-text body; the HTML part is derived from it, so there is no second version to drift
// apart and no manager-written HTML to sanitise. Pure: no Nest, no database.

export interface TemplateText {
  subject: string;
  body: string;
}

// A value already rendered as safe HTML by the sender (say a message kept as sanitised HTML),
// with its plain-text form for the text part and the subject. Inserted into the HTML part as is.
export interface TrustedHtml {
  text: string;
  html: string;
}

export type VariableValue = string | TrustedHtml;
export type TemplateValues = Readonly<Record<string, VariableValue | null | undefined>>;

export interface RenderOptions {
  // The "reply above this line" marker. The sender passes it for ticket mails (the parser cuts
  // the quoted history below it); it goes on top of both parts and never into a template.
  replyAbove?: string;
  // The instance's branding: its name on top of the HTML part, in its colour (none: plain).
  brand?: { name: string; color: string | null } | null;
}

export interface RenderedMail {
  // One line: line breaks in values become spaces, so no value can add a header.
  subject: string;
  text: string;
  // A whole HTML document: paragraphs from blank lines, <br> from line breaks, links from URLs.
  html: string;
}

export type TemplateField = keyof TemplateText;

export interface TemplateProblem {
  field: TemplateField;
  problem: 'malformed-placeholder' | 'unknown-variable' | 'reference-required' | 'empty' | 'multi-line';
  // The offending text as written, e.g. `{{ticket.numbr}}`.
  placeholder?: string;
  message: string;
}

type Segment = { literal: string } | { variable: string; source: string };

const NAME = /^[a-z][a-zA-Z0-9]*(?:\.[a-z][a-zA-Z0-9]*)*$/;
const OPEN = '{{';
const CLOSE = '}}';

// Splits a template into literal text and placeholders. `{{` always opens a placeholder and a
// `}}` outside one is refused: a half-typed placeholder must not go out as text unnoticed.
// Malformed parts are kept as literal text, so rendering never fails.
export function parseTemplate(source: string): { segments: Segment[]; malformed: string[] } {
  const segments: Segment[] = [];
  const malformed: string[] = [];
  const literal = (text: string) => {
    if (!text) return;
    const stray = text.indexOf(CLOSE);
    if (stray >= 0) malformed.push(excerpt(text, Math.max(0, stray - 20), stray + CLOSE.length));
    segments.push({ literal: text });
  };
  let at = 0;
  while (at < source.length) {
    const open = source.indexOf(OPEN, at);
    if (open < 0) break;
    literal(source.slice(at, open));
    const close = source.indexOf(CLOSE, open + OPEN.length);
    const nested = source.indexOf(OPEN, open + OPEN.length);
    if (close < 0 || (nested >= 0 && nested < close)) {
      const end = nested >= 0 ? nested : source.length;
      malformed.push(excerpt(source, open, Math.min(close < 0 ? source.length : close + CLOSE.length, open + 40)));
      segments.push({ literal: source.slice(open, end) });
      at = end;
      continue;
    }
    const placeholder = source.slice(open, close + CLOSE.length);
    const name = source.slice(open + OPEN.length, close).trim();
    if (NAME.test(name)) segments.push({ variable: name, source: placeholder });
    else {
      malformed.push(placeholder);
      segments.push({ literal: placeholder });
    }
    at = close + CLOSE.length;
  }
  literal(source.slice(at));
  return { segments, malformed };
}

function excerpt(text: string, from: number, to: number): string {
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}

export interface TemplateRules {
  // The variables the template may use.
  variables: readonly string[];
  // A ticket mail: the subject must carry `[{{ticket.reference}}]`.
  threaded: boolean;
}

// Everything wrong with a template, for the save-time check (an empty list: it may be saved).
export function templateProblems(template: TemplateText, rules: TemplateRules): TemplateProblem[] {
  const known = new Set(rules.variables);
  const problems: TemplateProblem[] = [];
  for (const field of ['subject', 'body'] as const) {
    const source = template[field];
    if (!source.trim()) problems.push({ field, problem: 'empty', message: `The ${field} is empty` });
    const { segments, malformed } = parseTemplate(source);
    for (const placeholder of malformed) {
      problems.push({ field, problem: 'malformed-placeholder', placeholder, message: `Malformed placeholder in the ${field}: ${placeholder}` });
    }
    for (const segment of segments) {
      if ('variable' in segment && !known.has(segment.variable)) {
        problems.push({
          field,
          problem: 'unknown-variable',
          placeholder: segment.source,
          message: `Unknown variable in the ${field}: ${segment.source}`,
        });
      }
    }
  }
  if (/[\r\n]/.test(template.subject)) problems.push({ field: 'subject', problem: 'multi-line', message: 'The subject must be one line' });
  if (rules.threaded && !carriesReference(template.subject)) {
    problems.push({
      field: 'subject',
      problem: 'reference-required',
      placeholder: '[{{ticket.reference}}]',
      message: 'The subject of a ticket mail must contain [{{ticket.reference}}]: replies find their ticket by it',
    });
  }
  return problems;
}

function carriesReference(subject: string): boolean {
  const { segments } = parseTemplate(subject);
  return segments.some((segment, index) => {
    if (!('variable' in segment) || segment.variable !== 'ticket.reference') return false;
    const before = segments[index - 1];
    const after = segments[index + 1];
    return !!before && 'literal' in before && before.literal.endsWith('[') && !!after && 'literal' in after && after.literal.startsWith(']');
  });
}

// Fills in the values. A variable without a value renders as nothing (the blank lines it leaves
// are folded), so a missing optional value never shows a raw placeholder to a recipient.
export function renderTemplate(template: TemplateText, values: TemplateValues, options: RenderOptions = {}): RenderedMail {
  const trusted: string[] = [];
  const asText = (value: VariableValue | null | undefined) => clean(typeof value === 'string' ? value : (value?.text ?? ''));
  const subject = substitute(template.subject, (name) => asText(values[name])).replace(/\s+/g, ' ').trim();
  const text = tidy(substitute(template.body, (name) => asText(values[name])));
  // The HTML part is the same text with trusted HTML values held by markers until the end.
  const marked = tidy(
    substitute(template.body, (name) => {
      const value = values[name];
      if (value === null || value === undefined || typeof value === 'string') return asText(value);
      trusted.push(value.html);
      return `${HOLD}${trusted.length - 1}${RELEASE}`;
    }),
  );
  const marker = options.replyAbove;
  return {
    subject,
    text: marker ? `${marker}\n\n${text}` : text,
    html: htmlDocument((marker ? `<p style="color:#888888">${escapeHtml(marker)}</p>\n` : '') + branded(htmlBody(marked, trusted), options.brand)),
  };
}

function substitute(source: string, value: (name: string) => string): string {
  return parseTemplate(clean(source))
    .segments.map((segment) => ('variable' in segment ? value(segment.variable) : segment.literal))
    .join('');
}

// Private-use characters hold the place of trusted HTML; they cannot come from anywhere else.
const HOLD = '\uE000';
const RELEASE = '\uE001';
const held = new RegExp(`${HOLD}(\\d+)${RELEASE}`, 'g');

function clean(value: string): string {
  return value.replace(/[\uE000\uE001]/g, '').replace(/\r\n?/g, '\n');
}

// Trailing spaces go, runs of blank lines (left by empty values) fold into one.
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function branded(body: string, brand: RenderOptions['brand']): string {
  if (!brand) return body;
  const color = brand.color ?? '#1c7ed6';
  return (
    `<div style="border-top:4px solid ${color};padding-top:12px">\n` +
    `<p style="margin:0 0 16px;font-weight:bold;color:${color}">${escapeHtml(brand.name)}</p>\n${body}</div>\n`
  );
}

function htmlDocument(body: string): string {
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n${body}</body></html>\n`;
}

function htmlBody(text: string, trusted: string[]): string {
  const release = (html: string) => html.replace(held, (_match, index: string) => trusted[Number(index)] ?? '');
  return text
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph.trim())
    .map((paragraph) => {
      // A trusted value alone in its paragraph brings its own blocks.
      if (new RegExp(`^${HOLD}\\d+${RELEASE}$`).test(paragraph.trim())) return `${release(paragraph.trim())}\n`;
      return `<p>${paragraph.split('\n').map((line) => release(linked(line))).join('<br>\n')}</p>\n`;
    })
    .join('');
}

const URL_PATTERN = /https?:\/\/[^\s<>"\uE000\uE001]+/g;

// Escapes a line and turns the web addresses in it into links.
function linked(line: string): string {
  let html = '';
  let at = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    const url = withoutTrailingPunctuation(match[0]);
    html += escapeHtml(line.slice(at, match.index)) + `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
    at = (match.index ?? 0) + url.length;
  }
  return html + escapeHtml(line.slice(at));
}

// "See https://example.org/x." links https://example.org/x; a closing parenthesis stays
// part of the address only when it opened one too.
function withoutTrailingPunctuation(url: string): string {
  let end = url.length;
  while (end > 0) {
    const last = url[end - 1];
    if (/[.,;:!?'"\]}]/.test(last)) end -= 1;
    else if (last === ')' && !url.slice(0, end).includes('(')) end -= 1;
    else break;
  }
  return url.slice(0, end);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string);
}
