import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@tessera/database';
import { Mailbox } from '@tessera/mailboxes';

// Where fetching stands for each mailbox (columns of `mailboxes`). Runs in the tenant transaction.
@Injectable()
export class FetchStateRepository {
  constructor(private readonly db: TenantDatabase) {}

  // Active IMAP mailboxes whose turn it is: at the time set after a failure or an unfinished run,
  // otherwise one interval after the last successful fetch.
  async due(): Promise<string[]> {
    const rows: { id: string }[] = await this.db.manager.query(
      `select id from mailboxes
        where is_active and imap_host is not null
          and coalesce(next_fetch_at, last_fetch_at + fetch_interval_seconds * interval '1 second', '-infinity') <= now()
        order by id`,
    );
    return rows.map((row) => row.id);
  }

  async find(id: string): Promise<Mailbox | null> {
    return this.db.manager.findOneBy(Mailbox, { id });
  }

  // The folder's UIDs were renumbered (a new UIDVALIDITY): start over from its first message.
  // Guarded like advance().
  async restart(mailbox: Mailbox, uidValidity: string): Promise<boolean> {
    return this.guarded(mailbox.id, mailbox.lastUid, { uidValidity, lastUid: null }, { uidValidity: mailbox.uidValidity });
  }

  // Moves last_uid from `expected` to `uid`; false when it no longer is `expected` (another fetch
  // of the same mailbox got there first), so last_uid never goes backwards.
  async advance(id: string, uid: number, expected: string | null): Promise<boolean> {
    return this.guarded(id, expected, { lastUid: String(uid) });
  }

  // `more`: the run stopped at its batch size, so the next sweep continues at once.
  async succeeded(id: string, more: boolean): Promise<void> {
    await this.db.manager.update(
      Mailbox,
      { id },
      { lastFetchAt: () => 'now()', lastError: null, lastErrorAt: null, consecutiveFailures: 0, nextFetchAt: more ? () => 'now()' : null },
    );
  }

  // Returns how many fetches in a row have failed now.
  async failed(id: string, error: string, retryDelaySeconds: number): Promise<number> {
    // TypeORM answers an UPDATE with [rows, count].
    const [[row]]: [{ consecutive_failures: number }[], number] = await this.db.manager.query(
      `update mailboxes set last_error = $2, last_error_at = now(), consecutive_failures = consecutive_failures + 1,
              next_fetch_at = now() + $3 * interval '1 second'
        where id = $1 returning consecutive_failures`,
      [id, error, Math.round(retryDelaySeconds)],
    );
    return row?.consecutive_failures ?? 0;
  }

  private async guarded(id: string, lastUid: string | null, changes: Partial<Mailbox>, also: { uidValidity?: string | null } = {}): Promise<boolean> {
    let query = this.db.manager
      .createQueryBuilder()
      .update(Mailbox)
      .set(changes)
      .where('id = :id and last_uid is not distinct from :lastUid::bigint', { id, lastUid });
    if ('uidValidity' in also) query = query.andWhere('uid_validity is not distinct from :uidValidity::bigint', { uidValidity: also.uidValidity });
    return Boolean((await query.execute()).affected);
  }
}
