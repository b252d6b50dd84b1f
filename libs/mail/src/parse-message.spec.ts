import { createHash } from 'node:crypto';
import { InboundMessage, ParsedMessage } from './inbound-message';
import { parseMessage } from './parse-message';

const receivedAt = new Date('2024-05-01T10:00:00Z');

// A raw message from header lines and a body, with CRLF line ends.
function mail(headers: string[], body = 'Hello'): Buffer {
  return Buffer.from(`${headers.join('\r\n')}\r\n\r\n${body}`);
}

async function parsed(raw: Buffer): Promise<InboundMessage> {
  const message = await parseMessage(raw, { receivedAt });
  if (message.unparseable) throw new Error(`unparseable: ${message.problems.join('; ')}`);
  return message;
}

function multipart(boundary: string, parts: string[][]): string {
  return `${parts.map((part) => `--${boundary}\r\n${part.join('\r\n')}`).join('\r\n')}\r\n--${boundary}--\r\n`;
}

describe('parseMessage', () => {
  it('reads the envelope of an ordinary message', async () => {
    const message = await parsed(
      mail([
        'From: =?utf-8?Q?Anna_M=C3=BCller?= <Anna@Example.com>',
        'To: "Serra, Joan" <joan@example.com>, pere@example.com',
        'Cc: undisclosed-recipients:;',
        'Reply-To: help@example.com',
        'Subject: =?utf-8?B?UmU6IFtzdXBvcnQjMzEwXSBJbXByZXNzb3Jh?=',
        'Date: Mon, 7 May 2012 15:58:32 +0200 (CEST)',
        'Message-ID: <abc@mail.example.com>',
        'In-Reply-To: <parent@example.com> (Joan\'s message)',
        'References: <root@example.com>\r\n <parent@example.com>',
      ]),
    );
    expect(message).toMatchObject({
      unparseable: false,
      messageId: 'abc@mail.example.com',
      syntheticMessageId: false,
      inReplyTo: 'parent@example.com',
      references: ['root@example.com', 'parent@example.com'],
      from: { address: 'Anna@Example.com', name: 'Anna Müller' },
      to: [
        { address: 'joan@example.com', name: 'Serra, Joan' },
        { address: 'pere@example.com', name: null },
      ],
      cc: [],
      replyTo: [{ address: 'help@example.com', name: null }],
      subject: 'Re: [suport#310] Impressora',
      date: new Date('2012-05-07T13:58:32Z'),
      receivedAt,
      text: 'Hello',
      textFromHtml: false,
      html: null,
      attachments: [],
      mimeType: 'text/plain',
      reportType: null,
      problems: [],
    });
    expect(message.headers.get('references')).toEqual(['<root@example.com> <parent@example.com>']);
  });

  it('keeps the address of "Name (address)" senders, which mailparser drops', async () => {
    const message = await parsed(mail(['From: Joan Serra (joan@example.com)', 'Date: Mon, 7 May 2012 15:58:32 +0200', 'Message-ID: <a@b>']));
    expect(message.from).toEqual({ address: 'joan@example.com', name: 'Joan Serra' });
    expect(message.problems).toEqual([expect.stringMatching(/^address-in-comment:/)]);
  });

  it('falls back to Sender / Reply-To when From holds no address, and says so', async () => {
    const message = await parsed(mail(['From: MAILER-DAEMON <>', 'Sender: relay@example.com', 'Date: Mon, 7 May 2012 15:58:32 +0200', 'Message-ID: <a@b>']));
    expect(message.from).toEqual({ address: 'relay@example.com', name: null });
    expect(message.problems).toEqual([expect.stringMatching(/^missing-from:.*sender/)]);
  });

  it('flags a missing or unreadable date instead of making it "now"', async () => {
    const missing = await parsed(mail(['From: a@example.com', 'Message-ID: <a@b>']));
    expect(missing.date).toBeNull();
    expect(missing.receivedAt).toEqual(receivedAt);
    expect(missing.problems).toEqual([expect.stringMatching(/^missing-date:/)]);
    for (const value of ['yesterday', 'Mon, 7 May 2099 15:58:32 +0200', 'Thu, 1 Jan 1800 00:00:00 +0000']) {
      const invalid = await parsed(mail(['From: a@example.com', 'Message-ID: <a@b>', `Date: ${value}`]));
      expect(invalid.date).toBeNull();
      expect(invalid.problems).toEqual([expect.stringMatching(/^invalid-date:/)]);
    }
  });

  it('reads a date without a zone as UTC, not as this machine\'s time', async () => {
    const message = await parsed(mail(['From: a@example.com', 'Message-ID: <a@b>', 'Date: 7 May 2012 15:58:32']));
    expect(message.date).toEqual(new Date('2012-05-07T15:58:32Z'));
  });

  it('derives a stable Message-ID from the bytes when there is none', async () => {
    const raw = mail(['From: a@example.com', 'Date: Mon, 7 May 2012 15:58:32 +0200']);
    const first = await parsed(raw);
    const second = await parsed(Buffer.from(raw));
    expect(first.syntheticMessageId).toBe(true);
    expect(first.messageId).toMatch(/@message-id\.invalid$/);
    expect(second.messageId).toBe(first.messageId);
    expect((await parsed(mail(['From: b@example.com', 'Date: Mon, 7 May 2012 15:58:32 +0200']))).messageId).not.toBe(first.messageId);
    expect(first.problems).toEqual([expect.stringMatching(/^missing-message-id:/)]);
  });

  it('never lets a NUL byte through to text, HTML or subject', async () => {
    const raw = mail(
      ['From: a@example.com', 'Message-ID: <a@b>', 'Date: Mon, 7 May 2012 15:58:32 +0200', 'Subject: nul\0here', 'Content-Type: multipart/alternative; boundary=b'],
      multipart('b', [
        ['Content-Type: text/plain', '', 'te\0xt'],
        ['Content-Type: text/html', '', '<p>ht\0ml</p>'],
      ]),
    );
    const message = await parsed(raw);
    expect(message.text).toBe('text');
    expect(message.html).toBe('<p>html</p>');
    expect(message.subject).toBe('nulhere');
    expect(JSON.stringify(message.headers.get('subject'))).not.toContain('\\u0000');
    expect(message.problems).toContainEqual(expect.stringMatching(/^nul-bytes:/));
  });

  it('replaces unpaired surrogates of broken UTF-16 in names, subjects and bodies, and says so', async () => {
    const lone = Buffer.from([0x3d, 0xd8, 0x00, 0xd8]).toString('base64');
    const raw = mail(
      [`From: =?utf-16le?B?${lone}?= <a@example.com>`, 'Message-ID: <s@b>', 'Date: Mon, 7 May 2012 15:58:32 +0200', `Subject: cut =?utf-16le?B?${lone}?=`, 'Content-Type: text/plain; charset=utf-16le', 'Content-Transfer-Encoding: base64'],
      Buffer.concat([Buffer.from('hi ', 'utf16le'), Buffer.from([0x3d, 0xd8]), Buffer.from(' there', 'utf16le')]).toString('base64'),
    );
    const message = await parsed(raw);
    for (const text of [message.from!.name!, message.subject, message.text]) {
      expect(text.isWellFormed()).toBe(true);
      expect(text).toContain('\ufffd');
    }
    expect(message.text).toBe('hi \ufffd there');
    expect(message.problems).toContainEqual(expect.stringMatching(/^broken-text:/));
  });

  it('sanitizes HTML-only mail and derives its text', async () => {
    const raw = mail(
      ['From: a@example.com', 'Message-ID: <a@b>', 'Date: Mon, 7 May 2012 15:58:32 +0200', 'Content-Type: text/html; charset=utf-8'],
      '<html><head><title>x</title></head><body><p onclick="x()">Grüße</p><script>bad()</script><img src="http://t.example/p.gif"></body></html>',
    );
    const message = await parsed(raw);
    expect(message.html).toBe('<p>Grüße</p>');
    expect(message.text).toBe('Grüße');
    expect(message.textFromHtml).toBe(true);
  });

  it('keeps attachments with names, content, hashes and inline images', async () => {
    const png = Buffer.from('89504e470d0a1a0a', 'hex');
    const raw = mail(
      ['From: a@example.com', 'Message-ID: <a@b>', 'Date: Mon, 7 May 2012 15:58:32 +0200', 'Content-Type: multipart/mixed; boundary=m'],
      multipart('m', [
        ['Content-Type: multipart/related; boundary=r', '', multipart('r', [
          ['Content-Type: text/html', '', '<p>See <img src="cid:logo@x"></p>'],
          ['Content-Type: image/png', 'Content-ID: <logo@x>', 'Content-Transfer-Encoding: base64', '', png.toString('base64')],
        ])],
        ['Content-Type: application/pdf', 'Content-Disposition: attachment; filename="../../Factura 12.pdf"', '', '%PDF'],
        ['Content-Type: application/octet-stream', 'Content-Transfer-Encoding: base64', '', 'AAEC'],
        ['Content-Type: application/ms-tnef; name="winmail.dat"', 'Content-Transfer-Encoding: base64', '', 'eJ8+Ig=='],
        ['Content-Type: text/plain; name="notes.txt"', 'Content-Disposition: inline; filename="notes.txt"', '', 'not the body'],
      ]),
    );
    const message = await parsed(raw);
    expect(message.text).toBe('See');
    expect(message.html).toBe('<p>See <img src="cid:logo@x" /></p>');
    expect(message.attachments.map(({ content, ...rest }) => ({ ...rest, content: content.toString('hex') }))).toEqual([
      { filename: 'image.png', filenameGenerated: true, contentType: 'image/png', size: 8, contentId: 'logo@x', inline: true, content: png.toString('hex'), sha256: createHash('sha256').update(png).digest('hex') },
      { filename: 'Factura 12.pdf', filenameGenerated: false, contentType: 'application/pdf', size: 4, contentId: null, inline: false, content: Buffer.from('%PDF').toString('hex'), sha256: expect.any(String) },
      { filename: 'attachment.bin', filenameGenerated: true, contentType: 'application/octet-stream', size: 3, contentId: null, inline: false, content: '000102', sha256: expect.any(String) },
      { filename: 'winmail.dat', filenameGenerated: false, contentType: 'application/ms-tnef', size: 4, contentId: null, inline: false, content: '789f3e22', sha256: expect.any(String) },
      { filename: 'notes.txt', filenameGenerated: false, contentType: 'text/plain', size: 12, contentId: null, inline: false, content: Buffer.from('not the body').toString('hex'), sha256: expect.any(String) },
    ]);
  });

  it('keeps an attached mail as one .eml attachment named after its subject', async () => {
    const attached = ['From: b@example.com', 'Subject: =?utf-8?Q?Factura_d=27abril?=', 'Message-ID: <orig@example.com>', '', 'Original body'].join('\r\n');
    const raw = mail(
      ['From: a@example.com', 'Message-ID: <a@b>', 'Date: Mon, 7 May 2012 15:58:32 +0200', 'Content-Type: multipart/mixed; boundary=m'],
      multipart('m', [
        ['Content-Type: text/plain', '', 'Forwarding this'],
        ['Content-Type: message/rfc822', '', attached],
        ['Content-Type: message/rfc822', 'Content-Disposition: attachment; filename="forwarded"', '', attached],
      ]),
    );
    const message = await parsed(raw);
    expect(message.text).toBe('Forwarding this');
    expect(message.attachments.map((attachment) => [attachment.filename, attachment.contentType])).toEqual([
      ["Factura d'abril.eml", 'message/rfc822'],
      ['forwarded.eml', 'message/rfc822'],
    ]);
    expect(message.attachments[0].content.toString()).toContain('Original body');
  });

  it('reads text whose charset label is wrong or missing', async () => {
    const latin1 = Buffer.concat([
      Buffer.from('From: a@example.com\r\nMessage-ID: <a@b>\r\nDate: Mon, 7 May 2012 15:58:32 +0200\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nGr'),
      Buffer.from([0xfc, 0xdf, 0x65, 0x20, 0x93, 0x78, 0x94]),
    ]);
    const message = await parsed(latin1);
    expect(message.text).toBe('Grüße “x”');
    expect(message.problems).toEqual([expect.stringMatching(/^charset: text labelled "utf-8" is not UTF-8/)]);
  });

  it('joins format=flowed lines without gluing a reply to the quote above it', async () => {
    const message = await parsed(
      mail(['From: a@example.com', 'Message-ID: <a@b>', 'Date: Mon, 7 May 2012 15:58:32 +0200', 'Content-Type: text/plain; charset=us-ascii; format=flowed'], 'Anna wrote:\r\n> Hi \r\nHello \r\nthere'),
    );
    expect(message.text).toBe('Anna wrote:\n> Hi \nHello there');
  });

  it('reads CR-only messages and messages without headers', async () => {
    const cr = await parsed(Buffer.from('From: a@example.com\rSubject: old Mac\rMessage-ID: <a@b>\rDate: Mon, 7 May 2012 15:58:32 +0200\r\rBody'));
    expect(cr.subject).toBe('old Mac');
    expect(cr.text).toBe('Body');
    const bare = await parsed(Buffer.from('Just some text\nover two lines\n'));
    expect(bare.text).toBe('Just some text\nover two lines\n');
    expect(bare.problems).toContainEqual(expect.stringMatching(/^no-headers:/));
  });

  it('keeps the body as text when the MIME structure yields no part at all', async () => {
    const raw = mail(['From: a@example.com', 'Message-ID: <a@b>', 'Date: Mon, 7 May 2012 15:58:32 +0200', 'Content-Type: multipart/mixed; boundary=never'], 'Plain words');
    const message = await parsed(raw);
    expect(message.text).toBe('Plain words');
    expect(message.problems).toEqual([expect.stringMatching(/^unreadable-structure:/)]);
  });

  it('gives up on what mailparser cannot read at all, keeping the raw bytes', async () => {
    const parts = Array.from({ length: 1001 }, () => ['Content-Type: text/plain', '', 'x']);
    const raw = mail(['From: a@example.com', 'Message-ID: <many@parts>', 'Content-Type: multipart/mixed; boundary=m'], multipart('m', parts));
    const message: ParsedMessage = await parseMessage(raw, { receivedAt });
    expect(message).toEqual({
      unparseable: true,
      messageId: 'many@parts',
      syntheticMessageId: false,
      receivedAt,
      problems: [expect.stringMatching(/^unparseable: .*child nodes/)],
      raw,
    });
  });

  it('never throws, whatever the bytes', async () => {
    const inputs = [Buffer.alloc(0), Buffer.from([0, 0, 0]), Buffer.from('\r\n\r\n'), Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256))];
    for (const raw of inputs) {
      const message = await parseMessage(raw, { receivedAt });
      expect(message.raw).toBe(raw);
      expect(message.messageId).toBeTruthy();
      if (!message.unparseable) expect(message.text).not.toContain('\0');
    }
  });
});
