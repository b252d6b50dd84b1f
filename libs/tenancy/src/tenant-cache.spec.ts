import { TenantCache } from './tenant-cache';

describe('TenantCache', () => {
  it('returns entries until they expire', () => {
    let now = 1000;
    const cache = new TenantCache<string>(500, () => now);
    cache.set('demo', 'a');
    expect(cache.get('demo')).toBe('a');
    now = 1499;
    expect(cache.get('demo')).toBe('a');
    now = 1500;
    expect(cache.get('demo')).toBeUndefined();
  });

  it('keeps nothing with a zero TTL and forgets everything on clear', () => {
    const off = new TenantCache<string>(0);
    off.set('demo', 'a');
    expect(off.get('demo')).toBeUndefined();
    const on = new TenantCache<string>(10_000);
    on.set('demo', 'a');
    on.clear();
    expect(on.get('demo')).toBeUndefined();
  });
});
