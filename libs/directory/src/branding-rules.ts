import sanitizeHtml from 'sanitize-html';
import { LOGO_TYPES, LogoType } from './directory.entities';

// The contrast of white text on the colour (WCAG 2 relative luminance), from 1 to 21.
export function contrastWithWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => channel(parseInt(hex.slice(at, at + 2), 16) / 255));
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 1.05 / (luminance + 0.05);
}

function channel(value: number): number {
  return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

// Buttons and links carry white text on the primary colour: it must be readable (WCAG AA).
export const MIN_PRIMARY_CONTRAST = 4.5;

// What is wrong with a primary colour, or null.
export function primaryColorProblem(value: string): string | null {
  if (!/^#[0-9a-f]{6}$/.test(value)) return 'The colour is not written as #rrggbb (for example #1c5d99)';
  const contrast = contrastWithWhite(value);
  if (contrast < MIN_PRIMARY_CONTRAST) {
    return `White text on ${value} has a contrast of ${contrast.toFixed(1)}:1, below ${MIN_PRIMARY_CONTRAST}:1: choose a darker colour`;
  }
  return null;
}

// The image type the bytes really are (by their signature), or null.
export function logoTypeOf(content: Buffer): LogoType | null {
  const starts = (bytes: number[], offset = 0) => bytes.every((byte, index) => content[offset + index] === byte);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x47, 0x49, 0x46, 0x38])) return 'image/gif';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}

export const isLogoType = (value: string): value is LogoType => (LOGO_TYPES as readonly string[]).includes(value);

// Pages are written by managers and shown to anyone: formatting, headings, lists, tables, links
// and images written into the text (data: URLs; the pages' Content-Security-Policy loads no
// image from elsewhere) are kept; scripts, styles, event handlers, forms and frames are not.
const PAGE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'h1', 'h2'],
  allowedAttributes: { a: ['href', 'rel'], img: ['src', 'alt', 'width', 'height'], '*': ['lang', 'dir'] },
  allowedSchemes: ['https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['data'] },
  allowProtocolRelative: false,
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'head'],
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer' } }),
  },
};

export function sanitizePageHtml(html: string): string {
  return sanitizeHtml(html, PAGE_OPTIONS).trim();
}
