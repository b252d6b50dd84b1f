import { chooseCharset, decodeText } from './charset-choice';

const known = (charset: string) => ['iso-8859-1', 'iso-8859-15', 'windows-1252', 'koi8-r', 'gb18030', 'utf-7', 'iso-2022-jp'].includes(charset);
const bytes = (...values: number[]) => Uint8Array.from(values);
const ascii = Buffer.from('plain text');
const utf8 = Buffer.from('Grüße');
const latin1 = bytes(0x47, 0x72, 0xfc, 0xdf, 0x65);

describe('chooseCharset', () => {
  it.each([
    ['7-bit text under any label', ascii, 'iso-8859-1', 'iso-8859-1', null],
    ['7-bit text without a label', ascii, null, 'utf-8', null],
    ['7-bit text under UTF-7, which is not ASCII-compatible', ascii, 'utf-7', 'utf-7', null],
    ['UTF-8 as labelled', utf8, 'UTF-8', 'utf-8', null],
    ['UTF-8 without a label', utf8, null, 'utf-8', null],
    ['ISO-8859-1 as Windows-1252, as senders mean it', latin1, 'iso-8859-1', 'windows-1252', null],
    ['a legacy label honoured', latin1, 'koi8-r', 'koi8-r', null],
    ['a multi-byte label honoured even when the bytes happen to be UTF-8', utf8, 'gb18030', 'gb18030', null],
  ])('%s', (_case, input, label, charset, problem) => {
    expect(chooseCharset(input, label, known)).toEqual({ charset, problem });
  });

  it.each([
    ['UTF-8 labelled ISO-8859-1', utf8, 'iso-8859-1', 'utf-8', 'text labelled "iso-8859-1" is UTF-8'],
    ['Latin-1 labelled UTF-8', latin1, 'utf-8', 'windows-1252', 'text labelled "utf-8" is not UTF-8'],
    ['Latin-1 without a label', latin1, null, 'windows-1252', 'text labelled "none" is not UTF-8'],
    ['an unknown label over UTF-8', utf8, 'x-unknown', 'utf-8', 'unknown charset "x-unknown"'],
    ['an unknown label over other bytes', latin1, 'iso-gb2312', 'windows-1252', 'unknown charset "iso-gb2312"'],
    ['ISO-2022-JP labelled as ASCII', Buffer.from('\x1b$B$3$s\x1b(B'), 'us-ascii', 'iso-2022-jp', 'is ISO-2022-JP'],
  ])('reads %s and says so', (_case, input, label, charset, problem) => {
    const choice = chooseCharset(input, label, known);
    expect(choice.charset).toBe(charset);
    expect(choice.problem).toContain(problem);
  });

  it('decodes bytes of unknown charset as UTF-8 or else Windows-1252', () => {
    expect(decodeText(utf8)).toBe('Grüße');
    expect(decodeText(latin1)).toBe('Grüße');
    expect(decodeText(bytes(0x93, 0x61, 0x94))).toBe('“a”');
  });
});
