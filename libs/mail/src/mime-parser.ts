import { MailParser } from 'mailparser';
import type { HeaderLines, Headers } from 'mailparser';
import { Transform, type TransformCallback } from 'node:stream';
import { chooseCharset } from './charset-choice';
import { unflow } from './flowed-text';

// mailparser's MailParser with two decisions of its own changed, driven the way simpleParser
// drives it (simpleParser cannot take another parser class):
// - a text part carrying a file name is an attachment, not body text merged into the message
//   (mailparser keeps every inline text part as body);
// - text parts are decoded with the charset chosen from their bytes (charset-choice.ts), not
//   blindly with the label.
// Both hook into methods that mailparser 3.9.31 does not document (createNode, getDecoder); the
// version is pinned and the unit tests cover both behaviours.

export interface MimeAttachment {
  contentType: string;
  contentDisposition: string | null;
  filename: string | null;
  contentId: string | null;
  related: boolean;
  content: Buffer;
}

export interface MimeMessage {
  headers: Headers;
  headerLines: HeaderLines;
  text: string | null;
  html: string | null;
  attachments: MimeAttachment[];
  problems: string[];
}

interface SplitterNode {
  filename?: string | false;
  flowed?: boolean;
  delSp?: boolean;
}

interface ParserNode {
  root?: boolean;
  isAttachment?: boolean;
  disposition?: string;
  contentType?: string;
  charset?: string;
  decoder?: unknown;
}

interface CharsetDecoder {
  decodeStream(charset: string): Transform;
}

interface AttachmentData {
  type: 'attachment';
  content: Transform;
  contentType: string;
  contentDisposition?: string;
  filename?: string;
  contentId?: string;
  cid?: string;
  related?: boolean;
  release: (() => void) | null;
}

interface TextData {
  type: 'text';
  text?: string;
  html?: string;
}

interface MailParserHooks {
  createNode(node: SplitterNode): ParserNode;
  getDecoder(): CharsetDecoder;
  headerLines: HeaderLines | false;
}

// Marks a text part's charset so that mailparser hands every text part to our decoder, including
// the UTF-8 and ASCII ones it would otherwise not decode at all: `x-tessera-sniff:<flags>:<label>`
// where the flags say format=flowed (f) and DelSp=yes (d).
const SNIFF = 'x-tessera-sniff:';
const TEXT_TYPES = ['text/plain', 'text/html'];
const OPTIONS = {
  // Attached mails stay one message/rfc822 attachment instead of being unpacked into the body.
  ignoreEmbedded: true,
  // Delivery reports stay parts of their own: bounce detection reads them.
  keepDeliveryStatus: true,
  // Text is derived from the sanitized HTML instead (html-body.ts); no links added to text.
  skipHtmlToText: true,
  skipTextLinks: true,
  skipImageLinks: true,
};

const Base = MailParser as unknown as new (options: object) => Transform & MailParserHooks;

class TolerantMailParser extends Base {
  readonly problems: string[] = [];

  override getDecoder(): CharsetDecoder {
    const parent = super.getDecoder();
    return {
      decodeStream: (charset: string) =>
        charset.startsWith(SNIFF) ? this.sniffingDecoder(charset.slice(SNIFF.length), parent) : parent.decodeStream(charset),
    };
  }

  private sniffingDecoder(marked: string, parent: CharsetDecoder): SniffingDecoder {
    const colon = marked.indexOf(':');
    const flags = marked.slice(0, colon);
    const flowed = flags.includes('f') ? { delSp: flags.includes('d') } : null;
    return new SniffingDecoder(marked.slice(colon + 1) || null, flowed, parent, (problem) => this.problems.push(problem));
  }

  override createNode(node: SplitterNode): ParserNode {
    const created = super.createNode(node);
    const textPart = created.decoder !== undefined && !created.isAttachment && TEXT_TYPES.includes(created.contentType ?? '');
    if (textPart && node.filename && !created.root) {
      created.isAttachment = true;
      created.disposition = 'attachment';
    } else if (textPart) {
      // Flowed text is joined by our decoder, which keeps quote depths apart.
      const flags = node.flowed ? (node.delSp ? 'fd' : 'f') : '';
      node.flowed = false;
      created.charset = `${SNIFF}${flags}:${created.charset ?? ''}`;
    }
    return created;
  }
}

// Collects a text part's bytes, then decodes them with the charset chooseCharset picks (and
// joins flowed lines).
class SniffingDecoder extends Transform {
  private readonly chunks: Buffer[] = [];
  private readonly decoded: Buffer[] = [];

  constructor(
    private readonly declared: string | null,
    private readonly flowed: { delSp: boolean } | null,
    private readonly parent: CharsetDecoder,
    private readonly report: (problem: string) => void,
  ) {
    super();
  }

  override _transform(chunk: Buffer | string, _encoding: BufferEncoding, done: TransformCallback): void {
    this.chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    done();
  }

  override _flush(done: TransformCallback): void {
    const bytes = Buffer.concat(this.chunks);
    const choice = chooseCharset(bytes, this.declared, (charset) => this.decodable(charset));
    if (choice.problem) this.report(choice.problem);
    if (choice.charset === 'utf-8') {
      done(null, this.unflowed(bytes));
      return;
    }
    const stream = this.parent.decodeStream(choice.charset);
    stream.on('data', (chunk: Buffer | string) => this.decoded.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk));
    stream.once('error', (error) => done(error));
    stream.once('end', () => done(null, this.unflowed(Buffer.concat(this.decoded))));
    stream.end(bytes);
  }

  private unflowed(utf8: Buffer): Buffer {
    return this.flowed ? Buffer.from(unflow(utf8.toString('utf8'), this.flowed.delSp)) : utf8;
  }

  private decodable(charset: string): boolean {
    try {
      this.parent.decodeStream(charset);
      return true;
    } catch {
      return false;
    }
  }
}

// Parses raw MIME; rejects when mailparser fails or does not finish within timeoutMs.
export function parseMime(raw: Buffer, timeoutMs: number): Promise<MimeMessage> {
  return new Promise((resolve, reject) => {
    const parser = new TolerantMailParser(OPTIONS);
    const message: MimeMessage = { headers: new Map(), headerLines: [], text: null, html: null, attachments: [], problems: parser.problems };
    let settled = false;
    const settle = (error: Error | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        parser.destroy();
        reject(error);
      } else resolve(message);
    };
    const timer = setTimeout(() => settle(new Error(`parsing took longer than ${timeoutMs} ms`)), timeoutMs);
    timer.unref();

    let reading = false;
    const read = (): void => {
      reading = true;
      const data = parser.read() as AttachmentData | TextData | null;
      if (data === null) {
        reading = false;
        return;
      }
      if (data.type === 'text') {
        message.text = data.text ?? null;
        message.html = typeof data.html === 'string' ? data.html : null;
        read();
        return;
      }
      const chunks: Buffer[] = [];
      data.content.on('data', (chunk: Buffer) => chunks.push(chunk));
      data.content.once('error', (error: Error) => settle(error));
      data.content.once('end', () => {
        message.attachments.push({
          contentType: data.contentType,
          contentDisposition: data.contentDisposition ?? null,
          filename: data.filename ?? null,
          contentId: data.cid ?? null,
          related: data.related ?? false,
          content: Buffer.concat(chunks),
        });
        data.release?.();
        read();
      });
    };

    parser.on('headers', (headers: Headers) => {
      message.headers = headers;
      message.headerLines = parser.headerLines || [];
    });
    parser.on('readable', () => {
      if (!reading) read();
    });
    parser.once('error', (error: Error) => settle(error));
    parser.once('end', () => settle(null));
    parser.end(raw);
  });
}
