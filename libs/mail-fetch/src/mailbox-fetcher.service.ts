import { Inject, Injectable, Logger } from '@nestjs/common';
import { CONFIG, Config } from '@tessera/config';
import { Outbox, TenantDatabase, TenantRef } from '@tessera/database';
import { IntakeResult, MailIntakeService } from '@tessera/intake';
import { parseMessage } from '@tessera/mail';
import { MAILBOX_FAILING_TOPIC, Mailbox, MailboxAdminService } from '@tessera/mailboxes';
import { FetchProblem, IngestFailure, describeFetchFailure } from './fetch-failure';
import { retryDelaySeconds } from './fetch-schedule';
import { FetchStateRepository } from './fetch-state.repository';
import { ImapFolder } from './imap-folder';

export type FetchOutcome =
  // The mailbox is gone, inactive, no longer IMAP, or another fetch of it moved on meanwhile.
  | { status: 'skipped' }
  // `more`: the run stopped at the batch size with messages left for the next one.
  | { status: 'fetched'; messages: number; duplicates: number; more: boolean }
  | { status: 'failed'; messages: number; error: string };

// Fetches in a row that must fail before the managers are alerted: one failure is often a
// passing network problem.
export const FAILING_ALERT_AFTER = 3;

// Another fetch of the same mailbox moved last_uid: this run stops and leaves the rest to it.
class Overtaken extends Error {}

// Fetches one IMAP mailbox into the intake pipeline, resuming by UID. Each message is parsed
// outside the database, then taken in and its UID recorded in one transaction; the after-fetch
// action follows the commit. A crash at any point loses nothing: an uncommitted message is
// fetched again, and an action that did not happen is caught up on at the next run.
@Injectable()
export class MailboxFetcher {
  private readonly logger = new Logger(MailboxFetcher.name);

  constructor(
    private readonly db: TenantDatabase,
    private readonly mailboxes: MailboxAdminService,
    private readonly intake: MailIntakeService,
    private readonly state: FetchStateRepository,
    private readonly outbox: Outbox,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  // The instance's mailboxes to fetch now.
  async due(tenant: TenantRef): Promise<string[]> {
    return this.db.run(tenant, () => this.state.due());
  }

  async fetch(tenant: TenantRef, mailboxId: string): Promise<FetchOutcome> {
    const loaded = await this.db.run(tenant, async () => {
      const mailbox = await this.state.find(mailboxId);
      return mailbox?.isActive ? { mailbox, credentials: await this.mailboxes.imapCredentials(mailboxId) } : null;
    });
    if (!loaded?.credentials) return { status: 'skipped' };
    const { mailbox, credentials } = loaded;
    const progress = { messages: 0, duplicates: 0 };
    let folder: ImapFolder | undefined;
    try {
      if (credentials.password === null) {
        throw new FetchProblem('No password is stored (or it was stored under another deployment key): enter it again');
      }
      folder = await ImapFolder.open({ ...credentials, password: credentials.password }, mailbox.imapFolder);
      const more = await this.fetchFolder(tenant, mailbox, folder, progress);
      await folder.close();
      await this.db.run(tenant, () => this.state.succeeded(mailboxId, more));
      if (progress.messages > 0) this.logger.log({ tenant: tenant.slug, mailboxId, ...progress, more }, 'mail fetched');
      return { status: 'fetched', ...progress, more };
    } catch (error) {
      folder?.abort();
      if (error instanceof Overtaken) return { status: 'skipped' };
      const target = { host: credentials.host, port: credentials.port, user: credentials.user, folder: mailbox.imapFolder };
      const message = describeFetchFailure(error, target, [credentials.password]);
      const delay = retryDelaySeconds(mailbox.fetchIntervalSeconds, mailbox.consecutiveFailures + 1);
      await this.db.run(tenant, async () => {
        const failures = await this.state.failed(mailboxId, message, delay);
        // Once per run of failures: the managers hear of it, then the back-off keeps trying.
        if (failures === FAILING_ALERT_AFTER) await this.outbox.add(MAILBOX_FAILING_TOPIC, { mailboxId, error: message, failures });
      });
      this.logger.warn({ tenant: tenant.slug, mailboxId, messages: progress.messages, error: message, retryInSeconds: delay }, 'mail fetch failed');
      return { status: 'failed', messages: progress.messages, error: message };
    }
  }

  // Returns whether messages are left over for the next run.
  private async fetchFolder(tenant: TenantRef, mailbox: Mailbox, folder: ImapFolder, progress: { messages: number; duplicates: number }): Promise<boolean> {
    let lastUid = mailbox.lastUid;
    if (mailbox.uidValidity !== folder.uidValidity) {
      // The folder's UIDs were renumbered (or this is the first fetch): start over from its
      // first message; Message-ID idempotency makes that safe.
      if (!(await this.db.run(tenant, () => this.state.restart(mailbox, folder.uidValidity)))) throw new Overtaken();
      lastUid = null;
    } else {
      await folder.afterFetch(mailbox.afterFetch, mailbox.afterFetchFolder, await folder.unfinished(mailbox.afterFetch, Number(lastUid ?? 0)));
    }
    const batch = this.config.worker.mailFetchBatch;
    const uids = await folder.uidsAfter(Number(lastUid ?? 0), batch);
    for (const uid of uids) {
      const result = await this.takeIn(tenant, mailbox.id, folder, uid, lastUid);
      lastUid = String(uid);
      progress.messages += 1;
      if (result?.duplicate) progress.duplicates += 1;
      await folder.afterFetch(mailbox.afterFetch, mailbox.afterFetchFolder, [uid]);
    }
    return uids.length === batch;
  }

  // One message: parsed outside the database, then taken in and its UID recorded in one
  // transaction. Null when the message went away before we read it.
  private async takeIn(tenant: TenantRef, mailboxId: string, folder: ImapFolder, uid: number, lastUid: string | null): Promise<IntakeResult | null> {
    const message = await folder.message(uid);
    const parsed = message && (await parseMessage(message.source, { receivedAt: message.receivedAt }));
    try {
      return await this.db.run(tenant, async () => {
        const result = parsed && (await this.intake.ingest(parsed, { mailboxId, via: 'imap' }));
        if (!(await this.state.advance(mailboxId, uid, lastUid))) throw new Overtaken();
        return result;
      });
    } catch (error) {
      throw error instanceof Overtaken ? error : new IngestFailure(uid, error);
    }
  }
}
