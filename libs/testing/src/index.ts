export { TEST_OPERATOR_TOKEN, testConfig } from './test-config';
export { TestDatabase, createTestDatabase, testRedisUrl } from './test-database';
export { TestImapServer, TestImapUser, testImapServer } from './test-imap-server';
export { SinkEnvelope, SinkFailure, SinkMessage, TestSmtpSink, testSmtpSink } from './test-smtp-sink';
export { CORPUS_NOT_BOUNCES, MailCorpus, mailCorpus } from './mail-corpus';
export { deliveryReport } from './mail-fixtures';
export { waitUntil } from './wait-until';
