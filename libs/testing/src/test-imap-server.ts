import { randomBytes } from 'node:crypto';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';
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
  // Puts raw messages into the user's folder (INBOX by default); their UIDs, in order.
  append(account: TestImapUser, raws: string[], folder?: string): Promise<number[]>;
}

// The Dovecot tools/test runs (plain IMAP on 127.0.0.1, no TLS). Its passdb reads one passwd-file
// per user from TESSERA_TEST_IMAP_USERS_DIR, so a user exists as soon as its file does.
export function testImapServer(): TestImapServer {
  const env = testEnvironment('TESSERA_TEST_IMAP_HOST', 'TESSERA_TEST_IMAP_PORT', 'TESSERA_TEST_IMAP_USERS_DIR');
  const usersDir = env.TESSERA_TEST_IMAP_USERS_DIR;
  const host = env.TESSERA_TEST_IMAP_HOST;
  const port = Number(env.TESSERA_TEST_IMAP_PORT);
  return {
    host,
    port,
    append: async (account, raws, folder = 'INBOX') => {
      const imap = new ImapFlow({ host, port, secure: false, auth: { user: account.user, pass: account.password }, logger: false });
      imap.on('error', () => undefined);
      await imap.connect();
      try {
        const uids: number[] = [];
        for (const raw of raws) {
          const appended = await imap.append(folder, raw);
          if (!appended || !appended.uid) throw new Error('APPEND gave no UID');
          uids.push(appended.uid);
        }
        return uids;
      } finally {
        await imap.logout();
      }
    },
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
