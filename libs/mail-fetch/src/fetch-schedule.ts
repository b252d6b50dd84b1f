// A failing mailbox is retried later each time: first after its interval, then twice as long for
// every further failure in a row, at most an hour apart (never sooner than its interval, which
// may be longer than an hour).
const LONGEST_RETRY_SECONDS = 3600;

export function retryDelaySeconds(intervalSeconds: number, failures: number): number {
  const doubled = intervalSeconds * 2 ** Math.max(0, failures - 1);
  return Math.max(intervalSeconds, Math.min(doubled, LONGEST_RETRY_SECONDS));
}
