import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CORPUS_NOT_BOUNCES, mailCorpus } from '@tessera/testing';
import { MailClassification, classifyMail, mayAutoRespond } from './auto-reply';
import { InboundMessage, ParsedMessage } from './inbound-message';
import { parseMessage } from './parse-message';
import { stripQuotes } from './quote-strip';
import { findReference } from './subject-reference';

// The real-world corpus (../shared/corpus/mail from the repository root, see its README.md):
// every message goes through parseMessage and every check of EXPECTATIONS.json that can be
// decided without a database holds. The rest is named in PIPELINE_CHECKS and checked by the
// pipeline's own corpus test (apps/worker/test/mail-corpus.int-spec.ts).

const corpus = mailCorpus().directory;

interface Check {
  id: string;
  file?: string;
  files?: string[];
  glob?: string;
  expect: string;
}

// Checks that need the database-level pipeline (ingestion, tickets); only their parsing part is
// covered here.
const PIPELINE_CHECKS = ['idempotent'];

// Zammad's expectations where we deliberately read the message differently, with the reason.
const ZAMMAD_DIFFERENCES: Record<string, { subject?: string; fromEmail?: string; attachments?: string[]; reason: string }> = {
  mail018: { subject: 'Benachrichtung zum Übermittlungsstatus (Fehlgeschlagen)', reason: 'the UTF-7 encoded word is decoded; Zammad keeps "+ANw-" undecoded' },
  mail073: {
    attachments: ['Bestellbestätigung_BK18052795.jpg', 'Forex Platte ohne Wölbung.jpg'],
    reason: 'the RFC 2231 name with a Latin-1 byte under a us-ascii label is read as Latin-1; Zammad shows U+FFFD',
  },
  mail087: {
    fromEmail: 'test@example.com',
    attachments: ['fax_1234.pdf'],
    reason: 'From "Test test@example.com" names the address test@example.com; the untyped text part is the body, not an attachment called "file"',
  },
  mail102: {
    attachments: ['Screen Shot 2018-12-17 at 09.00.38.png', 'documentation-todo.pdf', 'Screen Shot 2018-12-17 at 09.00.38.png'],
    reason: 'two attachments may share a name (they are stored by content); Zammad renames the second',
  },
};

// EXPECTATIONS.json's quote-stripping check says "Hello" for every talon file, but this one's
// reply is a longer text: talon's own test only checks that the quoted booking mail is cut.
const TALON_LONG_REPLY = 'reply-quotations-share-block.eml';


// `dir/prefix-*.eml` style globs, as EXPECTATIONS.json writes them.
function expand(check: Check): string[] {
  if (check.file) return [check.file];
  if (check.files) return check.files;
  const glob = check.glob!;
  const pattern = new RegExp(`^${basename(glob).replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  const files = readdirSync(join(corpus, dirname(glob)))
    .filter((name) => pattern.test(name))
    .map((name) => join(dirname(glob), name));
  if (!files.length) throw new Error(`${check.glob} matches no file`);
  return files;
}

// Just enough YAML for Zammad's expectation files: top-level scalars (plain, quoted, folded over
// several lines) and the attachments' file names.
function zammadExpectation(text: string): { fields: Map<string, string>; filenames: string[] | null } {
  const lines = text.split('\n');
  const fields = new Map<string, string>();
  for (let index = 0; index < lines.length; index++) {
    const field = /^([a-z_]+):(.*)$/.exec(lines[index]);
    if (!field) continue;
    const parts = [field[2]];
    while (index + 1 < lines.length && /^ /.test(lines[index + 1])) parts.push(lines[++index]);
    if (!/^\s*[|>]/.test(field[2])) fields.set(field[1], yamlScalar(parts));
  }
  const filenames = fields.has('attachments') ? lines.filter((line) => line.startsWith('  filename:')).map((line) => yamlScalar([line.slice('  filename:'.length)])) : null;
  return { fields, filenames };
}

function yamlScalar(parts: string[]): string {
  const joined = parts.map((part) => part.trim()).join(' ');
  if (joined.startsWith("'")) return joined.slice(1, -1).replace(/''/g, "'");
  if (joined.startsWith('"')) {
    return joined
      .slice(1, -1)
      .replace(/\\ /g, '')
      .replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_match, code: string) => {
        if (code.length > 1) return String.fromCharCode(parseInt(code.slice(1), 16));
        return ({ n: '\n', r: '\r', t: '\t', '0': '\0' } as Record<string, string>)[code] ?? code;
      });
  }
  return joined;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the mail corpus', () => {
  const results = new Map<string, { message: ParsedMessage; ms: number; classification: MailClassification | null }>();
  let checks: Check[] = [];

  const parsed = (file: string): InboundMessage => {
    const result = results.get(file);
    if (!result) throw new Error(`${file} is not one of the corpus messages`);
    if (result.message.unparseable) throw new Error(`${file} was not parseable: ${result.message.problems.join('; ')}`);
    return result.message;
  };
  const classified = (file: string): MailClassification => {
    parsed(file);
    return results.get(file)!.classification!;
  };

  beforeAll(async () => {
    const found = mailCorpus();
    checks = found.checks;
    for (const file of found.messages) {
      const started = process.hrtime.bigint();
      const message = await parseMessage(readFileSync(join(corpus, file)));
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      results.set(file, { message, ms, classification: message.unparseable ? null : classifyMail(message) });
    }
  }, 120_000);

  it('parses every message into a usable message or an unparseable flag, never throwing', () => {
    expect(results.size).toBeGreaterThan(900);
    const kinds: Record<string, number> = {};
    let unparseable = 0;
    for (const [file, { message, classification }] of results) {
      expect([file, message.raw.length > 0 || message.problems.length > 0]).toEqual([file, true]);
      expect(message.messageId).toBeTruthy();
      if (message.unparseable) {
        unparseable++;
        expect(message.problems[0]).toMatch(/^unparseable: /);
        continue;
      }
      kinds[classification!.kind] = (kinds[classification!.kind] ?? 0) + 1;
      // Nothing that PostgreSQL text refuses reaches what the pipeline stores.
      const stored = [message.text, message.html ?? '', message.subject, message.from?.name ?? '', ...message.attachments.map((attachment) => attachment.filename)];
      expect([file, stored.some((value) => value.includes('\0'))]).toEqual([file, false]);
      // Content, or a note saying why there is none, or a message that really is empty.
      const content = message.text.trim() !== '' || message.html !== null || message.attachments.length > 0;
      const raw = message.raw.toString('latin1');
      const empty = !/\S/.test(raw.slice(raw.search(/\r?\n\r?\n|$/)));
      expect([file, content || message.problems.length > 0 || empty]).toEqual([file, true]);
      for (const attachment of message.attachments) {
        expect(attachment.filename).toBeTruthy();
        expect(attachment.size).toBe(attachment.content.length);
        expect(attachment.sha256).toMatch(/^[0-9a-f]{64}$/);
      }
    }
    console.log(`mail corpus: ${results.size} messages, ${results.size - unparseable} parsed, ${unparseable} unparseable; ${JSON.stringify(kinds)}`);
  });

  it('knows every check of EXPECTATIONS.json', () => {
    const handled = ['threading-by-headers', 'rfc2231-filename', 'attached-email', 'gb18030-subject', 'out-of-office', 'bounces', 'quote-stripping', 'stress', 'zammad-expected'];
    expect(checks.map((check) => check.id).sort()).toEqual([...handled, ...PIPELINE_CHECKS].sort());
  });

  const check = (id: string): Check => {
    const found = checks.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`EXPECTATIONS.json has no check ${id}`);
    return found;
  };

  it('threading-by-headers: reads In-Reply-To, References and the reference in the subject', () => {
    const message = parsed(check('threading-by-headers').file!);
    expect(message.inReplyTo).toBe('20120507062840.265.107538@portal.example.com');
    expect(message.references).toHaveLength(2);
    expect(message.references).toContain('20120507062840.265.107538@portal.example.com');
    expect(message.subject).toBe('AW: Ticket Templates [Ticket#11168]');
    expect(findReference(message.subject, 'Ticket#{n}')).toBe('Ticket#11168');
  });

  it('rfc2231-filename: keeps the inline text part with a continued ISO-2022-JP name as an attachment', () => {
    const message = parsed(check('rfc2231-filename').file!);
    expect(message.attachments.map((attachment) => [attachment.filename, attachment.contentType])).toContainEqual(['新しいテキスト ドキュメント.txt', 'text/plain']);
  });

  it('attached-email: keeps the attached mail as test-email.eml', () => {
    const message = parsed(check('attached-email').file!);
    expect(message.attachments.map((attachment) => [attachment.filename, attachment.contentType])).toEqual([['test-email.eml', 'message/rfc822']]);
    expect(message.text).toContain('This is a test with an email file attachment');
  });

  it('gb18030-subject: decodes the over-padded GB18030 subject', () => {
    expect(parsed(check('gb18030-subject').file!).subject).toBe('测试');
  });

  it('out-of-office: classifies vacation replies as auto-replies, never answered', () => {
    for (const file of expand(check('out-of-office'))) {
      const classification = classified(file);
      expect([file, classification.kind]).toEqual([file, 'auto-reply']);
      expect(mayAutoRespond(classification)).toBe(false);
    }
  });

  it('bounces: classifies delivery failures as bounces and names the failed recipient when the report does', () => {
    const files = expand(check('bounces'));
    let named = 0;
    for (const file of files) {
      const classification = classified(file);
      expect(mayAutoRespond(classification)).toBe(false);
      if (CORPUS_NOT_BOUNCES.includes(file)) {
        expect([file, classification.kind]).toEqual([file, 'auto-reply']);
        continue;
      }
      expect([file, classification.kind]).toEqual([file, 'bounce']);
      const recipients = classification.bounce!.recipients;
      if (recipients.length) named++;
      const raw = readFileSync(join(corpus, file), 'latin1');
      // A delivery report that says a delivery failed names who it failed for.
      if (/^Action:\s*failed/im.test(raw)) expect([file, recipients.length > 0]).toEqual([file, true]);
      for (const header of raw.slice(0, raw.search(/\r?\n\r?\n/)).match(/^X-Failed-Recipients:.*$/gim) ?? []) {
        for (const address of header.slice(header.indexOf(':') + 1).split(',').map((value) => value.trim().toLowerCase()).filter(Boolean)) {
          expect([file, recipients]).toEqual([file, expect.arrayContaining([address])]);
        }
      }
    }
    console.log(`bounces: ${files.length - CORPUS_NOT_BOUNCES.length} classified bounce, ${named} with the failed recipient named`);
  });

  it('quote-stripping: cuts the quoted history of every talon reply and keeps the original', () => {
    const expected = (name: string) => {
      const file = join(corpus, 'talon/expected', `${name.replace(/\.eml$/, '')}_reply_text`);
      return existsSync(file) ? readFileSync(file, 'utf8').trim() : 'Hello';
    };
    for (const file of expand(check('quote-stripping'))) {
      const message = parsed(file);
      const stripped = stripQuotes(message.text);
      expect([file, stripped.quoted !== '']).toEqual([file, true]);
      expect(message.text.length).toBeGreaterThan(stripped.text.length);
      if (basename(file) === TALON_LONG_REPLY) {
        expect(stripped.text.startsWith('Hi Katharine.')).toBe(true);
        expect(stripped.text.endsWith('Joe XXX')).toBe(true);
        expect(stripped.text).not.toContain('From:');
      } else {
        expect([file, stripped.text]).toEqual([file, expected(basename(file))]);
      }
    }
  });

  it('stress: parses the large and crash-regression messages', () => {
    for (const file of expand(check('stress'))) {
      const { message, ms } = results.get(file)!;
      expect([file, message.unparseable]).toEqual([file, false]);
      console.log(`stress: ${file} (${readFileSync(join(corpus, file)).length} bytes) parsed in ${ms.toFixed(0)} ms`);
    }
    const slowest = [...results].sort(([, a], [, b]) => b.ms - a.ms).slice(0, 3);
    console.log(`slowest: ${slowest.map(([file, { ms }]) => `${file} ${ms.toFixed(0)} ms`).join(', ')}`);
  });

  it('zammad-expected: sender, subject and attachment names match Zammad, apart from the deliberate differences', () => {
    const files = expand(check('zammad-expected'));
    for (const file of files) {
      const name = basename(file, '.yml');
      const { fields, filenames } = zammadExpectation(readFileSync(join(corpus, file), 'utf8'));
      const message = parsed(`zammad/messages/${name}.box`);
      const difference = ZAMMAD_DIFFERENCES[name];
      if (fields.has('from_email')) expect([name, message.from?.address]).toEqual([name, difference?.fromEmail ?? fields.get('from_email')]);
      // Subjects are kept on one line; Zammad keeps the folding whitespace.
      if (fields.has('subject')) expect([name, message.subject]).toEqual([name, difference?.subject ?? oneLine(fields.get('subject')!)]);
      // Zammad stores an HTML body as an extra attachment called message.html.
      const expectedNames = difference?.attachments ?? filenames?.filter((filename) => filename !== 'message.html');
      if (expectedNames) expect([name, message.attachments.map((attachment) => attachment.filename).sort()]).toEqual([name, [...expectedNames].sort()]);
    }
  });

  it('idempotent (parsing part): the same bytes give the same Message-ID, synthetic or not', async () => {
    const samples = [...results].filter(([, { message }]) => message.syntheticMessageId).slice(0, 5).concat([...results].slice(0, 5));
    for (const [file, { message }] of samples) {
      const again = await parseMessage(readFileSync(join(corpus, file)));
      expect([file, again.messageId]).toEqual([file, message.messageId]);
    }
  });
});
