import { randomBytes } from 'node:crypto';
import { Config, loadConfig } from '@tessera/config';
import { TestDatabase, testRedisUrl } from './test-database';

export const TEST_OPERATOR_TOKEN = 'test-operator-token-0123456789abcdefghijklmnop';

// A configuration for one app under test: its own database, its own queue prefix on the shared
// Redis, quiet logs. Overrides use the environment variable names of the real configuration.
export function testConfig(database: TestDatabase, overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.ownerUrl,
    REDIS_URL: testRedisUrl(),
    TESSERA_QUEUE_PREFIX: `test-${randomBytes(4).toString('hex')}`,
    TESSERA_OPERATOR_TOKEN: TEST_OPERATOR_TOKEN,
    TESSERA_SECRET_KEY: 'test-secret-key-0123456789abcdefghijklmnopqrstuvwxyz',
    TESSERA_TENANT_CACHE_SECONDS: '30',
    LOG_LEVEL: 'silent',
    PORT: '0',
    TESSERA_WORKER_PORT: '0',
    // Tests run their webhook receivers on 127.0.0.1.
    TESSERA_WEBHOOKS_ALLOW_INTERNAL: 'true',
    ...overrides,
  });
}
