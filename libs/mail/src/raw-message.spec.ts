import { bodyOf, normalizeRaw } from './raw-message';

const text = (raw: Buffer) => raw.toString('latin1');

describe('normalizeRaw', () => {
  it('leaves an ordinary message byte for byte as it is', () => {
    const raw = Buffer.from('From: a@example.com\r\nSubject: hi\r\n\r\nbody\r\n');
    expect(normalizeRaw(raw)).toEqual({ raw, problems: [] });
  });

  it('drops the mbox "From " line a mailbox file starts with', () => {
    const { raw, problems } = normalizeRaw(Buffer.from('From a@example.com  Mon May  7 15:08:10 2012\nFrom: a@example.com\n\nbody\n'));
    expect(text(raw)).toBe('From: a@example.com\n\nbody\n');
    expect(problems).toEqual([]);
  });

  it('reads CR-only line ends as CRLF', () => {
    const { raw, problems } = normalizeRaw(Buffer.from('From: a@example.com\rSubject: hi\r\rbody\r'));
    expect(text(raw)).toBe('From: a@example.com\r\nSubject: hi\r\n\r\nbody\r\n');
    expect(problems).toEqual([expect.stringMatching(/^cr-line-endings:/)]);
  });

  it('keeps a message without headers as body text instead of losing its first lines', () => {
    const { raw, problems } = normalizeRaw(Buffer.from('Lorem ipsum dolor\nsit amet\n'));
    expect(text(raw)).toBe('\r\nLorem ipsum dolor\nsit amet\n');
    expect(problems).toEqual([expect.stringMatching(/^no-headers:/)]);
    expect(text(bodyOf(raw))).toBe('Lorem ipsum dolor\nsit amet\n');
  });

  it('drops a stray line before the headers when real headers follow', () => {
    const { raw, problems } = normalizeRaw(Buffer.from('---- Original email message ----\nReturn-Path: a@example.com\nSubject: x\n\nbody'));
    expect(text(raw)).toBe('Return-Path: a@example.com\nSubject: x\n\nbody');
    expect(problems).toEqual([expect.stringMatching(/^junk-before-headers:/)]);
  });

  it('turns "Name (address)" into "Name <address>" in address headers only', () => {
    const { raw, problems } = normalizeRaw(
      Buffer.from('From: Joan Serra (joan@example.com)\r\nTo: a@example.com (Anna), =?iso-8859-2?Q?Namedy=F1ski?= (hans@example.com)\r\nX-Note: Joan (joan@example.com)\r\n\r\n(x@example.com)'),
    );
    expect(text(raw)).toBe(
      'From: Joan Serra <joan@example.com>\r\nTo: a@example.com (Anna), =?iso-8859-2?Q?Namedy=F1ski?= <hans@example.com>\r\nX-Note: Joan (joan@example.com)\r\n\r\n(x@example.com)',
    );
    expect(problems).toEqual([expect.stringMatching(/^address-in-comment:/)]);
  });

  it('folds a header continuation written without the leading space', () => {
    const { raw, problems } = normalizeRaw(Buffer.from('Content-Type: multipart/mixed;\nboundary="b"\nSubject: x\n\n--b\n'));
    expect(text(raw)).toBe('Content-Type: multipart/mixed;\n boundary="b"\nSubject: x\n\n--b\n');
    expect(problems).toEqual([expect.stringMatching(/^unfolded-header:/)]);
  });

  it('recodes raw 8-bit header text that is not UTF-8, and raw 8-bit bytes inside encoded words by their label', () => {
    const latin1 = Buffer.concat([
      Buffer.from('Subject: caf'),
      Buffer.from([0xe9]),
      Buffer.from(' =?iso-8859-1?Q?Fr'),
      Buffer.from([0xf6]),
      Buffer.from('sche?=\r\n\r\nbody'),
    ]);
    const { raw, problems } = normalizeRaw(latin1);
    expect(raw.toString('utf8')).toBe(`Subject: café =?UTF-8?B?${Buffer.from('Frösche').toString('base64')}?=\r\n\r\nbody`);
    expect(problems).toEqual([expect.stringMatching(/^charset:/)]);
  });

  it('recodes raw header text with the charset the body declares', () => {
    const koi8 = Buffer.concat([Buffer.from('Subject: '), Buffer.from([0xd4, 0xc5, 0xd3, 0xd4]), Buffer.from('\nContent-Type: text/plain; charset=koi8-r\n\nx')]);
    expect(normalizeRaw(koi8).raw.toString('utf8')).toContain('Subject: тест');
  });

  it('leaves UTF-8 header text alone', () => {
    const raw = Buffer.from('Subject: café\r\n\r\nbody');
    expect(normalizeRaw(raw)).toEqual({ raw, problems: [] });
  });
});
