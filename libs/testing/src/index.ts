export { TEST_OPERATOR_TOKEN, testConfig } from './test-config';
export { TestDatabase, createTestDatabase, testRedisUrl } from './test-database';
export { TestImapServer, TestImapUser, testImapServer } from './test-imap-server';
export { SinkEnvelope, SinkFailure, SinkMessage, TestSmtpSink, testSmtpSink } from './test-smtp-sink';
export { waitUntil } from './wait-until';
