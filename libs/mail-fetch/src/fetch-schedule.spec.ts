import { retryDelaySeconds } from './fetch-schedule';

describe('retryDelaySeconds', () => {
  it('waits the interval after the first failure, then doubles up to an hour', () => {
    expect([1, 2, 3, 4, 5, 6].map((failures) => retryDelaySeconds(300, failures))).toEqual([300, 600, 1200, 2400, 3600, 3600]);
    expect(retryDelaySeconds(10, 4)).toBe(80);
  });

  it('never retries sooner than the interval', () => {
    expect(retryDelaySeconds(7200, 1)).toBe(7200);
    expect(retryDelaySeconds(7200, 9)).toBe(7200);
  });

  it('stays an hour however long the mailbox has been failing', () => {
    expect(retryDelaySeconds(60, 5000)).toBe(3600);
  });
});
