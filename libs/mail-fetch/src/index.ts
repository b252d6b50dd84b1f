export { MailFetchModule } from './mail-fetch.module';
export { FAILING_ALERT_AFTER, FetchOutcome, MailboxFetcher } from './mailbox-fetcher.service';
export { FetchProblem, FetchTarget, IngestFailure, describeFetchFailure } from './fetch-failure';
export { retryDelaySeconds } from './fetch-schedule';
