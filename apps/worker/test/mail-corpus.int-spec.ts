import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DirectoryService } from '@tessera/directory';
import { IntakeResult } from '@tessera/intake';
import { InboundMessage, ParsedMessage, classifyMail, contentDigest, parseMessage } from '@tessera/mail';
import { CORPUS_NOT_BOUNCES, MailCorpus, mailCorpus } from '@tessera/testing';
import { Ticket, TicketService } from '@tessera/tickets';
import { IntakeHarness, startIntake } from './intake-harness';

// Every message of the real-world corpus through the whole inbound pipeline on PostgreSQL: each
// one yields a ticket or a flagged raw message, none is lost, none throws; and the checks of
// EXPECTATIONS.json that need the database hold (the parsing ones are in libs/mail's corpus test).
describe('the mail corpus through the intake pipeline', () => {
  let harness: IntakeHarness;
  let corpus: MailCorpus;
  const parsed = new Map<string, ParsedMessage>();
  const firstPass = new Map<string, IntakeResult>();

  const message = (file: string): InboundMessage => {
    const found = parsed.get(file);
    if (!found || found.unparseable) throw new Error(`${file} did not parse`);
    return found;
  };
  const filesOf = (id: string): string[] => {
    const check = corpus.checks.find((candidate) => candidate.id === id)!;
    if (check.file) return [check.file];
    if (check.files) return check.files;
    const [folder, pattern] = [check.glob!.slice(0, check.glob!.lastIndexOf('/')), check.glob!.slice(check.glob!.lastIndexOf('/') + 1)];
    const matcher = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    return corpus.messages.filter((file) => file.startsWith(`${folder}/`) && matcher.test(file.slice(folder.length + 1)));
  };

  async function openTicket(subject: string, email: string): Promise<Ticket> {
    return harness.inTenant(() =>
      harness.app.get(TicketService).open({ requester: { email }, subject, body: 'Opened for the corpus test', source: 'web', departmentId: harness.instance.department.id }, { kind: 'system' }),
    );
  }

  async function sentMail(ticketId: string, messageId: string, address: string): Promise<void> {
    await harness.sql(
      `insert into mail_messages (tenant_id, id, direction, message_id, ticket_id, address, status, template, content)
       values ($1, gen_random_uuid(), 'out', $2, $3, $4, 'sent', 'ticket.response', '{}')`,
      [harness.tenant.id, messageId, ticketId, address],
    );
  }

  beforeAll(async () => {
    corpus = mailCorpus();
    harness = await startIntake({ slug: 'corpus' });
    for (const file of corpus.messages) parsed.set(file, await parseMessage(readFileSync(join(corpus.directory, file))));
  }, 120_000);

  afterAll(() => harness.close());

  it('threading-by-headers: a reply naming [Ticket#11168] lands in that ticket', async () => {
    await harness.settings({ referenceFormat: 'Ticket#{n}' });
    await harness.sql(`insert into ticket_counters (tenant_id, format, last_value) values ($1, 'Ticket#{n}', 11167)`, [harness.tenant.id]);
    const ticket = await openTicket('Ticket Templates', 'customer@portal.example.com');
    expect(ticket.reference).toBe('Ticket#11168');
    const [file] = filesOf('threading-by-headers');
    const result = await harness.ingest(message(file));
    firstPass.set(file, result);
    expect(result).toMatchObject({ status: 'accepted', ticketId: ticket.id, created: false });
  });

  it('out-of-office: auto-replies to our mail on a closed ticket reopen nothing and get no answer', async () => {
    const closed = await openTicket('Nyaan', 'kijitora@libsisimai.org');
    await harness.inTenant(async () => {
      const tickets = harness.app.get(TicketService);
      await tickets.moveTo(await tickets.byId(closed.id), await harness.app.get(DirectoryService).firstStatusIn('closed'), { kind: 'system' });
    });
    const replies: IntakeResult[] = [];
    for (const file of filesOf('out-of-office')) {
      // As if each answered a mail we sent on that ticket.
      const sent = `ooo.${firstPass.size}@help.example`;
      await sentMail(closed.id, sent, 'kijitora@libsisimai.org');
      const result = await harness.ingest({ ...message(file), inReplyTo: sent });
      firstPass.set(file, result);
      replies.push(result);
      expect([file, result.kind, result.ticketId]).toEqual([file, 'auto-reply', closed.id]);
    }
    const [state] = await harness.sql(`select s.state from tickets t join ticket_statuses s on s.tenant_id = t.tenant_id and s.id = t.status_id where t.id = $1`, [closed.id]);
    expect(state).toEqual({ state: 'closed' });
    // Nothing asks for an answer: no message outbox entry for these entries.
    const entries = replies.map((result) => result.entryId);
    expect(await harness.sql(`select 1 from outbox where topic = 'ticket.message' and payload->>'entryId' = any($1)`, [entries])).toEqual([]);
  });

  it('bounces: attached to the ticket whose mail bounced, and the failed addresses flagged', async () => {
    const files = filesOf('bounces').filter((file) => !CORPUS_NOT_BOUNCES.includes(file));
    const recipients = new Set<string>();
    let attachable = 0;
    for (const file of files) {
      const bounce = classifyMail(message(file)).bounce;
      for (const address of bounce?.recipients ?? []) recipients.add(address);
      if (bounce?.originalMessageId) {
        const ticket = await openTicket(`Bounced ${file}`, `owner.${attachable}@corpus.example`);
        await sentMail(ticket.id, bounce.originalMessageId, bounce.recipients[0] ?? 'unknown@corpus.example');
        attachable++;
      }
    }
    // The failed addresses belong to requesters, so there is something to flag.
    for (const address of recipients) {
      await harness.inTenant(() => harness.app.get(TicketService).open({ requester: { email: address }, subject: 'x', body: 'x', source: 'web', departmentId: harness.instance.department.id }, { kind: 'system' })).catch(() => undefined);
    }
    const flaggedBefore = await harness.sql<{ count: number }>('select count(*)::int as count from requester_emails where bounced_at is not null');
    expect(flaggedBefore[0].count).toBe(0);
    let attached = 0;
    for (const file of files) {
      const result = await harness.ingest(message(file));
      firstPass.set(file, result);
      expect([file, result.kind]).toEqual([file, 'bounce']);
      expect([file, result.status]).toEqual([file, result.ticketId ? 'accepted' : 'flagged']);
      if (result.ticketId) attached++;
      // Never answered: a bounce writes no outbox message.
      expect(await harness.sql(`select 1 from outbox where payload->>'entryId' = $1`, [result.entryId ?? ''])).toEqual([]);
    }
    expect(attached).toBeGreaterThanOrEqual(attachable);
    expect(attachable).toBeGreaterThan(0);
    // A report repeating an earlier one's Message-ID and content is that message again; only
    // permanent failures mark an address, soft ones (4.x.x) do not.
    const failures = files.filter((file) => !firstPass.get(file)!.duplicate).flatMap((file) => classifyMail(message(file)).bounce?.failures ?? []);
    const reported = failures.filter((f) => f.permanent).map((f) => f.address);
    const soft = failures.filter((f) => !f.permanent && !reported.includes(f.address)).map((f) => f.address);
    expect(soft.length).toBeGreaterThan(0);
    expect(await harness.sql('select email::text from requester_emails where bounced_at is not null and email = any($1::citext[])', [soft])).toEqual([]);
    const flagged = await harness.sql<{ email: string }>('select email::text from requester_emails where bounced_at is not null');
    const known = await harness.sql<{ email: string }>('select email::text from requester_emails where email = any($1::citext[])', [reported]);
    expect(flagged.map((row) => row.email).sort()).toEqual(known.map((row) => row.email).sort());
    expect(flagged.length).toBeGreaterThan(0);
    console.log(`bounces: ${files.length} reports, ${attached} attached to their ticket, ${flagged.length} addresses flagged`);
  });

  it('takes every message into a ticket or keeps it flagged, losing none', async () => {
    for (const file of corpus.messages) {
      if (firstPass.has(file)) continue;
      firstPass.set(file, await harness.ingest(parsed.get(file)!));
    }
    const statuses: Record<string, number> = {};
    // No message met a failure of the pipeline itself (it would be flagged with intake-error).
    expect(await harness.sql(`select message_id, problems from mail_messages where direction = 'in' and exists (select 1 from unnest(problems) p where p like 'intake-error%')`)).toEqual([]);
    for (const [file, result] of firstPass) {
      statuses[result.status] = (statuses[result.status] ?? 0) + 1;
      expect([file, ['accepted', 'flagged'].includes(result.status)]).toEqual([file, true]);
      expect([file, result.status === 'accepted' ? !!result.ticketId && !!result.entryId : result.ticketId === null]).toEqual([file, true]);
    }
    // Each distinct message is one row holding the raw message: a file repeating another's
    // Message-ID and content is that message again; one reusing the Message-ID with other content
    // is a message of its own.
    const messageIds = new Set([...parsed.values()].map((m) => `${m.messageId} ${contentDigest(m)}`));
    const [row] = await harness.sql<{ count: number; raw: number }>(
      `select count(*)::int as count, count(*) filter (where raw_sha256 is not null)::int as raw from mail_messages where direction = 'in'`,
    );
    expect(row).toEqual({ count: messageIds.size, raw: messageIds.size });
    const reasons = await harness.sql<{ reason: string; count: number }>(
      `select split_part(p, ':', 1) as reason, count(*)::int as count from mail_messages, unnest(problems) p
        where direction = 'in' and status = 'flagged' and p ~ '^(bounce-unmatched|no-sender|sender-inactive|unparseable)' group by 1 order by 1`,
    );
    console.log(`corpus intake: ${firstPass.size} files, ${messageIds.size} distinct messages, ${JSON.stringify(statuses)}, flagged for ${JSON.stringify(reasons)}`);
  }, 300_000);

  it('idempotent: ingesting every message again adds no entry and no ticket', async () => {
    const count = async () => (await harness.sql<{ tickets: number; entries: number }>(
      'select (select count(*)::int from tickets) as tickets, (select count(*)::int from ticket_entries) as entries',
    ))[0];
    const before = await count();
    for (const [file, first] of firstPass) {
      const again = await harness.ingest(parsed.get(file)!);
      expect([file, again.duplicate, again.mailMessageId, again.ticketId]).toEqual([file, true, first.mailMessageId, first.ticketId]);
    }
    expect(await count()).toEqual(before);
  }, 300_000);
});
