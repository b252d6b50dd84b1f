import { LOOP_HEADER, loopHeaders, loopToken, newMessageId, ownMail } from './own-mail';

describe('own mail', () => {
  const token = loopToken('instance-a', 's'.repeat(32));

  it('derives a stable token per instance that reveals neither instance nor secret', () => {
    expect(token).toMatch(/^[0-9a-f]{24}$/);
    expect(loopToken('instance-a', 's'.repeat(32))).toBe(token);
    expect(loopToken('instance-b', 's'.repeat(32))).not.toBe(token);
    expect(loopToken('instance-a', 't'.repeat(32))).not.toBe(token);
    expect(token).not.toContain('instance');
  });

  it('recognises its own mail by the loop header', () => {
    expect(loopHeaders(token)).toEqual({ [LOOP_HEADER]: token });
    const headers = new Map([[LOOP_HEADER.toLowerCase(), [` ${token} `]]]);
    expect(ownMail({ headers, messageId: 'x@elsewhere' }, token)).toBe('loop-header');
    expect(ownMail({ headers, messageId: 'x@elsewhere' }, loopToken('instance-b', 's'.repeat(32)))).toBeNull();
  });

  it('recognises its own mail by the Message-ID when a relay dropped the header', () => {
    const messageId = newMessageId(token, 'help.example.com');
    expect(messageId).toMatch(new RegExp(`^[0-9a-f-]{36}\\.${token}@help\\.example\\.com$`));
    expect(newMessageId(token, 'help.example.com')).not.toBe(messageId);
    expect(ownMail({ headers: new Map(), messageId }, token)).toBe('message-id');
    expect(ownMail({ headers: new Map(), messageId: `abc@${token}.example.com` }, token)).toBeNull();
    expect(ownMail({ headers: new Map(), messageId: 'anna-reply@example.com' }, token)).toBeNull();
  });
});
