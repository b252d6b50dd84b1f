import sanitizeHtml from 'sanitize-html';

// Mail HTML is shown to agents inside the application: nothing in it may run, call home or
// reach outside the message. Kept: text formatting, lists, tables, links, images embedded in the
// message (cid: parts and data: URLs). Dropped: scripts, styles sheets, event handlers, forms,
// frames, remote images (tracking pixels) and any style that could load something.

const COLOR = /^(#[0-9a-f]{3,8}|[a-z]+|rgba?\([\d\s.,%]+\))$/i;
const SIZE = /^\d+(\.\d+)?(px|pt|em|rem|%)?$/i;
const CELL = ['colspan', 'rowspan', 'align', 'valign', 'width'];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'font', 'center'],
  allowedAttributes: {
    '*': ['style', 'dir', 'lang', 'title'],
    a: ['href', 'name', 'rel', 'target'],
    img: ['src', 'alt', 'width', 'height'],
    font: ['color'],
    ol: ['start', 'type'],
    table: ['border', 'cellpadding', 'cellspacing', 'width'],
    td: CELL,
    th: CELL,
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['cid', 'data'] },
  allowProtocolRelative: false,
  allowedStyles: {
    '*': {
      color: [COLOR],
      'background-color': [COLOR],
      'font-weight': [/^(bold|bolder|normal|[1-9]00)$/i],
      'font-style': [/^(italic|normal)$/i],
      'font-size': [SIZE],
      'text-decoration': [/^(underline|line-through|none)$/i],
      'text-align': [/^(left|right|center|justify)$/i],
    },
  },
  // Text inside these is not content (a <title> would otherwise show up in the body).
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'head'],
  // An image whose remote source was removed shows nothing; drop the element.
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer nofollow', target: '_blank' } }),
  },
};

export function sanitizeMailHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'caption', 'center', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'header', 'main', 'nav', 'section', 'table', 'tbody', 'tfoot', 'thead', 'tr',
]);
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'pre', 'blockquote']);
const TOKEN = /<(\/?)([a-z][a-z0-9]*)\b([^>]*)>|[^<]+|</g;
const ENTITY = /&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (_match, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower.startsWith('#')) {
      const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return NAMED[lower];
  });
}

interface Line {
  depth: number;
  text: string;
}

// Plain text of sanitized HTML (the output of sanitizeMailHtml, so well-formed): paragraphs and
// line breaks kept, list items as "- ", quoted blocks prefixed with "> " so that quote stripping
// works on HTML-only mail as on text mail, links followed by their address.
export function textFromHtml(html: string): string {
  const lines: Line[] = [];
  let current: Line = { depth: 0, text: '' };
  let depth = 0;
  let pre = 0;
  let href: string | null = null;
  let linkText = '';

  const add = (text: string) => {
    if (!text) return;
    if (current.text === '') {
      current.depth = depth;
      if (!pre) text = text.replace(/^ +/, '');
    }
    current.text += text;
    if (href !== null) linkText += text;
  };
  const lineBreak = () => {
    lines.push(current.text ? current : { depth, text: '' });
    current = { depth, text: '' };
  };
  const blockBreak = () => {
    if (current.text) lineBreak();
  };
  const paragraphBreak = () => {
    blockBreak();
    const last = lines[lines.length - 1];
    if (last && last.text !== '') lineBreak();
  };

  for (const match of html.matchAll(TOKEN)) {
    const [token, closing, tag, attributes] = match;
    if (!tag) {
      const text = decodeEntities(token);
      if (pre) {
        const parts = text.split('\n');
        parts.forEach((part, index) => {
          if (index > 0) lineBreak();
          add(part);
        });
      } else add(text.replace(/[\s\u00a0]+/g, ' '));
      continue;
    }
    if (tag === 'br') lineBreak();
    else if (tag === 'hr') {
      blockBreak();
      add('________________________________');
      lineBreak();
    } else if (tag === 'li') {
      blockBreak();
      if (!closing) add('- ');
    } else if (tag === 'td' || tag === 'th') {
      if (closing) add(' ');
    } else if (tag === 'a') {
      if (!closing) {
        href = decodeEntities(/\bhref="([^"]*)"/.exec(attributes)?.[1] ?? '');
        linkText = '';
      } else {
        const target = href;
        href = null;
        const shown = linkText.trim();
        if (target && /^https?:/i.test(target) && shown !== target) add(` <${target}>`);
      }
    } else if (PARAGRAPH.has(tag)) {
      paragraphBreak();
      if (tag === 'blockquote') depth = Math.max(0, depth + (closing ? -1 : 1));
      if (tag === 'pre') pre = Math.max(0, pre + (closing ? -1 : 1));
    } else if (BLOCK.has(tag)) blockBreak();
  }
  blockBreak();

  const rendered = lines.map(({ depth: level, text }) => `${'> '.repeat(level)}${text}`.replace(/[ \t]+$/, ''));
  // Blank lines, quoted or not, at either end carry nothing.
  const empty = (line: string) => /^[> ]*$/.test(line);
  while (rendered.length && empty(rendered[rendered.length - 1])) rendered.pop();
  while (rendered.length && empty(rendered[0])) rendered.shift();
  return rendered.join('\n').replace(/\n{3,}/g, '\n\n');
}
