// What the inbound pipeline gets from one raw message. Everything here is safe to store as is:
// strings carry no NUL bytes (PostgreSQL text refuses them) and the HTML is sanitized.

export interface MailAddress {
  // As written by the sender, trimmed; the pipeline normalizes before looking people up.
  address: string;
  name: string | null;
}

export interface InboundAttachment {
  // Always set: generated from the content type when the message gives none.
  filename: string;
  filenameGenerated: boolean;
  contentType: string;
  size: number;
  // Without angle brackets; what `cid:` links in the HTML point to.
  contentId: string | null;
  // Shown inside the body (an image the HTML refers to) rather than listed as a file.
  inline: boolean;
  content: Buffer;
  sha256: string;
}

// Header names lower-cased, values unfolded and as written (encoded words not decoded), in the
// order they appear; the first value is the top-most header.
export type MailHeaders = ReadonlyMap<string, readonly string[]>;

export interface InboundMessage {
  unparseable: false;
  // Without angle brackets. Synthetic (derived from the raw bytes, so a second delivery of the
  // same bytes gets the same id) when the message has none.
  messageId: string;
  syntheticMessageId: boolean;
  inReplyTo: string | null;
  references: string[];
  from: MailAddress | null;
  to: MailAddress[];
  cc: MailAddress[];
  replyTo: MailAddress[];
  subject: string;
  // The sender's Date header; null when missing or unreadable (see problems).
  date: Date | null;
  receivedAt: Date;
  text: string;
  // True when `text` was derived from the HTML because the message has no text part.
  textFromHtml: boolean;
  html: string | null;
  attachments: InboundAttachment[];
  // The top-level MIME type and, for multipart/report, its report-type (bounce detection).
  mimeType: string;
  reportType: string | null;
  headers: MailHeaders;
  // What was odd about the message, for an agent to see; empty for ordinary mail.
  problems: string[];
  raw: Buffer;
}

// Mail the parser could not read at all: kept raw so the pipeline can store it and flag it for an
// agent instead of losing it.
export interface UnparseableMessage {
  unparseable: true;
  messageId: string;
  syntheticMessageId: boolean;
  receivedAt: Date;
  problems: string[];
  raw: Buffer;
}

export type ParsedMessage = InboundMessage | UnparseableMessage;

// First value of a header, or null.
export function headerValue(headers: MailHeaders, name: string): string | null {
  return headers.get(name.toLowerCase())?.[0] ?? null;
}
