import { IntakeResult } from '@tessera/intake';
import { IntakeHarness, startIntake } from './intake-harness';

// A few hundred generated messages, each damaged at random the ways real mail is (NUL and control
// bytes, broken encoded-words, invalid UTF-8, wrong charsets and transfer encodings, cut MIME,
// huge header lines, deep nesting, absurd dates, odd addresses), through the whole inbound
// pipeline. Seeded: a failure names the seed and the message, and repeats.
const SEED = 20_261_202;
const MESSAGES = 300;

type Damage =
  | 'control-header'
  | 'nul-body'
  | 'broken-encoded-word'
  | 'invalid-utf8'
  | 'wrong-charset'
  | 'wrong-transfer-encoding'
  | 'truncated-boundary'
  | 'huge-header'
  | 'deep-nesting'
  | 'absurd-date'
  | 'odd-address'
  | 'no-sender'
  | 'utf16-part'
  | 'odd-attachment';

// Damage after which some text cannot be decoded faithfully.
const UNDECODABLE: Damage[] = ['broken-encoded-word', 'invalid-utf8', 'wrong-charset', 'wrong-transfer-encoding', 'truncated-boundary', 'utf16-part', 'odd-attachment'];
const DAMAGES: Damage[] = [
  'control-header',
  'nul-body',
  'broken-encoded-word',
  'invalid-utf8',
  'wrong-charset',
  'wrong-transfer-encoding',
  'truncated-boundary',
  'huge-header',
  'deep-nesting',
  'absurd-date',
  'odd-address',
  'no-sender',
  'utf16-part',
  'odd-attachment',
];

interface Generated {
  index: number;
  damage: Damage[];
  // Some of its text cannot be decoded faithfully: U+FFFD may stand in for what was lost.
  undecodable: boolean;
  raw: Buffer;
}

// mulberry32: small, fast and the same on every machine.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(seed: number, count: number): Generated[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const bytes = (text: string) => Buffer.from(text, 'latin1');
  const utf8 = (text: string) => Buffer.from(text, 'utf8');
  const messages: Generated[] = [];
  for (let index = 0; index < count; index++) {
    const damage = DAMAGES.filter(() => next() < 0.22);
    const has = (kind: Damage) => damage.includes(kind);
    const headers: Buffer[] = [];
    const header = (line: string | Buffer) => headers.push(Buffer.concat([typeof line === 'string' ? utf8(line) : line, bytes('\r\n')]));

    const sender = `sender.${index}@hostile.example`;
    let undecodable = damage.some((kind) => UNDECODABLE.includes(kind));
    if (!has('no-sender')) {
      const odd = [
        `"Wei\u00df, \\"Joan\\"" <${sender}>`,
        `<${sender}>, <>`,
        `undisclosed-recipients:;, ${sender}`,
        `${'x'.repeat(300)}@hostile.example`,
        `"a@b" <${sender}> (comment (nested))`,
        `=?utf-8?B?${Buffer.from('Jo\u00e0n').toString('base64')}?= <${sender}>`,
        `J\u00f6rg <j\u00f6rg.${index}@b\u00fccher.example>`,
        `"N\0a\x01me" <nul\0.${index}@hostile.example>`,
        // A name in broken UTF-16 (two high surrogates): not decodable.
        `=?utf-16le?B?${Buffer.from([0x3d, 0xd8, 0x00, 0xd8]).toString('base64')}?= <${sender}>`,
      ];
      const from = has('odd-address') ? pick(odd) : `Joan ${index} <${sender}>`;
      if (from === odd[odd.length - 1]) undecodable = true;
      header(`From: ${from}`);
    }
    header('To: support@hostile.example');
    header(`Message-ID: <gen.${seed}.${index}@hostile.example>`);
    header(
      has('absurd-date')
        ? pick(['Date: Sat, 31 Feb 99999 25:61:61 +9999', 'Date: Mon, 01 Jan 0001 00:00:00 +0000', 'Date: yesterday', 'Date: ', 'Date: Thu, 01 Jan 1970 00:00:00 -2400', `Date: ${'9'.repeat(400)}`])
        : 'Date: Wed, 02 Dec 2026 10:00:00 +0100',
    );
    let subject: Buffer = utf8(`Subject: Printer ${index} jams`);
    if (has('control-header')) subject = Buffer.concat([bytes('Subject: Prin\0ter\x01\x07 '), bytes('\x1b[31m'), utf8(`${index} \u0000jams\x7f`)]);
    if (has('broken-encoded-word')) {
      const word = pick([
        `=?UTF-16?B?${Buffer.from([0xd8, 0x00, 0x00, 0x41]).toString('base64')}?=`,
        `=?utf-16le?B?${Buffer.from([0x3d, 0xd8, 0x41]).toString('base64')}?=`,
        '=?utf-8?Q?caf=C3?=',
        '=?utf-8?B?4pyTIGJyb2tlbg?=',
        '=?unknown-8bit?Q?=FF=FE?=',
        '=?utf-8?X?nope?=',
        '=?utf-8?B?',
      ]);
      subject = Buffer.concat([subject, bytes(` ${word}`)]);
    }
    header(subject);
    if (has('huge-header')) header(`X-Huge: ${'a'.repeat(Math.floor(next() * 200_000) + 1000)}`);
    if (has('huge-header') && next() < 0.5) header(`References: ${Array.from({ length: 2000 }, (_v, n) => `<r${n}@x>`).join(' ')}`);
    header('MIME-Version: 1.0');

    let text: Buffer = utf8(`Hello,\r\nmessage ${index}: it jams since Monday. Caf\u00e9, \u00f1, \u20ac.\r\n`);
    if (has('nul-body')) text = Buffer.concat([text, bytes('NUL here: \0\0 and \x01\x02\x1b controls\r\n')]);
    if (has('invalid-utf8')) text = Buffer.concat([text, Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80, 0x0d, 0x0a])]);
    let charset = 'utf-8';
    if (has('wrong-charset')) charset = pick(['iso-8859-1', 'x-nonsense', 'utf-16', '', 'us-ascii', 'utf-7', '"utf-8"; charset=koi8-r']);
    let encoding = '8bit';
    if (has('wrong-transfer-encoding')) {
      encoding = pick(['base64', 'quoted-printable', 'x-uuencode', 'binary', '7bit', 'base64 ; junk']);
      if (encoding.startsWith('base64') && next() < 0.5) text = Buffer.concat([Buffer.from(text.toString('base64').slice(0, -3)), bytes('!!*')]);
      if (encoding === 'quoted-printable') text = Buffer.concat([text, bytes('broken =Z1 soft=\r\n=')]);
    }
    let textPart = Buffer.concat([bytes(`Content-Type: text/plain${charset ? `; charset=${charset}` : ''}\r\nContent-Transfer-Encoding: ${encoding}\r\n\r\n`), text]);
    if (has('utf16-part')) {
      // UTF-16 with a lone high surrogate (and a NUL) in the middle of the text, as base64.
      const utf16 = Buffer.concat([Buffer.from(`Hello ${index} `, 'utf16le'), Buffer.from([0x3d, 0xd8, 0x00, 0x00]), Buffer.from(' broken', 'utf16le'), next() < 0.5 ? Buffer.from([0x41]) : Buffer.alloc(0)]);
      textPart = bytes(`Content-Type: text/plain; charset=${pick(['utf-16le', 'utf-16'])}\r\nContent-Transfer-Encoding: base64\r\n\r\n${utf16.toString('base64')}\r\n`);
    }
    if (has('odd-attachment')) {
      const name = pick([
        `=?utf-16le?B?${Buffer.concat([Buffer.from('a', 'utf16le'), Buffer.from([0x00, 0xdc]), Buffer.from('.txt', 'utf16le')]).toString('base64')}?=`,
        'nul\0name.txt',
        `${'long'.repeat(200)}.pdf`,
        '../../etc/passwd',
        '',
      ]);
      const attachment = bytes(`Content-Type: application/octet-stream; name="${name}"\r\nContent-Disposition: attachment; filename="${name}"\r\nContent-Transfer-Encoding: base64\r\n\r\nAAECAwQ=\r\n`);
      textPart = Buffer.concat([bytes('Content-Type: multipart/mixed; boundary="att"\r\n\r\n--att\r\n'), textPart, bytes('\r\n--att\r\n'), attachment, bytes('--att--\r\n')]);
    }

    let body: Buffer;
    if (has('deep-nesting')) {
      const depth = 20 + Math.floor(next() * 100);
      const open: Buffer[] = [];
      const close: Buffer[] = [];
      for (let level = 0; level < depth; level++) {
        open.push(bytes(`Content-Type: multipart/mixed; boundary="b${level}"\r\n\r\n--b${level}\r\n`));
        close.unshift(bytes(`\r\n--b${level}--\r\n`));
      }
      body = Buffer.concat([...open, textPart, ...close]);
    } else if (has('truncated-boundary')) {
      const shape = pick(['never-closed', 'other-boundary', 'cut-mid-part', 'no-boundary']);
      const start = shape === 'no-boundary' ? 'Content-Type: multipart/mixed\r\n\r\n' : 'Content-Type: multipart/mixed; boundary="cut"\r\n\r\n';
      const parts =
        shape === 'other-boundary'
          ? Buffer.concat([bytes('--elsewhere\r\n'), textPart, bytes('\r\n--elsewhere--\r\n')])
          : Buffer.concat([bytes('--cut\r\n'), shape === 'cut-mid-part' ? textPart.subarray(0, Math.floor(textPart.length / 2)) : textPart, bytes(shape === 'never-closed' ? '\r\n--cu' : '')]);
      body = Buffer.concat([bytes(start), parts]);
    } else if (next() < 0.4) {
      body = Buffer.concat([bytes('Content-Type: multipart/alternative; boundary="alt"\r\n\r\n--alt\r\n'), textPart, bytes('\r\n--alt\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Hello <b>html</b></p>\r\n--alt--\r\n')]);
    } else {
      body = textPart;
    }
    // The body's own headers (Content-Type, ...) follow the message headers.
    messages.push({ index, damage, undecodable, raw: Buffer.concat([...headers, body]) });
  }
  return messages;
}

describe('generated hostile mail through the intake pipeline', () => {
  let harness: IntakeHarness;
  const messages = generate(SEED, MESSAGES);
  const results = new Map<number, IntakeResult>();

  beforeAll(async () => {
    harness = await startIntake({ slug: 'hostile-mail' });
  });

  afterAll(() => harness.close());

  it('takes every message in without an unhandled error, losing none', async () => {
    const thrown: string[] = [];
    for (const message of messages) {
      try {
        results.set(message.index, await harness.ingest(message.raw));
      } catch (error) {
        thrown.push(`seed ${SEED} message ${message.index} [${message.damage.join(', ')}]: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    expect(thrown).toEqual([]);
    // Every damage was tried several times.
    for (const damage of DAMAGES) expect([damage, messages.filter((m) => m.damage.includes(damage)).length >= 20]).toEqual([damage, true]);

    const rows = await harness.sql<{ id: string; status: string; problems: string[]; ticket_id: string | null; entry_id: string | null; raw_sha256: string | null }>(
      `select id, status, problems, ticket_id, entry_id, raw_sha256 from mail_messages where direction = 'in'`,
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const message of messages) {
      const result = results.get(message.index)!;
      const row = byId.get(result.mailMessageId);
      const label = `message ${message.index} [${message.damage.join(', ')}]`;
      // Kept with its raw bytes, as a ticket entry or flagged with the reason.
      expect([label, !!row?.raw_sha256]).toEqual([label, true]);
      expect([label, result.duplicate || ['accepted', 'flagged'].includes(result.status)]).toEqual([label, true]);
      if (result.status === 'accepted') expect([label, !!row!.ticket_id && !!row!.entry_id]).toEqual([label, true]);
      if (row!.status === 'flagged') expect([label, row!.problems.length > 0]).toEqual([label, true]);
      expect([label, row!.problems.filter((problem) => problem.startsWith('intake-error'))]).toEqual([label, []]);
    }
    expect([...results.values()].filter((result) => result.status === 'accepted').length).toBeGreaterThan(MESSAGES / 2);
  }, 600_000);

  it('stores no NUL, and no U+FFFD where the input could be decoded', async () => {
    const damaged: string[] = [];
    for (const message of messages) {
      const result = results.get(message.index)!;
      const stored = await harness.sql<{ text: string }>(
        `select to_jsonb(m)::text as text from mail_messages m where id = $1
         union all select to_jsonb(t)::text from tickets t where id = $2
         union all select to_jsonb(e)::text from ticket_entries e where id = $3
         union all select to_jsonb(r)::text from requesters r join tickets t on t.tenant_id = r.tenant_id and t.requester_id = r.id where t.id = $2`,
        [result.mailMessageId, result.ticketId, result.entryId],
      );
      const text = stored.map((row) => row.text).join('\n');
      const label = `message ${message.index} [${message.damage.join(', ')}]`;
      if (text.includes('\\u0000')) damaged.push(`${label}: NUL`);
      if (!message.undecodable && text.includes('\ufffd')) damaged.push(`${label}: U+FFFD`);
    }
    expect(damaged).toEqual([]);
  }, 300_000);

  it('takes each message once: sending them all again adds nothing', async () => {
    const count = async () => (await harness.sql<{ n: number }>(`select count(*)::int as n from ticket_entries`))[0].n;
    const before = await count();
    for (const message of messages.slice(0, 60)) {
      const again = await harness.ingest(message.raw);
      expect([message.index, again.duplicate, again.mailMessageId]).toEqual([message.index, true, results.get(message.index)!.mailMessageId]);
    }
    expect(await count()).toBe(before);
  }, 300_000);
});
