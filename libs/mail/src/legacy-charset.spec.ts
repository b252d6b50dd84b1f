import iconv from 'iconv-lite';
import { decodeLegacyBytes } from './legacy-charset';
import { parseMessage } from './parse-message';

const bytes = (text: string, charset: string) => iconv.encode(text, charset);

describe('decodeLegacyBytes', () => {
  it('reads with a charset the message declares when it fits', () => {
    expect(decodeLegacyBytes(bytes('绩效管理,究竟谁错了.xls', 'gbk'), { declared: ['gb2312'] })).toEqual({ text: '绩效管理,究竟谁错了.xls', charset: 'gb2312' });
    expect(decodeLegacyBytes(bytes('Grüße', 'windows-1252'), { declared: ['shift_jis', 'iso-8859-1'] }).text).toBe('Grüße');
  });

  it('detects East-Asian and Cyrillic text nothing declares', () => {
    expect(decodeLegacyBytes(bytes('会議の資料について', 'shift_jis'), {}).text).toBe('会議の資料について');
    expect(decodeLegacyBytes(bytes('회의 자료', 'euc-kr'), {}).text).toBe('회의 자료');
    expect(decodeLegacyBytes(bytes('王小明 的报告', 'gbk'), {}).text).toBe('王小明 的报告');
    expect(decodeLegacyBytes(bytes('Привет, как дела', 'koi8-r'), {}).text).toBe('Привет, как дела');
    expect(decodeLegacyBytes(bytes('Привет, как дела', 'windows-1251'), {}).text).toBe('Привет, как дела');
  });

  it('keeps Latin text with accented letters Latin, and falls back to Windows-1252', () => {
    for (const text of ['Müller', 'Café “Olé”', 'aaäöüßad asd', 'Ñandú i Pérez']) expect(decodeLegacyBytes(bytes(text, 'windows-1252'), {}).text).toBe(text);
    expect(decodeLegacyBytes(Buffer.from([0x81, 0x20, 0x8d]), {}).charset).toBe('windows-1252');
  });

  it("trusts a text's own label over guesses", () => {
    expect(decodeLegacyBytes(bytes('äöüßÄÖÜß€', 'iso-8859-15'), { label: 'iso-8859-15' }).text).toBe('äöüßÄÖÜß€');
    // ISO-2022-JP is 7-bit: 8-bit bytes under its label are Shift_JIS.
    expect(decodeLegacyBytes(bytes('見積書', 'shift_jis'), { label: 'iso-2022-jp' })).toEqual({ text: '見積書', charset: 'shift_jis' });
  });
});

describe('8-bit and mislabelled header text in whole messages', () => {
  const message = (...parts: Buffer[]) => parseMessage(Buffer.concat(parts));
  const b64 = (buffer: Buffer) => buffer.toString('base64');

  it('reads raw GBK in the subject, the sender name and a part file name by the charsets the parts declare', async () => {
    const parsed = await message(
      Buffer.from('From: "'),
      bytes('王小明', 'gbk'),
      Buffer.from('" <wang@example.cn>\r\nSubject: '),
      bytes('关于报告', 'gbk'),
      Buffer.from('\r\nMessage-ID: <gbk@example.cn>\r\nContent-Type: multipart/mixed; boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/plain; charset=gb2312\r\n\r\n'),
      bytes('你好', 'gbk'),
      Buffer.from('\r\n--b1\r\nContent-Type: application/vnd.ms-excel\r\nContent-Disposition: attachment; filename="'),
      bytes('绩效管理.xls', 'gbk'),
      Buffer.from('"\r\nContent-Transfer-Encoding: base64\r\n\r\nAAAA\r\n--b1--\r\n'),
    );
    if (parsed.unparseable) throw new Error('unparseable');
    expect([parsed.subject, parsed.from?.name, parsed.attachments.map((a) => a.filename), parsed.text.trim()]).toEqual(['关于报告', '王小明', ['绩效管理.xls'], '你好']);
    expect(JSON.stringify(parsed)).not.toContain('\\ufffd');
  });

  it('reads Shift_JIS bytes in encoded words labelled ISO-2022-JP, also when a character is cut between two words', async () => {
    const subject = bytes('お見積りのご依頼', 'shift_jis');
    const parsed = await message(
      Buffer.from(`From: =?ISO-2022-JP?B?${b64(bytes('山田', 'shift_jis'))}?= <yamada@example.jp>\r\n`),
      Buffer.from(`Subject: =?ISO-2022-JP?B?${b64(subject.subarray(0, 5))}?=\r\n =?ISO-2022-JP?B?${b64(subject.subarray(5))}?=\r\n`),
      Buffer.from('Message-ID: <sjis@example.jp>\r\nContent-Type: text/plain; charset=ISO-2022-JP\r\n\r\nbody\r\n'),
    );
    if (parsed.unparseable) throw new Error('unparseable');
    expect([parsed.subject, parsed.from?.name]).toEqual(['お見積りのご依頼', '山田']);
  });

  it('leaves correctly labelled encoded words and 8-bit words under their own label readable', async () => {
    const iso2022 = `=?ISO-2022-JP?B?${b64(Buffer.from('\x1b$B8+@Q=q\x1b(B', 'latin1'))}?=`;
    const parsed = await message(Buffer.from(`From: a@example.org\r\nSubject: ${iso2022} =?iso-8859-1?Q?Fr`), Buffer.from([0xf6]), Buffer.from('sche?=\r\nMessage-ID: <x@y>\r\n\r\nbody\r\n'));
    if (parsed.unparseable) throw new Error('unparseable');
    // Whitespace between encoded words is not part of the text (RFC 2047).
    expect(parsed.subject).toBe('見積書Frösche');
  });
});
