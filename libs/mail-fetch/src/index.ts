export { MailFetchModule } from './mail-fetch.module';
export { FetchOutcome, MailboxFetcher } from './mailbox-fetcher.service';
export { FetchProblem, FetchTarget, IngestFailure, describeFetchFailure } from './fetch-failure';
export { retryDelaySeconds } from './fetch-schedule';
