import { MailboxAdminService } from '@tessera/mailboxes';
import { TestImapUser, TestSmtpSink, WorkerProcess, plainMail, startWorkerProcess, testImapServer, testSmtpSink, waitUntil, workerEnvironment } from '@tessera/testing';
import { IntakeHarness, startIntake } from './intake-harness';

const SLUG = 'worker-kill';
const DOMAIN = `${SLUG}.example`;
const MAILBOXES = 12;
const PER_MAILBOX = 2;
const TOTAL = MAILBOXES * PER_MAILBOX;
const KILLS = 10;
const imapServer = testImapServer();

interface Progress {
  fetched: number;
  tickets: number;
  sent: number;
  // Mail still to go: outbox messages not relayed, composed mails not sent.
  unsent: number;
}

// The worker process killed with SIGKILL again and again while it fetches mail over IMAP (real
// Dovecot) and sends the outbox (the SMTP sink): after the last restart every message became
// exactly one ticket, and every mail reached the relay; a mail the worker had handed over just
// before a kill may go out again with the same Message-ID (at least once, never lost).
describe('faults: the worker killed during mail fetch and sending', () => {
  let intake: IntakeHarness;
  let sink: TestSmtpSink;
  let lastUids: Record<string, number>;

  beforeAll(async () => {
    intake = await startIntake({ slug: SLUG });
    sink = testSmtpSink();
    await sink.clear();
    lastUids = {};
    for (let box = 0; box < MAILBOXES; box++) {
      const account = await imapServer.addUser(`kill-${box}`);
      const mailboxId = await addMailbox(account);
      const raws = Array.from({ length: PER_MAILBOX }, (_, n) => plainMail({ subject: `Message ${box}.${n}`, from: `requester-${box}-${n}@${DOMAIN}`, to: `support@${DOMAIN}` }));
      const uids = await imapServer.append(account, raws);
      lastUids[mailboxId] = uids[uids.length - 1];
    }
  }, 60_000);

  afterAll(() => intake?.close());

  async function addMailbox(account: TestImapUser): Promise<string> {
    const view = await intake.inTenant(() =>
      intake.app.get(MailboxAdminService).create({
        name: account.user,
        address: `${account.user}@${DOMAIN}`,
        departmentId: intake.instance.department.id,
        imapHost: imapServer.host,
        imapPort: imapServer.port,
        imapSecurity: 'none',
        imapUser: account.user,
        imapPassword: account.password,
      }),
    );
    return view.mailbox.id;
  }

  const progress = async (): Promise<Progress> => {
    const [row] = await intake.sql<Progress>(
      `select (select count(*)::int from mail_messages where tenant_id = $1 and direction = 'in') as fetched,
              (select count(*)::int from tickets where tenant_id = $1) as tickets,
              (select count(*)::int from mail_messages where tenant_id = $1 and direction = 'out' and status = 'sent') as sent,
              (select count(*)::int from outbox where tenant_id = $1 and dispatched_at is null)
                + (select count(*)::int from mail_messages where tenant_id = $1 and direction = 'out' and status = 'pending') as unsent`,
      [intake.tenant.id],
    );
    return row;
  };

  it('loses no message and no mail, and makes no ticket twice', async () => {
    const smtp = `smtp://${sink.host}:${sink.port}`;
    // One queue prefix for every process: each restart takes over the jobs the killed one held.
    const env = workerEnvironment(intake.config, { TESSERA_SMTP_URL: smtp, WORKER_OUTBOX_INTERVAL_MS: '200', WORKER_MAIL_FETCH_BATCH: '1', WORKER_CONCURRENCY: '2' });
    const kills = { duringFetch: 0, duringSending: 0 };
    let worker: WorkerProcess | null = null;
    try {
      for (let kill = 0; kill < KILLS; kill++) {
        const before = await progress();
        worker = startWorkerProcess(env);
        // Killed at work: once it has taken in or sent something since it started.
        await waitUntil(
          async () => {
            const now = await progress();
            return now.fetched > before.fetched || now.sent > before.sent || (now.fetched === TOTAL && now.unsent === 0);
          },
          30_000,
          `progress after start ${kill + 1}`,
        );
        await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 300)));
        const at = await progress();
        await worker.kill('SIGKILL');
        worker = null;
        if (at.fetched < TOTAL) kills.duringFetch++;
        if (at.unsent > 0) kills.duringSending++;
      }
      // The last start runs until everything is done.
      worker = startWorkerProcess(env);
      await waitUntil(async () => {
        const now = await progress();
        return now.fetched === TOTAL && now.unsent === 0;
      }, 60_000, 'every message fetched and every mail sent');
      await waitUntil(
        async () => (await intake.sql(`select 1 from mailboxes where tenant_id = $1 and imap_host is not null and last_uid is distinct from (($2::jsonb) ->> id::text)::int`, [intake.tenant.id, JSON.stringify(lastUids)])).length === 0,
        30_000,
        'every mailbox read to its last UID',
      );
    } finally {
      await worker?.kill('SIGTERM');
    }
    // The kills hit both kinds of work.
    expect(kills.duringFetch).toBeGreaterThan(0);
    expect(kills.duringSending).toBeGreaterThan(0);

    // Every message became exactly one ticket.
    const [intakeCounts] = await intake.sql(
      `select count(*)::int as mails, count(distinct message_id)::int as distinct_mails, count(distinct ticket_id)::int as tickets_of_mails,
              (select count(*)::int from tickets where tenant_id = $1) as tickets
         from mail_messages where tenant_id = $1 and direction = 'in'`,
      [intake.tenant.id],
    );
    expect(intakeCounts).toEqual({ mails: TOTAL, distinct_mails: TOTAL, tickets_of_mails: TOTAL, tickets: TOTAL });

    // Every mail was sent and reached the relay; copies only of a mail handed over just before a
    // kill, under the same Message-ID, at most one per kill.
    const outbound = await intake.sql<{ message_id: string; status: string }>(
      `select message_id, status from mail_messages where tenant_id = $1 and direction = 'out'`,
      [intake.tenant.id],
    );
    expect(outbound.filter((row) => row.status !== 'sent')).toEqual([]);
    // Each requester's auto-response at least.
    expect(outbound.length).toBeGreaterThanOrEqual(TOTAL);
    const received = (await sink.messages()).filter((message) => message.envelope.rcptTo.every((address) => address.endsWith(`@${DOMAIN}`)));
    const copies = new Map<string, number>();
    for (const message of received) copies.set(message.parsed.messageId ?? '', (copies.get(message.parsed.messageId ?? '') ?? 0) + 1);
    expect([...copies.keys()].sort()).toEqual(outbound.map((row) => `<${row.message_id}>`).sort());
    expect(received.length - copies.size).toBeLessThanOrEqual(KILLS);
  }, 170_000);
});
