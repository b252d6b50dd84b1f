import { MAX_TAG_LENGTH, normalizeTag, tagPrefixPattern } from './tag-name';

describe('normalizeTag', () => {
  it('spells a tag one way: trimmed, lower case, NFC', () => {
    expect(normalizeTag('  VPN ')).toBe('vpn');
    expect(normalizeTag('Impressió')).toBe('impressió');
    expect(normalizeTag('Impressio\u0301')).toBe('impressió');
    expect(normalizeTag('wi-fi/5g')).toBe('wi-fi/5g');
    expect(normalizeTag('release_2.1')).toBe('release_2.1');
  });

  it('refuses empty, too long, spaced or punctuated names', () => {
    for (const bad of ['', '   ', 'two words', '-lead', 'trail-', 'semi;colon', '<b>', 'a'.repeat(MAX_TAG_LENGTH + 1), 'tab\tbed']) {
      expect([bad, normalizeTag(bad)]).toEqual([bad, null]);
    }
    expect(normalizeTag('a'.repeat(MAX_TAG_LENGTH))).toBe('a'.repeat(MAX_TAG_LENGTH));
  });
});

describe('tagPrefixPattern', () => {
  it('escapes what LIKE would read as wildcards', () => {
    expect(tagPrefixPattern('Re')).toBe('re%');
    expect(tagPrefixPattern('a_b%c\\')).toBe('a\\_b\\%c\\\\%');
  });
});
