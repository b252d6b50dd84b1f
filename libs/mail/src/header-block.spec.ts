import { headerText, parseHeaderBlock } from './header-block';

describe('header blocks', () => {
  it('reads fields with folding, repeated names and case-insensitive names', () => {
    const fields = parseHeaderBlock('Final-Recipient: rfc822;\n  a@example.com\nAction: failed\nX-Note: one\nx-note: two\nnot a field\n');
    expect(fields.get('final-recipient')).toEqual(['rfc822; a@example.com']);
    expect(fields.get('action')).toEqual(['failed']);
    expect(fields.get('x-note')).toEqual(['one', 'two']);
    expect(fields.size).toBe(3);
  });

  it('takes the header section of a message up to the first blank line', () => {
    expect(headerText(Buffer.from('Subject: a\r\nTo: b\r\n\r\nSubject: body'))).toBe('Subject: a\r\nTo: b');
    expect(headerText('Subject: only headers')).toBe('Subject: only headers');
  });
});
