import type { AfterFetch, ImapCredentials } from '@tessera/mailboxes';
import { ImapFlow, SearchObject } from 'imapflow';
import { FetchProblem } from './fetch-failure';

// How long a mail server may keep us waiting: to connect (DNS, TCP and TLS together), to greet,
// and between two answers.
const TIMEOUTS = { connectionTimeout: 20_000, greetingTimeout: 15_000, socketTimeout: 120_000 };
// UIDs per STORE / MOVE / EXPUNGE command, to keep command lines short.
const UIDS_PER_COMMAND = 500;

export interface FetchedMessage {
  source: Buffer;
  // The server's internal date: when the message arrived in the folder.
  receivedAt: Date | undefined;
}

// One fetched folder on an open, logged-in IMAP connection.
export class ImapFolder {
  private destinationReady = false;

  private constructor(
    private readonly client: ImapFlow,
    // As text: it is a 32-bit unsigned number, stored in a bigint column.
    readonly uidValidity: string,
  ) {}

  static async open(credentials: ImapCredentials & { password: string }, folder: string): Promise<ImapFolder> {
    const client = new ImapFlow({
      host: credentials.host,
      port: credentials.port,
      secure: credentials.security === 'tls',
      // starttls: upgrade or fail; none: stay in clear text even if the server offers TLS.
      doSTARTTLS: credentials.security === 'starttls' ? true : credentials.security === 'none' ? false : undefined,
      auth: { user: credentials.user, pass: credentials.password },
      logger: false,
      disableAutoIdle: true,
      ...TIMEOUTS,
    });
    // Failures reach us through the awaited calls; without a listener the event would crash the
    // process.
    client.on('error', () => undefined);
    try {
      await client.connect();
      const opened = await client.mailboxOpen(folder);
      return new ImapFolder(client, opened.uidValidity.toString());
    } catch (error) {
      client.close();
      throw error;
    }
  }

  // The first `limit` UIDs above `after`, in UID order.
  async uidsAfter(after: number, limit: number): Promise<number[]> {
    // `n:*` also matches the highest UID when it is below n.
    return (await this.search({ uid: `${after + 1}:*` }))
      .filter((uid) => uid > after)
      .sort((a, b) => a - b)
      .slice(0, limit);
  }

  // The whole message, or null when it went away in the meantime.
  async message(uid: number): Promise<FetchedMessage | null> {
    const fetched = await this.client.fetchOne(String(uid), { uid: true, source: true, internalDate: true }, { uid: true });
    if (!fetched || !fetched.source) return null;
    const date = fetched.internalDate === undefined ? undefined : new Date(fetched.internalDate);
    return { source: fetched.source, receivedAt: date && !Number.isNaN(date.getTime()) ? date : undefined };
  }

  // Messages up to `lastUid` the after-fetch action has not reached yet (a run that stopped
  // between a commit and the action): still unseen, or still in the folder.
  async unfinished(action: AfterFetch, lastUid: number): Promise<number[]> {
    if (lastUid < 1) return [];
    const query = action === 'seen' ? { uid: `1:${lastUid}`, seen: false } : { uid: `1:${lastUid}` };
    return (await this.search(query)).filter((uid) => uid <= lastUid);
  }

  async afterFetch(action: AfterFetch, destination: string | null, uids: number[]): Promise<void> {
    for (let start = 0; start < uids.length; start += UIDS_PER_COMMAND) {
      const range = uids.slice(start, start + UIDS_PER_COMMAND);
      if (action === 'seen') this.check(await this.client.messageFlagsAdd(range, ['\\Seen'], { uid: true }), 'Marking fetched mail as seen');
      else if (action === 'delete') this.check(await this.client.messageDelete(range, { uid: true }), 'Deleting fetched mail');
      else await this.move(range, destination);
    }
  }

  async close(): Promise<void> {
    await this.client.logout().catch(() => this.client.close());
  }

  // Drops the connection at once, for a connection already in trouble.
  abort(): void {
    this.client.close();
  }

  private async move(uids: number[], destination: string | null): Promise<void> {
    if (!destination) throw new Error('No folder to move fetched mail to');
    if (!this.destinationReady) {
      // Answers ALREADYEXISTS (not an error) when the folder is there.
      await this.client.mailboxCreate(destination);
      this.destinationReady = true;
    }
    this.check(await this.client.messageMove(uids, destination, { uid: true }), `Moving fetched mail to "${destination}"`);
  }

  private async search(query: SearchObject): Promise<number[]> {
    const found = await this.client.search(query, { uid: true });
    return this.check(Array.isArray(found) ? found : null, 'Searching the folder');
  }

  // imapflow answers a refused STORE, MOVE, EXPUNGE or SEARCH with false rather than an error.
  private check<T>(result: T | false | null | undefined, what: string): T {
    if (result === false || result === null || result === undefined) {
      throw new FetchProblem(`${what} failed: ${this.client.usable ? 'the server refused it' : 'the connection was lost'}`);
    }
    return result;
  }
}
