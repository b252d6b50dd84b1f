import { storableJson } from './json-column';

describe('storableJson', () => {
  it('removes NUL and replaces lone surrogates in keys and values at any depth, leaving the input as it was', () => {
    const input = { 'k\0ey': 'a\0b', cut: 'emoji 😀'.slice(0, 7), list: ['\udc00x', 1, null, true], nested: { deeper: [{ text: 'fine 😀' }] } };
    const before = JSON.stringify(input);
    expect(storableJson(input)).toEqual({ key: 'ab', cut: 'emoji \ufffd', list: ['\ufffdx', 1, null, true], nested: { deeper: [{ text: 'fine 😀' }] } });
    expect(JSON.stringify(input)).toBe(before);
  });

  it('walks documents deeper than the call stack allows', () => {
    let deep: unknown = 'a\0';
    for (let i = 0; i < 50_000; i++) deep = [deep];
    let out = storableJson(deep);
    for (let i = 0; i < 50_000; i++) out = (out as unknown[])[0];
    expect(out).toBe('a');
  });

  it('keeps dates, numbers and null as they are', () => {
    const date = new Date(0);
    expect(storableJson({ date, n: 1.5, none: null })).toEqual({ date, n: 1.5, none: null });
    expect(storableJson(null)).toBeNull();
  });
});
