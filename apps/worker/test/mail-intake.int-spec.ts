import { Config } from '@tessera/config';
import { AgentAdminService, DirectoryService, SettingsChanges } from '@tessera/directory';
import { IntakeResult } from '@tessera/intake';
import { LOOP_HEADER, ParsedMessage, loopToken } from '@tessera/mail';
import { TicketFilterAdminService, TicketService } from '@tessera/tickets';
import { deliveryReport } from '@tessera/testing';
import { IntakeHarness, startIntake } from './intake-harness';

// The inbound pipeline on real PostgreSQL: one message in, into a ticket or kept and flagged.

function mail(headers: Record<string, string>, body: string): Buffer {
  const lines = Object.entries({ 'MIME-Version': '1.0', 'Content-Type': 'text/plain; charset=utf-8', Date: 'Mon, 16 Nov 2026 10:00:00 +0100', ...headers }).map(
    ([name, value]) => `${name}: ${value}`,
  );
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`);
}

describe('mail intake', () => {
  let harness: IntakeHarness;
  let tenant: { id: string; slug: string };
  let config: Config;
  let otherDepartmentId: string;
  let sequence = 0;
  const ingest = (raw: Buffer | ParsedMessage) => harness.ingest(raw);
  const settings = (changes: SettingsChanges) => harness.settings(changes);
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) => harness.sql<T>(query, params);
  const inTenant = <T>(work: () => Promise<T>) => harness.inTenant(work);

  beforeAll(async () => {
    harness = await startIntake({ slug: 'intake' });
    ({ tenant, config } = harness);
    await settings({ referenceFormat: 'suport#{n}' });
    [{ id: otherDepartmentId }] = await sql<{ id: string }>(
      `insert into departments (tenant_id, id, name) values ($1, gen_random_uuid(), 'Facilities') returning id`,
      [tenant.id],
    );
    // Filters the tests steer by subject: one moves mail to another department, one refuses it.
    await inTenant(async () => {
      const filters = harness.app.get(TicketFilterAdminService);
      await filters.create(harness.instance.manager.id, { name: 'Route me', match: 'all', conditions: [{ field: 'subject', operator: 'contains', value: 'route me' }], actions: [{ kind: 'set-department', value: otherDepartmentId }] });
      await filters.create(harness.instance.manager.id, { name: 'Refuse me', match: 'all', conditions: [{ field: 'subject', operator: 'contains', value: 'refuse me' }], actions: [{ kind: 'reject' }] });
    });
  });

  afterAll(() => harness.close());

  function newMail(from: string, subject: string, body: string, extra: Record<string, string> = {}): Buffer {
    sequence += 1;
    return mail({ From: from, To: 'Support <support@intake.example>', Subject: subject, 'Message-ID': `<m${sequence}.${Date.now()}@client.example>`, ...extra }, body);
  }

  async function ticketOf(result: IntakeResult) {
    const [ticket] = await sql(
      `select t.*, s.state from tickets t join ticket_statuses s on s.tenant_id = t.tenant_id and s.id = t.status_id where t.id = $1`,
      [result.ticketId],
    );
    return ticket;
  }

  function entriesOf(ticketId: string | null) {
    return sql<{ kind: string; visibility: string; body: string; data: { mail: Record<string, unknown> }; id: string; event: string | null }>(
      'select * from ticket_entries where ticket_id = $1 order by created_at, id',
      [ticketId],
    );
  }

  it('opens a ticket from a new mail, with the sender as requester and the people copied as collaborators', async () => {
    const result = await ingest(
      newMail('Marta Soler <marta@uni.example>', 'Printer on fire', 'The printer is smoking.\nPlease help.', {
        Cc: 'Pau <pau@uni.example>, Support <support@intake.example>',
      }),
    );
    expect(result).toMatchObject({ status: 'accepted', kind: 'human', duplicate: false, created: true });
    expect(result.reference).toMatch(/^suport#\d+$/);
    const ticket = await ticketOf(result);
    expect(ticket).toMatchObject({ subject: 'Printer on fire', source: 'email', reference: result.reference });
    const people = await sql<{ email: string; role: string }>(
      `select e.email::text as email, p.role from ticket_participants p join requester_emails e on e.tenant_id = p.tenant_id and e.requester_id = p.requester_id
        where p.ticket_id = $1 order by p.role desc`,
      [result.ticketId],
    );
    expect(people).toEqual([
      { email: 'marta@uni.example', role: 'requester' },
      { email: 'pau@uni.example', role: 'collaborator' },
    ]);
    const message = (await entriesOf(result.ticketId)).find((e) => e.kind === 'message')!;
    expect(message.id).toBe(result.entryId);
    expect(message.body).toBe('The printer is smoking.\nPlease help.');
    expect(message.data.mail).toMatchObject({ id: result.mailMessageId, messageId: result.messageId, kind: 'human', subject: 'Printer on fire' });
    const [row] = await sql('select status, kind, ticket_id, entry_id, address::text, raw_sha256 is not null as raw from mail_messages where id = $1', [result.mailMessageId]);
    expect(row).toEqual({ status: 'accepted', kind: 'human', ticket_id: result.ticketId, entry_id: result.entryId, address: 'marta@uni.example', raw: true });
    // ticket.created is in the outbox for the notices.
    expect(await sql(`select 1 from outbox where topic = 'ticket.created' and payload->>'ticketId' = $1`, [result.ticketId])).toHaveLength(1);
  });

  it('ingests a Message-ID once: a second delivery changes nothing', async () => {
    const raw = newMail('once@uni.example', 'Only once', 'Hello');
    const first = await ingest(raw);
    const again = await ingest(raw);
    expect(again).toMatchObject({ duplicate: true, ticketId: first.ticketId, mailMessageId: first.mailMessageId, status: 'accepted', created: false });
    expect(await sql('select 1 from tickets where requester_id = (select requester_id from requester_emails where email = $1)', ['once@uni.example'])).toHaveLength(1);
    expect(await sql(`select 1 from mail_messages where direction = 'in' and message_id = $1`, [first.messageId])).toHaveLength(1);
  });

  it('threads a reply by the reference in its subject and cuts the quoted history, keeping it', async () => {
    const first = await ingest(newMail('jordi@uni.example', 'Projector broken', 'Room 12 projector is dead.'));
    const reply = await ingest(
      newMail(
        'jordi@uni.example',
        `RE: [${first.reference}] Projector broken`,
        'It works again, thanks.\n\nEl dl., 16 de nov. 2026, a les 10:00, Suport <support@intake.example> va escriure:\n> We are on it.\n> -- Support',
      ),
    );
    expect(reply).toMatchObject({ status: 'accepted', ticketId: first.ticketId, created: false });
    const entry = (await entriesOf(first.ticketId)).find((e) => e.id === reply.entryId)!;
    expect(entry.body).toBe('It works again, thanks.');
    expect(entry.data.mail.quoted).toContain('> We are on it.');
    expect(await sql(`select 1 from outbox where topic = 'ticket.message' and payload->>'entryId' = $1`, [reply.entryId])).toHaveLength(1);
  });

  it('threads a reply by In-Reply-To against a mail we sent, and by References', async () => {
    const first = await ingest(newMail('ona@uni.example', 'Wifi down', 'No wifi in the library.'));
    const sent = `response.${Date.now()}@help.example`;
    await sql(
      `insert into mail_messages (tenant_id, id, direction, message_id, ticket_id, address, status, template, content)
       values ($1, gen_random_uuid(), 'out', $2, $3, 'ona@uni.example', 'sent', 'ticket.response', '{}')`,
      [tenant.id, sent, first.ticketId],
    );
    const byReplyTo = await ingest(newMail('ona@uni.example', 'Re: your question', 'Since this morning.', { 'In-Reply-To': `<${sent}>` }));
    expect(byReplyTo.ticketId).toBe(first.ticketId);
    const byReferences = await ingest(
      newMail('ona@uni.example', 'Re: Re: your question', 'Still down.', { References: `<unknown@elsewhere.example> <${first.messageId}>` }),
    );
    expect(byReferences.ticketId).toBe(first.ticketId);
  });

  it('adds a stranger who answers a ticket as a collaborator, or opens a new ticket for them, per instance setting', async () => {
    const first = await ingest(newMail('owner@uni.example', 'Door lock', 'The lock of room 3 is broken.'));
    const joined = await ingest(newMail('colleague@uni.example', `Re: [${first.reference}] Door lock`, 'Room 4 too.'));
    expect(joined).toMatchObject({ ticketId: first.ticketId, created: false });
    expect(
      await sql(`select role from ticket_participants p join requester_emails e on e.requester_id = p.requester_id where p.ticket_id = $1 and e.email = $2`, [
        first.ticketId,
        'colleague@uni.example',
      ]),
    ).toEqual([{ role: 'collaborator' }]);

    await settings({ unknownSenderPolicy: 'new_ticket' });
    try {
      const separate = await ingest(newMail('stranger@uni.example', `Re: [${first.reference}] Door lock`, 'And room 5.'));
      expect(separate.created).toBe(true);
      expect(separate.ticketId).not.toBe(first.ticketId);
      // Someone already on the ticket still threads.
      const known = await ingest(newMail('colleague@uni.example', `Re: [${first.reference}] Door lock`, 'Room 6 as well.'));
      expect(known.ticketId).toBe(first.ticketId);
    } finally {
      await settings({ unknownSenderPolicy: 'collaborator' });
    }
  });

  it('reopens a resolved ticket on a reply, while an out-of-office reply reopens nothing and is kept for agents', async () => {
    const first = await ingest(newMail('pere@uni.example', 'Keyboard', 'Keys stick.'));
    await inTenant(async () => {
      const tickets = harness.app.get(TicketService);
      const ticket = await tickets.byId(first.ticketId!);
      await tickets.moveTo(ticket, await harness.app.get(DirectoryService).firstStatusIn('resolved'), { kind: 'system' });
    });
    const away = await ingest(
      newMail('pere@uni.example', `Out of office: [${first.reference}] Keyboard`, 'I am away until Monday.', { 'Auto-Submitted': 'auto-replied' }),
    );
    expect(away).toMatchObject({ status: 'accepted', kind: 'auto-reply', ticketId: first.ticketId });
    expect((await ticketOf(first)).state).toBe('resolved');
    const kept = (await entriesOf(first.ticketId)).find((e) => e.id === away.entryId)!;
    expect(kept).toMatchObject({ kind: 'message', visibility: 'internal' });
    expect(await sql(`select 1 from outbox where topic = 'ticket.message' and payload->>'entryId' = $1`, [away.entryId])).toHaveLength(0);

    const back = await ingest(newMail('pere@uni.example', `Re: [${first.reference}] Keyboard`, 'Still sticking.'));
    expect(back).toMatchObject({ kind: 'human', ticketId: first.ticketId });
    expect((await ticketOf(first)).state).toBe('open');
  });

  it('drops our own mail coming back', async () => {
    const result = await ingest(newMail('support@intake.example', 'Re: something', 'Loop', { [LOOP_HEADER]: loopToken(tenant.id, config.secretKey) }));
    expect(result).toMatchObject({ status: 'dropped', kind: 'own', ticketId: null });
    const [row] = await sql('select problems from mail_messages where id = $1', [result.mailMessageId]);
    expect(row.problems).toEqual(expect.arrayContaining([expect.stringContaining('own-mail')]));
  });

  it('puts a bounce on the ticket whose mail bounced, flags the address and marks the mail failed', async () => {
    const first = await ingest(newMail('gone@uni.example', 'Account', 'Please reset my account.'));
    const sent = `notice.${Date.now()}@help.example`;
    await sql(
      `insert into mail_messages (tenant_id, id, direction, message_id, ticket_id, address, status, template, content)
       values ($1, gen_random_uuid(), 'out', $2, $3, 'gone@uni.example', 'sent', 'ticket.response', '{}')`,
      [tenant.id, sent, first.ticketId],
    );
    const report = deliveryReport({ to: 'support@intake.example', recipient: 'gone@uni.example', messageId: `bounce.${Date.now()}@mx.uni.example`, originalMessageId: sent });
    const result = await ingest(report);
    expect(result).toMatchObject({ status: 'accepted', kind: 'bounce', ticketId: first.ticketId, created: false });
    const note = (await entriesOf(first.ticketId)).find((e) => e.id === result.entryId)!;
    expect(note).toMatchObject({ kind: 'note', visibility: 'internal' });
    expect(note.body).toContain('Mail to gone@uni.example (5.1.1; permanent) could not be delivered');
    expect(note.data).toMatchObject({ bounce: { failures: [{ address: 'gone@uni.example', status: '5.1.1', permanent: true }] } });
    expect(await sql('select bounced_at is not null as bounced from requester_emails where email = $1', ['gone@uni.example'])).toEqual([{ bounced: true }]);
    expect(await sql('select status, last_error from mail_messages where message_id = $1', [sent])).toEqual([
      { status: 'failed', last_error: 'bounced: Undelivered Mail Returned to Sender' },
    ]);
    expect((await ticketOf(first)).state).not.toBe('closed');
  });

  it('notes a soft bounce on the ticket without marking the address as bouncing', async () => {
    const first = await ingest(newMail('full@uni.example', 'Quota', 'My mailbox is nearly full.'));
    const sent = `soft.${Date.now()}@help.example`;
    await sql(
      `insert into mail_messages (tenant_id, id, direction, message_id, ticket_id, address, status, template, content)
       values ($1, gen_random_uuid(), 'out', $2, $3, 'full@uni.example', 'sent', 'ticket.response', '{}')`,
      [tenant.id, sent, first.ticketId],
    );
    const report = deliveryReport({ to: 'support@intake.example', recipient: 'full@uni.example', messageId: `soft.${Date.now()}@mx.uni.example`, originalMessageId: sent, status: '4.2.2' });
    const result = await ingest(report);
    expect(result).toMatchObject({ status: 'accepted', kind: 'bounce', ticketId: first.ticketId });
    const note = (await entriesOf(first.ticketId)).find((e) => e.id === result.entryId)!;
    expect(note.body).toContain('Mail to full@uni.example (4.2.2; temporary) could not be delivered');
    expect(await sql('select bounced_at is not null as bounced from requester_emails where email = $1', ['full@uni.example'])).toEqual([{ bounced: false }]);
  });

  it('keeps a bounce that concerns no ticket flagged, and an unreadable message flagged with its raw bytes', async () => {
    const stray = await ingest(
      newMail('MAILER-DAEMON@mx.other.example', 'Undelivered Mail Returned to Sender', 'Delivery to nobody@other.example failed: user unknown', {
        'Return-Path': '<>',
      }),
    );
    expect(stray).toMatchObject({ status: 'flagged', kind: 'bounce', ticketId: null });

    const raw = Buffer.from('garbage that is no mail');
    const unreadable = await ingest({ unparseable: true, messageId: `broken.${Date.now()}@x`, syntheticMessageId: false, receivedAt: new Date(), problems: ['unparseable: test'], raw });
    expect(unreadable).toMatchObject({ status: 'flagged', kind: 'unparseable', ticketId: null });
    const [row] = await sql('select b.content from mail_messages m join blobs b on b.tenant_id = m.tenant_id and b.sha256 = m.raw_sha256 where m.id = $1', [
      unreadable.mailMessageId,
    ]);
    expect(Buffer.from(row.content as Buffer).toString()).toBe('garbage that is no mail');
  });

  it('keeps attachments within the limits and notes the dropped ones on the ticket', async () => {
    await settings({ attachmentMaxBytes: 1000, attachmentTypes: ['image/*', 'text/plain'] });
    try {
      const boundary = 'parts';
      const big = Buffer.alloc(2000, 'a').toString('base64');
      const raw = Buffer.from(
        [
          'From: files@uni.example',
          'To: support@intake.example',
          'Subject: Files',
          `Message-ID: <files.${Date.now()}@uni.example>`,
          'MIME-Version: 1.0',
          `Content-Type: multipart/mixed; boundary="${boundary}"`,
          '',
          `--${boundary}`,
          'Content-Type: text/plain',
          '',
          'See the files.',
          `--${boundary}`,
          'Content-Type: text/plain; name="notes.txt"',
          'Content-Disposition: attachment; filename="notes.txt"',
          '',
          'small notes',
          `--${boundary}`,
          'Content-Type: application/pdf; name="big.pdf"',
          'Content-Disposition: attachment; filename="big.pdf"',
          'Content-Transfer-Encoding: base64',
          '',
          big,
          `--${boundary}`,
          'Content-Type: application/x-msdownload; name="tool.exe"',
          'Content-Disposition: attachment; filename="tool.exe"',
          '',
          'MZ',
          `--${boundary}--`,
          '',
        ].join('\r\n'),
      );
      const result = await ingest(raw);
      expect(result.status).toBe('accepted');
      expect(await sql('select filename from attachments where entry_id = $1', [result.entryId])).toEqual([{ filename: 'notes.txt' }]);
      const note = (await entriesOf(result.ticketId)).find((e) => e.kind === 'note')!;
      expect(note.body).toContain('big.pdf');
      expect(note.body).toContain('tool.exe');
      const [row] = await sql('select problems from mail_messages where id = $1', [result.mailMessageId]);
      expect(row.problems).toEqual(expect.arrayContaining(['attachment-dropped: big.pdf (too-large)', 'attachment-dropped: tool.exe (type-not-allowed)']));
    } finally {
      await settings({ attachmentMaxBytes: 10485760, attachmentTypes: [] });
    }
  });

  it('refuses a new ticket over the open-ticket limit and asks for the over-limit notice', async () => {
    await settings({ maxOpenTickets: 1 });
    try {
      await ingest(newMail('busy@uni.example', 'First', 'One'));
      const refused = await ingest(newMail('busy@uni.example', 'Second', 'Two'));
      expect(refused).toMatchObject({ status: 'refused', ticketId: null });
      const [notice] = await sql(`select payload from outbox where topic = 'ticket.overlimit' and payload->>'mailMessageId' = $1`, [refused.mailMessageId]);
      expect(notice.payload).toMatchObject({ email: 'busy@uni.example', subject: 'Second', limit: 1 });
    } finally {
      await settings({ maxOpenTickets: 0 });
    }
  });

  it('runs the filters before opening a ticket, keeps a refused message flagged, and flags the message when processing fails', async () => {
    const routed = await ingest(newMail('filter@uni.example', 'Please route me', 'To facilities.'));
    expect((await ticketOf(routed)).department_id).toBe(otherDepartmentId);
    const events = await sql(`select data from ticket_entries where ticket_id = $1 and event = 'filtered'`, [routed.ticketId]);
    expect(events).toEqual([{ data: expect.objectContaining({ name: 'Route me', actions: [expect.objectContaining({ kind: 'set-department', target: 'Facilities', skipped: false })] }) }]);

    const refused = await ingest(newMail('filter@uni.example', 'Please refuse me', 'Never mind.'));
    expect(refused).toMatchObject({ status: 'flagged', ticketId: null, created: false });
    const [kept] = await sql('select problems, raw_sha256 is not null as raw from mail_messages where id = $1', [refused.mailMessageId]);
    expect(kept).toEqual({ problems: expect.arrayContaining(['filter-rejected: the ticket filter "Refuse me" refused this message']), raw: true });
    expect(await sql(`select 1 from tickets where subject = 'Please refuse me'`)).toHaveLength(0);

    // A filter row that cannot run (a pattern written past the checks) fails the processing.
    await sql(
      `insert into ticket_filters (tenant_id, id, name, position, match, conditions, actions) values ($1, gen_random_uuid(), 'Broken', 9, 'all', $2, '[{"kind":"stop"}]')`,
      [tenant.id, JSON.stringify([{ field: 'subject', operator: 'regex', value: '(explode' }])],
    );
    try {
      const failed = await ingest(newMail('filter@uni.example', 'This will explode', 'Boom.'));
      expect(failed).toMatchObject({ status: 'flagged', ticketId: null, created: false });
      const [row] = await sql<{ problems: string[] }>('select problems from mail_messages where id = $1', [failed.mailMessageId]);
      expect(row.problems.some((problem) => problem.startsWith('intake-error: '))).toBe(true);
      // Nothing of the failed attempt stays: no requester message, no half ticket.
      expect(await sql(`select 1 from tickets where subject = 'This will explode'`)).toHaveLength(0);
    } finally {
      await sql(`delete from ticket_filters where name = 'Broken'`);
    }
  });

  it('takes in mail arriving at once from the same new sender, and replies to one ticket at once, without flagging any', async () => {
    const sender = `burst.${Date.now()}@uni.example`;
    const burst = await Promise.all(Array.from({ length: 6 }, (_, i) => ingest(newMail(sender, `Burst ${i}`, `Message ${i}`))));
    expect(burst.map((result) => [result.status, result.created])).toEqual(burst.map(() => ['accepted', true]));
    expect(await sql('select 1 from requester_emails where email = $1', [sender])).toHaveLength(1);

    const [first] = burst;
    const replies = await Promise.all(Array.from({ length: 6 }, (_, i) => ingest(newMail(sender, `Re: [${first.reference}] Burst 0`, `Reply ${i}`))));
    expect(replies.map((result) => [result.status, result.ticketId])).toEqual(replies.map(() => ['accepted', first.ticketId]));
    const messages = (await entriesOf(first.ticketId)).filter((e) => e.kind === 'message');
    expect(messages).toHaveLength(7);
  });

  it("turns an agent's mailed answer into an internal note, and keeps one from an agent who may not see the ticket flagged", async () => {
    const first = await ingest(newMail('asker@uni.example', 'Chair broken', 'My chair is broken.', { Cc: 'manager@intake.example' }));
    // An agent copied on a new mail is not made a collaborator.
    expect(await sql(`select 1 from ticket_participants where ticket_id = $1 and role = 'collaborator'`, [first.ticketId])).toHaveLength(0);

    const note = await ingest(newMail('Manager <manager@intake.example>', `Re: [${first.reference}] Chair broken`, 'Facilities has spare chairs.\n\n> My chair is broken.'));
    expect(note).toMatchObject({ status: 'accepted', ticketId: first.ticketId, created: false });
    const entry = (await entriesOf(first.ticketId)).find((e) => e.id === note.entryId)!;
    expect(entry).toMatchObject({ kind: 'note', visibility: 'internal', body: 'Facilities has spare chairs.' });
    expect(entry.data.mail).toMatchObject({ messageId: note.messageId });
    const [author] = await sql<{ author_staff_id: string; author_requester_id: string | null }>('select author_staff_id, author_requester_id from ticket_entries where id = $1', [
      note.entryId,
    ]);
    expect(author).toEqual({ author_staff_id: harness.instance.manager.id, author_requester_id: null });
    expect(await sql(`select 1 from outbox where topic = 'ticket.note' and payload->>'entryId' = $1`, [note.entryId])).toHaveLength(1);
    expect(await sql('select 1 from requester_emails where email = $1', ['manager@intake.example'])).toHaveLength(0);

    await inTenant(() =>
      harness.app.get(AgentAdminService).create({
        email: 'outsider@intake.example',
        name: 'Outsider',
        password: 'a long enough password',
        primaryDepartmentId: otherDepartmentId,
        roleId: harness.instance.roleIds.limited,
      }),
    );
    const stranger = await ingest(newMail('outsider@intake.example', `Re: [${first.reference}] Chair broken`, 'Let me see.'));
    expect(stranger).toMatchObject({ status: 'flagged', ticketId: null });
    const [row] = await sql<{ problems: string[] }>('select problems from mail_messages where id = $1', [stranger.mailMessageId]);
    expect(row.problems).toEqual(expect.arrayContaining([expect.stringMatching(/^staff-not-allowed: outsider@intake\.example answered /)]));
  });
});
