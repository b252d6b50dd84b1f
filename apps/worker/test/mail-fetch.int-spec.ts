import { randomBytes } from 'node:crypto';
import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Config } from '@tessera/config';
import { TenantDatabase, TenantRef } from '@tessera/database';
import { FAILING_ALERT_AFTER, MailboxFetcher } from '@tessera/mail-fetch';
import { MailboxAdminService, MailboxInput } from '@tessera/mailboxes';
import { ProvisioningService } from '@tessera/platform';
import { QueueName } from '@tessera/queue';
import { TestDatabase, TestImapUser, createTestDatabase, freePort, plainMail, startWorkerProcess, testConfig, testImapServer, waitUntil, workerEnvironment } from '@tessera/testing';
import { Queue } from 'bullmq';
import { ImapFlow } from 'imapflow';
import { Client } from 'pg';
import { MAIL_SWEEP_SCHEDULER, fetchJobId } from '../src/processors/mail-fetch/mail-fetch.jobs';
import { WorkerModule } from '../src/worker.module';

const BATCH = 5;
const imapServer = testImapServer();

// IMAP fetching against real Dovecot, PostgreSQL and Redis, through the real intake pipeline.
describe('worker: mail fetch', () => {
  let database: TestDatabase;
  let config: Config;
  let worker: INestApplicationContext;
  let owner: Client;
  let tenant: TenantRef;
  let departmentId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    // Sweeps come from the tests (the first one runs at start-up, before any mailbox exists).
    config = testConfig(database, { WORKER_MAIL_SWEEP_INTERVAL_MS: '3600000', WORKER_MAIL_FETCH_BATCH: String(BATCH) });
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
    owner = new Client({ connectionString: database.ownerUrl });
    await owner.connect();
    ({ tenant, departmentId } = await provision('fetch'));
  });

  afterAll(async () => {
    await owner.end();
    await worker.close();
    await database.drop();
  });

  async function provision(slug: string): Promise<{ tenant: TenantRef; departmentId: string }> {
    const created = await worker.get(ProvisioningService).provision({
      slug,
      name: slug,
      manager: { email: `m@${slug}.example`, name: 'M', password: 'a long enough password' },
    });
    return { tenant: { id: created.tenant.id, slug: created.tenant.slug }, departmentId: created.department.id };
  }

  async function addMailbox(account: TestImapUser, settings: Partial<MailboxInput> = {}, at: { tenant: TenantRef; departmentId: string } = { tenant, departmentId }) {
    const view = await worker.get(TenantDatabase).run(at.tenant, () =>
      worker.get(MailboxAdminService).create({
        name: account.user,
        address: `${account.user}@desk.example`,
        departmentId: at.departmentId,
        imapHost: imapServer.host,
        imapPort: imapServer.port,
        imapSecurity: 'none',
        imapUser: account.user,
        imapPassword: account.password,
        ...settings,
      }),
    );
    return view.mailbox.id;
  }

  const fetchNow = (mailboxId: string, at: TenantRef = tenant) => worker.get(MailboxFetcher).fetch(at, mailboxId);

  async function stateOf(mailboxId: string) {
    const { rows } = await owner.query(
      `select uid_validity::text, last_uid::int, last_fetch_at, last_error, consecutive_failures, next_fetch_at,
              extract(epoch from next_fetch_at - last_error_at)::int as retry_seconds
         from mailboxes where id = $1`,
      [mailboxId],
    );
    return rows[0];
  }

  // What the intake pipeline made of the mailbox's mail: subjects of the inbound rows and of
  // their tickets.
  async function intakeOf(mailboxId: string): Promise<{ mails: string[]; tickets: string[] }> {
    const { rows } = await owner.query(
      `select m.subject, t.subject as ticket from mail_messages m left join tickets t on t.tenant_id = m.tenant_id and t.id = m.ticket_id
        where m.mailbox_id = $1 and m.direction = 'in' order by m.subject`,
      [mailboxId],
    );
    return { mails: rows.map((row) => row.subject), tickets: [...new Set(rows.map((row) => row.ticket).filter(Boolean))].sort() as string[] };
  }

  async function onServer<T>(account: TestImapUser, work: (imap: ImapFlow) => Promise<T>): Promise<T> {
    const imap = new ImapFlow({ host: imapServer.host, port: imapServer.port, secure: false, auth: { user: account.user, pass: account.password }, logger: false });
    imap.on('error', () => undefined);
    await imap.connect();
    try {
      return await work(imap);
    } finally {
      await imap.logout();
    }
  }

  const append = (account: TestImapUser, raws: string[], folder = 'INBOX') => imapServer.append(account, raws, folder);

  // UID -> whether it is \Seen, for what is in the folder.
  async function folderOf(account: TestImapUser, folder = 'INBOX'): Promise<Record<number, boolean>> {
    return onServer(account, async (imap) => {
      const lock = await imap.getMailboxLock(folder);
      try {
        const messages = imap.mailbox && imap.mailbox.exists > 0 ? await imap.fetchAll('1:*', { uid: true, flags: true }) : [];
        return Object.fromEntries(messages.map((message) => [message.uid, Boolean(message.flags?.has('\\Seen'))]));
      } finally {
        lock.release();
      }
    });
  }

  it('registers one periodic mail sweep', async () => {
    const queue = worker.get<Queue>(getQueueToken(QueueName.MailFetch), { strict: false });
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers.map((scheduler) => [scheduler.key, scheduler.every])).toEqual([[MAIL_SWEEP_SCHEDULER, 3_600_000]]);
  });

  it('turns new mail into tickets, marks it seen, and takes nothing twice', async () => {
    const account = await imapServer.addUser('seen');
    const mailboxId = await addMailbox(account);
    const uids = await append(account, [mail('Projector in room 4 is blank'), mail('Printer out of toner'), mail('Wi-Fi drops in the library')]);

    expect(await fetchNow(mailboxId)).toEqual({ status: 'fetched', messages: 3, duplicates: 0, more: false });
    const subjects = ['Printer out of toner', 'Projector in room 4 is blank', 'Wi-Fi drops in the library'];
    expect(await intakeOf(mailboxId)).toEqual({ mails: subjects, tickets: subjects });
    expect(await folderOf(account)).toEqual(Object.fromEntries(uids.map((uid) => [uid, true])));
    expect(await stateOf(mailboxId)).toMatchObject({
      uid_validity: expect.stringMatching(/^\d+$/),
      last_uid: uids[2],
      last_fetch_at: expect.any(Date),
      last_error: null,
      consecutive_failures: 0,
      next_fetch_at: null,
    });

    // Again: nothing new. Then one more message and only that one.
    expect(await fetchNow(mailboxId)).toEqual({ status: 'fetched', messages: 0, duplicates: 0, more: false });
    const [later] = await append(account, [mail('Keyboard missing keys')]);
    expect(await fetchNow(mailboxId)).toEqual({ status: 'fetched', messages: 1, duplicates: 0, more: false });
    expect((await intakeOf(mailboxId)).tickets).toEqual(['Keyboard missing keys', ...subjects]);
    expect((await stateOf(mailboxId)).last_uid).toBe(later);
  });

  it('takes one message appended twice (same Message-ID) in once', async () => {
    const account = await imapServer.addUser('twice');
    const mailboxId = await addMailbox(account);
    const raw = mail('Locked out of my account');
    const uids = await append(account, [raw, raw]);
    expect(await fetchNow(mailboxId)).toEqual({ status: 'fetched', messages: 2, duplicates: 1, more: false });
    expect(await intakeOf(mailboxId)).toEqual({ mails: ['Locked out of my account'], tickets: ['Locked out of my account'] });
    expect(await folderOf(account)).toEqual({ [uids[0]]: true, [uids[1]]: true });
  });

  it('moves fetched mail to the after-fetch folder, creating it', async () => {
    const account = await imapServer.addUser('move');
    const mailboxId = await addMailbox(account, { afterFetch: 'move', afterFetchFolder: 'Processed' });
    await append(account, [mail('Broken chair'), mail('Broken desk')]);
    expect(await fetchNow(mailboxId)).toEqual({ status: 'fetched', messages: 2, duplicates: 0, more: false });
    expect(await folderOf(account)).toEqual({});
    expect(Object.keys(await folderOf(account, 'Processed'))).toHaveLength(2);
    expect((await intakeOf(mailboxId)).tickets).toEqual(['Broken chair', 'Broken desk']);
  });

  it('deletes fetched mail when told to', async () => {
    const account = await imapServer.addUser('delete');
    const mailboxId = await addMailbox(account, { afterFetch: 'delete' });
    await append(account, [mail('Delete me after reading')]);
    expect(await fetchNow(mailboxId)).toMatchObject({ status: 'fetched', messages: 1 });
    expect(await folderOf(account)).toEqual({});
    expect((await intakeOf(mailboxId)).tickets).toEqual(['Delete me after reading']);
  });

  it('catches up on after-fetch actions a crash left undone, without taking the mail in again', async () => {
    const seenAccount = await imapServer.addUser('catch-seen');
    const seenMailbox = await addMailbox(seenAccount);
    const [first, second] = await append(seenAccount, [mail('Taken in, never marked'), mail('Taken in and marked')]);
    await fetchNow(seenMailbox);
    // As if the worker died between the commit of `first` and its \Seen.
    await onServer(seenAccount, async (imap) => {
      const lock = await imap.getMailboxLock('INBOX');
      try {
        await imap.messageFlagsRemove(String(first), ['\\Seen'], { uid: true });
      } finally {
        lock.release();
      }
    });
    expect(await fetchNow(seenMailbox)).toEqual({ status: 'fetched', messages: 0, duplicates: 0, more: false });
    expect(await folderOf(seenAccount)).toEqual({ [first]: true, [second]: true });

    // Move and delete: recorded as taken in (last_uid), yet still in the folder.
    for (const afterFetch of ['move', 'delete'] as const) {
      const account = await imapServer.addUser(`catch-${afterFetch}`);
      const mailboxId = await addMailbox(account, { afterFetch, afterFetchFolder: afterFetch === 'move' ? 'Done' : null });
      await fetchNow(mailboxId);
      const uids = await append(account, [mail(`Left behind by a crash (${afterFetch})`)]);
      await owner.query('update mailboxes set last_uid = $2 where id = $1', [mailboxId, uids[0]]);
      expect(await fetchNow(mailboxId)).toEqual({ status: 'fetched', messages: 0, duplicates: 0, more: false });
      expect(await folderOf(account)).toEqual({});
      if (afterFetch === 'move') expect(Object.keys(await folderOf(account, 'Done'))).toHaveLength(1);
      expect(await intakeOf(mailboxId)).toEqual({ mails: [], tickets: [] });
    }
  });

  it('starts over from the first message when the folder’s UIDVALIDITY changes', async () => {
    const account = await imapServer.addUser('validity');
    await onServer(account, (imap) => imap.mailboxCreate('Support'));
    const mailboxId = await addMailbox(account, { imapFolder: 'Support' });
    const known = mail('Known before the folder was recreated');
    await append(account, [known, mail('Another known one')], 'Support');
    await fetchNow(mailboxId);
    const before = await stateOf(mailboxId);
    expect(before.last_uid).toBe(2);

    // Recreated: UIDs start at 1 again under a new UIDVALIDITY.
    await onServer(account, async (imap) => {
      await imap.mailboxDelete('Support');
      await imap.mailboxCreate('Support');
    });
    const uids = await append(account, [mail('New in the recreated folder'), known], 'Support');
    expect(uids).toEqual([1, 2]);
    expect(await fetchNow(mailboxId)).toEqual({ status: 'fetched', messages: 2, duplicates: 1, more: false });
    const after = await stateOf(mailboxId);
    expect(after.uid_validity).not.toBe(before.uid_validity);
    expect(after.last_uid).toBe(2);
    expect((await intakeOf(mailboxId)).tickets).toEqual(['Another known one', 'Known before the folder was recreated', 'New in the recreated folder']);
  });

  it('takes a large folder in batches, the next run continuing where the last stopped', async () => {
    const account = await imapServer.addUser('batch');
    const mailboxId = await addMailbox(account);
    const uids = await append(account, Array.from({ length: BATCH + 2 }, (_, n) => mail(`Batch message ${n + 1}`)));
    expect(await fetchNow(mailboxId)).toEqual({ status: 'fetched', messages: BATCH, duplicates: 0, more: true });
    // Due again at once.
    const { rows } = await owner.query('select next_fetch_at <= now() as due from mailboxes where id = $1', [mailboxId]);
    expect(rows[0].due).toBe(true);
    expect(await worker.get(MailboxFetcher).due(tenant)).toContain(mailboxId);
    expect(await fetchNow(mailboxId)).toEqual({ status: 'fetched', messages: 2, duplicates: 0, more: false });
    expect((await intakeOf(mailboxId)).mails).toHaveLength(BATCH + 2);
    expect(await stateOf(mailboxId)).toMatchObject({ last_uid: uids[uids.length - 1], next_fetch_at: null });
    expect(await worker.get(MailboxFetcher).due(tenant)).not.toContain(mailboxId);
  });

  it('records a failure with its reason and backs off; a fixed password fetches at once', async () => {
    const account = await imapServer.addUser('wrong-password');
    const mailboxId = await addMailbox(account, { imapPassword: 'not the password', fetchIntervalSeconds: 60 });
    await append(account, [mail('Waiting for the right password')]);
    const failure = {
      status: 'failed',
      messages: 0,
      error: 'Login refused for user "' + account.user + '": check the user name and password (the server said: Authentication failed.)',
    };
    expect(await fetchNow(mailboxId)).toEqual(failure);
    expect(await stateOf(mailboxId)).toMatchObject({ last_error: failure.error, consecutive_failures: 1, retry_seconds: 60, last_fetch_at: null });
    expect(await fetchNow(mailboxId)).toEqual(failure);
    expect(await stateOf(mailboxId)).toMatchObject({ consecutive_failures: 2, retry_seconds: 120 });
    // Backing off: not due.
    expect(await worker.get(MailboxFetcher).due(tenant)).not.toContain(mailboxId);

    const admin = worker.get(MailboxAdminService);
    const view = await worker.get(TenantDatabase).run(tenant, () => admin.update(mailboxId, { imapPassword: account.password }));
    expect(view.mailbox).toMatchObject({ lastError: failure.error, consecutiveFailures: 2 });
    expect(await worker.get(MailboxFetcher).due(tenant)).toContain(mailboxId);
    expect(await fetchNow(mailboxId)).toMatchObject({ status: 'fetched', messages: 1 });
    expect(await stateOf(mailboxId)).toMatchObject({ last_error: null, consecutive_failures: 0, next_fetch_at: null, last_fetch_at: expect.any(Date) });
  });

  it('asks for an alert to the managers once the mailbox has failed three times in a row, and only then', async () => {
    const account = await imapServer.addUser('failing');
    const mailboxId = await addMailbox(account, { imapPassword: 'not the password' });
    const alerts = async () =>
      (await owner.query(`select payload from outbox where tenant_id = $1 and topic = 'mailbox.failing' and payload ->> 'mailboxId' = $2`, [tenant.id, mailboxId])).rows;
    for (let failures = 1; failures <= FAILING_ALERT_AFTER + 1; failures++) {
      expect(await fetchNow(mailboxId)).toMatchObject({ status: 'failed' });
      expect([failures, (await alerts()).length]).toEqual([failures, failures >= FAILING_ALERT_AFTER ? 1 : 0]);
    }
    expect((await alerts())[0].payload).toEqual({ mailboxId, failures: FAILING_ALERT_AFTER, error: expect.stringContaining('Login refused') });
  });

  it('says what is wrong with each kind of broken mailbox, never the password', async () => {
    const account = await imapServer.addUser('broken');
    const closedPort = await freePort();
    const cases: [Partial<MailboxInput>, string][] = [
      [{ imapPort: closedPort }, `Connection refused by ${imapServer.host}:${closedPort}`],
      [{ imapSecurity: 'tls' }, `TLS with ${imapServer.host}:${imapServer.port} failed (wrong version number): check the security setting and the port`],
      [{ imapSecurity: 'starttls' }, `TLS with ${imapServer.host}:${imapServer.port} failed (Server does not support STARTTLS): check the security setting and the port`],
      [{ imapFolder: 'Nowhere' }, 'The folder "Nowhere" does not exist'],
      [{ imapPassword: null }, 'No password is stored (or it was stored under another deployment key): enter it again'],
    ];
    for (const [n, [settings, error]] of cases.entries()) {
      const mailboxId = await addMailbox(account, { name: `broken ${n}`, address: `broken-${n}@desk.example`, ...settings });
      expect(await fetchNow(mailboxId)).toEqual({ status: 'failed', messages: 0, error });
      expect((await stateOf(mailboxId)).last_error).not.toContain(account.password);
    }
  });

  it('sweeps due mailboxes into fetch jobs: failing ones record why, the healthy one is still fetched', async () => {
    const at = await provision('fetch-sweep');
    const [healthy, locked] = [await imapServer.addUser('healthy'), await imapServer.addUser('locked')];
    const healthyId = await addMailbox(healthy, {}, at);
    const wrongPasswordId = await addMailbox(locked, { imapPassword: 'wrong' }, at);
    const closedPortId = await addMailbox(locked, { name: 'closed', address: 'closed@desk.example', imapPort: await freePort() }, at);
    // Inactive and piped-only mailboxes are never fetched.
    const inactiveId = await addMailbox(healthy, { name: 'inactive', address: 'inactive@desk.example', isActive: false }, at);
    const pipedId = (
      await worker.get(TenantDatabase).run(at.tenant, () =>
        worker.get(MailboxAdminService).create({ name: 'piped', address: 'piped@desk.example', departmentId: at.departmentId }),
      )
    ).mailbox.id;
    await append(healthy, [mail('Fetched by the sweep')]);

    const queue = worker.get<Queue>(getQueueToken(QueueName.MailFetch), { strict: false });
    await queue.add('sweep', {});
    await waitUntil(async () => (await intakeOf(healthyId)).tickets.length === 1, 20_000, 'the healthy mailbox fetched');
    await waitUntil(async () => (await stateOf(wrongPasswordId)).consecutive_failures === 1 && (await stateOf(closedPortId)).consecutive_failures === 1, 20_000, 'failures recorded');
    const views = await worker.get(TenantDatabase).run(at.tenant, () => worker.get(MailboxAdminService).list());
    const byId = new Map(views.map((view) => [view.mailbox.id, view.mailbox]));
    expect(byId.get(wrongPasswordId)).toMatchObject({ lastError: expect.stringMatching(/^Login refused/), consecutiveFailures: 1, nextFetchAt: expect.any(Date) });
    expect(byId.get(closedPortId)).toMatchObject({ lastError: expect.stringMatching(/^Connection refused/), consecutiveFailures: 1, nextFetchAt: expect.any(Date) });
    expect(byId.get(healthyId)).toMatchObject({ lastError: null, consecutiveFailures: 0, lastFetchAt: expect.any(Date) });
    for (const id of [inactiveId, pipedId]) expect(byId.get(id)).toMatchObject({ lastFetchAt: null, lastError: null });

    // A finished job leaves its id free: once due again, the next sweep fetches the mailbox again.
    const jobsLeft = async () => (await Promise.all([healthyId, wrongPasswordId, closedPortId].map((id) => queue.getJob(fetchJobId(at.tenant.id, id))))).filter(Boolean);
    await waitUntil(async () => (await jobsLeft()).length === 0, 10_000, 'fetch jobs removed once done');
    await append(healthy, [mail('Fetched by the next sweep')]);
    await owner.query('update mailboxes set next_fetch_at = now() where id = $1', [healthyId]);
    await queue.add('sweep', {});
    await waitUntil(async () => (await intakeOf(healthyId)).tickets.length === 2, 20_000, 'the second sweep fetched');
    // The failing ones are backing off: not fetched again.
    expect((await stateOf(wrongPasswordId)).consecutive_failures).toBe(1);
  });

  it('stops at a message the intake pipeline cannot take in, and retries it at the next run', async () => {
    const account = await imapServer.addUser('poison');
    const mailboxId = await addMailbox(account);
    const uids = await append(account, [mail('Before the bad one'), mail('poison: fails to store'), mail('After the bad one')]);
    // A fault inside the pipeline's transaction, as a bug would raise.
    await owner.query(`create function refuse_poison() returns trigger language plpgsql as $$
      begin if new.subject like 'poison%' then raise exception 'simulated fault'; end if; return new; end $$`);
    await owner.query('create trigger refuse_poison before insert on mail_messages for each row execute function refuse_poison()');
    try {
      const failed = await fetchNow(mailboxId);
      expect(failed).toEqual({ status: 'failed', messages: 1, error: expect.stringMatching(new RegExp(`^Message UID ${uids[1]} could not be taken in: .*simulated fault`)) });
      expect(await stateOf(mailboxId)).toMatchObject({ last_uid: uids[0], consecutive_failures: 1 });
      expect((await intakeOf(mailboxId)).mails).toEqual(['Before the bad one']);
      expect(await folderOf(account)).toEqual({ [uids[0]]: true, [uids[1]]: false, [uids[2]]: false });
      // Still broken at the next run: same place, no loop, no duplicate.
      expect(await fetchNow(mailboxId)).toMatchObject({ status: 'failed', messages: 0 });
      expect(await stateOf(mailboxId)).toMatchObject({ last_uid: uids[0], consecutive_failures: 2 });
    } finally {
      await owner.query('drop trigger refuse_poison on mail_messages; drop function refuse_poison()');
    }
    expect(await fetchNow(mailboxId)).toEqual({ status: 'fetched', messages: 2, duplicates: 0, more: false });
    expect((await intakeOf(mailboxId)).mails).toEqual(['After the bad one', 'Before the bad one', 'poison: fails to store']);
    expect(await stateOf(mailboxId)).toMatchObject({ last_uid: uids[2], consecutive_failures: 0 });
  });

  it('loses and duplicates nothing when the worker process is killed in the middle of a fetch', async () => {
    const at = await provision('fetch-crash');
    const account = await imapServer.addUser('crash');
    const mailboxId = await addMailbox(account, {}, at);
    const total = 30;
    const uids = await append(account, Array.from({ length: total, }, (_, n) => mail(`Crash test message ${n + 1}`)));
    const counts = async () => {
      const { rows } = await owner.query(
        `select (select count(*)::int from tickets where tenant_id = $1) as tickets,
                (select count(*)::int from mail_messages where tenant_id = $1 and direction = 'in') as mails,
                (select count(distinct message_id)::int from mail_messages where tenant_id = $1 and direction = 'in') as distinct_mails`,
        [at.tenant.id],
      );
      return rows[0] as { tickets: number; mails: number; distinct_mails: number };
    };

    // Both processes share a queue prefix of their own, apart from the in-process worker's.
    const env = workerEnvironment(config);
    const first = startWorkerProcess(env);
    try {
      // Killed as soon as the first messages are in: in the middle of the run, wherever it is.
      await waitUntil(async () => (await counts()).mails > 0, 30_000, 'the first messages taken in');
    } finally {
      await first.kill('SIGKILL');
    }
    const second = startWorkerProcess(env);
    try {
      // The killed fetch's job is taken over once its lock expires; the rest follows.
      await waitUntil(async () => (await stateOf(mailboxId)).last_uid === uids[total - 1], 90_000, 'every message taken in');
      await waitUntil(async () => Object.values(await folderOf(account)).every(Boolean), 30_000, 'every message marked seen');
    } catch (error) {
      console.error(`worker output:\n${second.output()}`);
      throw error;
    } finally {
      await second.kill('SIGTERM');
    }
    expect(await counts()).toEqual({ tickets: total, mails: total, distinct_mails: total });
    expect((await intakeOf(mailboxId)).tickets).toHaveLength(total);
  }, 180_000);
});

let sequence = 0;
function mail(subject: string): string {
  sequence += 1;
  return plainMail({
    subject,
    from: `Requester ${sequence} <requester-${sequence}@example.test>`,
    to: 'support@desk.example',
    messageId: `${randomBytes(8).toString('hex')}.${sequence}@example.test`,
  });
}
