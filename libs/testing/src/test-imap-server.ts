import { randomBytes } from 'node:crypto';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { testEnvironment } from './test-environment';

export interface TestImapUser {
  user: string;
  password: string;
}

export interface TestImapServer {
  host: string;
  port: number;
  // A new mailbox account with an empty INBOX; `name` prefixes its unique user name.
  addUser(name?: string): Promise<TestImapUser>;
}

// The Dovecot tools/test runs (plain IMAP on 127.0.0.1, no TLS). Its passdb reads one passwd-file
// per user from TESSERA_TEST_IMAP_USERS_DIR, so a user exists as soon as its file does.
export function testImapServer(): TestImapServer {
  const env = testEnvironment('TESSERA_TEST_IMAP_HOST', 'TESSERA_TEST_IMAP_PORT', 'TESSERA_TEST_IMAP_USERS_DIR');
  const usersDir = env.TESSERA_TEST_IMAP_USERS_DIR;
  return {
    host: env.TESSERA_TEST_IMAP_HOST,
    port: Number(env.TESSERA_TEST_IMAP_PORT),
    addUser: async (name = 'user') => {
      // Test files run in parallel against one server: a random suffix keeps their users apart.
      const user = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${randomBytes(4).toString('hex')}`;
      const password = randomBytes(12).toString('base64url');
      const file = join(usersDir, user);
      // Written whole, then renamed: Dovecot never reads half a file.
      await writeFile(`${file}.tmp`, `${user}:{PLAIN}${password}\n`, { mode: 0o600 });
      await rename(`${file}.tmp`, file);
      return { user, password };
    },
  };
}
