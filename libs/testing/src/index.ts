export { TEST_OPERATOR_TOKEN, testConfig } from './test-config';
export { TestDatabase, createTestDatabase, testRedisUrl } from './test-database';
