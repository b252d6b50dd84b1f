// Tag names: what agents type, in one spelling per instance (lower case, NFC), so that "VPN" and
// "vpn" are one tag. Letters and digits of any script, and - _ . / inside; no spaces.
export const MAX_TAG_LENGTH = 40;
// How many tags one ticket holds at most, and one request names at most.
export const MAX_TAGS_PER_TICKET = 50;
export const MAX_TAGS_PER_REQUEST = 20;

const TAG = /^[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}._/-]*[\p{L}\p{N}\p{M}])?$/u;

// The tag's one spelling, or null when it is not a valid tag.
export function normalizeTag(raw: string): string | null {
  const name = raw.normalize('NFC').trim().toLowerCase();
  if (name.length === 0 || [...name].length > MAX_TAG_LENGTH || !TAG.test(name)) return null;
  return name;
}

// A prefix typed for completion, in the same spelling; LIKE's own characters escaped.
export function tagPrefixPattern(raw: string): string {
  const prefix = raw.normalize('NFC').trim().toLowerCase();
  return `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
