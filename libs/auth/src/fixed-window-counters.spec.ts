import { FixedWindowCounters } from './fixed-window-counters';

describe('FixedWindowCounters', () => {
  let now = 0;
  const clock = () => now;

  beforeEach(() => (now = 1_000_000));

  it('counts per key within the window and starts over after it', () => {
    const counters = new FixedWindowCounters(100, clock);
    expect([counters.increment('a', 60), counters.increment('a', 60), counters.increment('b', 60)]).toEqual([1, 2, 1]);
    now += 30_000;
    expect([counters.count('a'), counters.secondsLeft('a')]).toEqual([2, 30]);
    now += 30_000;
    expect([counters.count('a'), counters.secondsLeft('a')]).toEqual([0, 0]);
    expect(counters.increment('a', 60)).toBe(1);
  });

  it('forgets a key on delete', () => {
    const counters = new FixedWindowCounters(100, clock);
    counters.increment('a', 60);
    counters.delete('a');
    expect(counters.count('a')).toBe(0);
  });

  it('never holds more keys than its capacity, dropping the oldest first', () => {
    const counters = new FixedWindowCounters(3, clock);
    for (const key of ['a', 'b', 'c', 'd', 'e']) counters.increment(key, 60);
    expect(counters.size).toBe(3);
    expect(['a', 'b', 'c', 'd', 'e'].map((key) => counters.count(key))).toEqual([0, 0, 1, 1, 1]);
  });
});
