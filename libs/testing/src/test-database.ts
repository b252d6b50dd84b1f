import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { deriveRuntimeUrl } from '@tessera/config';
import { testEnvironment } from './test-environment';

export interface TestDatabase {
  name: string;
  ownerUrl: string;
  runtimeUrl: string;
  drop(): Promise<void>;
}

// Set by tools/test: the owner URL of the server and the migrated template's name.
function testServer(): { ownerUrl: string; template: string } {
  const env = testEnvironment('TESSERA_TEST_DATABASE_URL', 'TESSERA_TEST_TEMPLATE');
  return { ownerUrl: env.TESSERA_TEST_DATABASE_URL, template: env.TESSERA_TEST_TEMPLATE };
}

export function testRedisUrl(): string {
  return testEnvironment('TESSERA_TEST_REDIS_URL').TESSERA_TEST_REDIS_URL;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

// A fresh database for one test file, cloned from the migrated template in milliseconds.
export async function createTestDatabase(): Promise<TestDatabase> {
  const { ownerUrl, template } = testServer();
  const name = `tessera_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: withDatabase(ownerUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${template}`);
  } finally {
    await admin.end();
  }
  const databaseUrl = withDatabase(ownerUrl, name);
  return {
    name,
    ownerUrl: databaseUrl,
    runtimeUrl: deriveRuntimeUrl(databaseUrl),
    drop: async () => {
      const client = new Client({ connectionString: withDatabase(ownerUrl, 'postgres') });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}
