import { formatMessageId, limitReferences, messageIds, rawMessageId, syntheticMessageId } from './message-id';

describe('message ids', () => {
  it('reads bracketed ids, in order and once each', () => {
    expect(messageIds('<a@x> (Joe\'s message of Monday)\r\n <b@y>\t<a@x>')).toEqual(['a@x', 'b@y']);
  });

  it('reads ids a sender wrote without brackets', () => {
    expect(messageIds('20180802145828.58E7387959@mail.example.cz')).toEqual(['20180802145828.58E7387959@mail.example.cz']);
    expect(messageIds('(comment with x@y) abc@host')).toEqual(['abc@host']);
    expect(messageIds('')).toEqual([]);
    expect(messageIds(null)).toEqual([]);
  });

  it('keeps the root and the most recent of very long References', () => {
    const ids = Array.from({ length: 250 }, (_, index) => `${index}@x`);
    const kept = limitReferences(ids);
    expect(kept).toHaveLength(100);
    expect(kept[0]).toBe('0@x');
    expect(kept[kept.length - 1]).toBe('249@x');
    expect(kept[1]).toBe('151@x');
  });

  it('derives the same synthetic id from the same bytes and another from others', () => {
    const id = syntheticMessageId(Buffer.from('message'));
    expect(id).toMatch(/^[0-9a-f]{40}@message-id\.invalid$/);
    expect(syntheticMessageId(Buffer.from('message'))).toBe(id);
    expect(syntheticMessageId(Buffer.from('message!'))).not.toBe(id);
  });

  it('finds the Message-ID of a message by a plain look at its headers', () => {
    expect(rawMessageId(Buffer.from('Subject: x\r\nMessage-ID:\r\n <abc@host>\r\n\r\n'))).toBe('abc@host');
    expect(rawMessageId(Buffer.from('Subject: x\r\n\r\n'))).toBeNull();
  });

  it('brackets ids for outgoing headers', () => {
    expect(formatMessageId('abc@host')).toBe('<abc@host>');
  });
});
