import { randomBytes } from 'node:crypto';
import { ImapFlow } from 'imapflow';
import { TestImapUser, testImapServer } from './test-imap-server';

const server = testImapServer();

function client(auth: { user: string; pass: string }): ImapFlow {
  const imap = new ImapFlow({ host: server.host, port: server.port, secure: false, auth, logger: false });
  // Failures surface through the awaited calls; the event would only repeat them.
  imap.on('error', () => undefined);
  return imap;
}

async function signedIn(account: TestImapUser): Promise<ImapFlow> {
  const imap = client({ user: account.user, pass: account.password });
  await imap.connect();
  return imap;
}

function message(subject: string): string {
  return [
    'From: Marta Puig <marta@example.test>',
    'To: support@example.test',
    `Subject: ${subject}`,
    `Message-ID: <${randomBytes(8).toString('hex')}@example.test>`,
    'Date: Mon, 02 Mar 2026 09:30:00 +0100',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Since this morning the projector shows no signal.',
    '',
  ].join('\r\n');
}

describe('testImapServer', () => {
  it('gives a new user an INBOX to append to, fetch from by UID, flag and move out of', async () => {
    const imap = await signedIn(await server.addUser('support'));
    try {
      const raw = message('Projector in room 4 is blank');
      const appended = await imap.append('INBOX', raw);
      const uid = appended ? appended.uid : undefined;
      expect(uid).toEqual(expect.any(Number));
      await imap.mailboxCreate('Processed');

      const lock = await imap.getMailboxLock('INBOX');
      try {
        const fetched = await imap.fetchOne(String(uid), { source: true, envelope: true, flags: true }, { uid: true });
        expect(fetched && fetched.source?.toString()).toBe(raw);
        expect(fetched && fetched.envelope?.subject).toBe('Projector in room 4 is blank');
        expect(fetched && fetched.flags?.has('\\Seen')).toBe(false);

        await imap.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
        const flagged = await imap.fetchOne(String(uid), { flags: true }, { uid: true });
        expect(flagged && flagged.flags?.has('\\Seen')).toBe(true);

        const moved = await imap.messageMove(String(uid), 'Processed', { uid: true });
        expect(moved && moved.uidMap?.has(uid as number)).toBe(true);
        expect(await imap.search({ all: true }, { uid: true })).toEqual([]);
      } finally {
        lock.release();
      }
      expect(await imap.status('Processed', { messages: true, unseen: true })).toMatchObject({ messages: 1, unseen: 0 });
    } finally {
      await imap.logout();
    }
  });

  it('keeps each user to their own mail', async () => {
    const [first, second] = [await signedIn(await server.addUser()), await signedIn(await server.addUser())];
    try {
      await first.append('INBOX', message('Only for the first user'));
      expect(await first.status('INBOX', { messages: true })).toMatchObject({ messages: 1 });
      expect(await second.status('INBOX', { messages: true })).toMatchObject({ messages: 0 });
    } finally {
      await Promise.all([first.logout(), second.logout()]);
    }
  });

  it('refuses a wrong password and an unknown user', async () => {
    const account = await server.addUser();
    const refused = async (auth: { user: string; pass: string }) => {
      const imap = client(auth);
      await expect(imap.connect()).rejects.toMatchObject({ authenticationFailed: true });
      // The refused connection stays open until closed.
      imap.close();
    };
    // Side by side: Dovecot answers each failure after about half a second.
    await Promise.all([refused({ user: account.user, pass: `${account.password}x` }), refused({ user: `${account.user}x`, pass: account.password })]);
  });
});
