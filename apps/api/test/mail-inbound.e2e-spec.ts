import superagent from 'superagent';
import { AdminClient, expectProblem, startAdminApi } from './admin-harness';
import { deliveryReport } from '@tessera/testing';
import { Instance, TestApi, bearer } from './api-harness';

// Reads a download as bytes, whatever its type.
const binary = superagent.parse.image;

// The MTA pipe: raw RFC 822 posted with a mailbox's token goes through the intake pipeline.
describe('mail: the inbound endpoint for an MTA pipe', () => {
  let api: TestApi;
  let alpha: Instance;
  let admin: AdminClient;
  let mailboxId: string;
  let token: string;

  const raw = (messageId: string, subject = 'Printer jam', from = 'Marta <marta@uni.example>') =>
    Buffer.from(
      [`From: ${from}`, 'To: support@alpha.example', `Subject: ${subject}`, `Message-ID: <${messageId}>`, 'Content-Type: text/plain; charset=utf-8', '', 'The printer on floor 2 jams.', ''].join(
        '\r\n',
      ),
    );
  const pipe = (slug: string, body: Buffer | string, headers: Record<string, string> = { Authorization: `Bearer ${token}` }, type = 'message/rfc822') =>
    api.http().post(`/api/v1/t/${slug}/mail/inbound`).set(headers).set('Content-Type', type).send(body);

  beforeAll(async () => {
    ({ api, instance: alpha, admin } = await startAdminApi());
    const departmentId = (await admin.get('departments').expect(200)).body[0].id;
    mailboxId = (await admin.post('mailboxes', { name: 'Pipe', address: 'support@alpha.example', departmentId }).expect(201)).body.id;
    token = (await admin.post(`mailboxes/${mailboxId}/inbound-token`, {}).expect(201)).body.token;
  });

  afterAll(() => api.close());

  it('opens a ticket from a piped message, once per Message-ID', async () => {
    const first = await pipe('alpha', raw('pipe-1@uni.example')).expect(200);
    expect(first.body).toMatchObject({ status: 'accepted', kind: 'human', duplicate: false, created: true, messageId: 'pipe-1@uni.example' });
    expect(first.body.reference).toEqual(expect.any(String));
    const ticket = await api.http().get(`/api/v1/t/alpha/tickets/${encodeURIComponent(first.body.reference)}`).set(bearer(alpha.token)).expect(200);
    expect(ticket.body).toMatchObject({ subject: 'Printer jam', source: 'email' });

    const again = await pipe('alpha', raw('pipe-1@uni.example')).expect(200);
    expect(again.body).toMatchObject({ duplicate: true, reference: first.body.reference, created: false });
    expect(await api.sql(`select 1 from mail_messages where message_id = 'pipe-1@uni.example'`)).toHaveLength(1);
  });

  it('takes the raw message as application/octet-stream too', async () => {
    const result = await pipe('alpha', raw('pipe-2@uni.example', 'Octets'), undefined, 'application/octet-stream').expect(200);
    expect(result.body).toMatchObject({ status: 'accepted', created: true });
  });

  it('refuses requests without a valid mailbox token, changing nothing', async () => {
    expectProblem(await pipe('alpha', raw('pipe-3@uni.example'), {}), 401, 'auth.unauthenticated');
    expectProblem(await pipe('alpha', raw('pipe-3@uni.example'), { Authorization: 'Bearer tsm_not-a-real-token' }), 401, 'auth.unauthenticated');
    // A staff token is not a mailbox token.
    expectProblem(await pipe('alpha', raw('pipe-3@uni.example'), bearer(alpha.token)), 401, 'auth.unauthenticated');
    expect(await api.sql(`select 1 from mail_messages where message_id = 'pipe-3@uni.example'`)).toHaveLength(0);
  });

  it("refuses another instance's mailbox token and a deactivated mailbox's token", async () => {
    await api.provision('beta');
    expectProblem(await pipe('beta', raw('pipe-4@uni.example')), 401, 'auth.unauthenticated');
    await admin.patch(`mailboxes/${mailboxId}`, { isActive: false }).expect(200);
    try {
      expectProblem(await pipe('alpha', raw('pipe-4@uni.example')), 401, 'auth.unauthenticated');
    } finally {
      await admin.patch(`mailboxes/${mailboxId}`, { isActive: true }).expect(200);
    }
    expect(await api.sql(`select 1 from mail_messages where message_id = 'pipe-4@uni.example'`)).toHaveLength(0);
  });

  it('answers 400 for an empty body or one that is not a raw message', async () => {
    expectProblem(await pipe('alpha', Buffer.alloc(0)), 400, 'mail.empty');
    expectProblem(await pipe('alpha', JSON.stringify({ raw: 'x' }), undefined, 'application/json'), 400, 'mail.empty');
  });

  const raw5 = raw('pipe-5@uni.example', 'Nobody', 'undisclosed-recipients:;');
  it('keeps a message without a usable sender flagged rather than losing it', async () => {
    const result = await pipe('alpha', raw5).expect(200);
    expect(result.body).toMatchObject({ status: 'flagged', reference: null, created: false });
    expect(await api.sql(`select status from mail_messages where message_id = 'pipe-5@uni.example'`)).toEqual([{ status: 'flagged' }]);
  });

  it('stores what its own cutting leaves of a header (half an emoji) instead of failing on it', async () => {
    // The parser quotes 100 characters of a date it cannot read, on the ticket entry too: the cut
    // falls inside the emoji.
    const date = `${'x'.repeat(99)}😀`;
    const message = Buffer.from(['From: Marta <marta@uni.example>', 'To: support@alpha.example', 'Subject: Odd date', `Date: ${date}`, 'Message-ID: <cut-emoji@uni.example>', 'Content-Type: text/plain; charset=utf-8', '', 'Hello', ''].join('\r\n'));
    const { body } = await pipe('alpha', message).expect(200);
    expect(body).toMatchObject({ status: 'accepted', created: true });
    const [row] = await api.sql<{ problems: string[] }>("select problems from mail_messages where message_id = 'cut-emoji@uni.example'");
    expect(row.problems.some((p) => p.startsWith('intake-error'))).toBe(false);
    expect(row.problems).toEqual(expect.arrayContaining([expect.stringMatching(/^invalid-date: the Date header "x{99}\ufffd"/)]));
  });

  it('takes every sender address RFC 5322 allows and falls back to Reply-To, Sender and Return-Path', async () => {
    const sender = async (id: string, headers: string[]) => {
      const message = Buffer.from([...headers, 'To: support@alpha.example', 'Subject: Who', `Message-ID: <${id}>`, '', 'Hello', ''].join('\r\n'));
      const { body } = await pipe('alpha', message).expect(200);
      const rows = await api.sql<{ email: string }>(
        'select e.email::text as email from tickets t join requester_emails e on e.tenant_id = t.tenant_id and e.requester_id = t.requester_id where t.reference = $1',
        [body.reference],
      );
      return { status: body.status, email: rows[0]?.email ?? null };
    };
    expect(await sender('addr-1@uni.example', ['From: Fax <"#FAX#123"@Example.org>'])).toEqual({ status: 'accepted', email: '#fax#123@example.org' });
    expect(await sender('addr-2@uni.example', ['From: root@localhost'])).toEqual({ status: 'accepted', email: 'root@localhost' });
    expect(await sender('addr-3@uni.example', ['From: Quoted <"john doe"@example.org>'])).toEqual({ status: 'accepted', email: '"john doe"@example.org' });
    // A domain with a trailing dot is refused by SMTP: the next address the headers give stands in.
    expect(await sender('addr-4@uni.example', ['From: a@uni.example.', 'Sender: desk@uni.example'])).toEqual({ status: 'accepted', email: 'desk@uni.example' });
    expect(await sender('addr-5@uni.example', ['From: a@uni.example.', 'Return-Path: <bounce@uni.example>'])).toEqual({ status: 'accepted', email: 'bounce@uni.example' });
    expect(await sender('addr-6@uni.example', ['From: a@uni.example.', 'Return-Path: <>'])).toEqual({ status: 'flagged', email: null });
  });

  it('takes in a message that reuses a Message-ID with other content; another delivery of the same message stays a duplicate', async () => {
    const message = (received: string, body: string) =>
      Buffer.from([`Received: ${received}`, 'From: Marta <marta@uni.example>', 'To: support@alpha.example', 'Subject: Reused id', 'Date: Mon, 7 May 2012 15:58:32 +0200', 'Message-ID: <reused@uni.example>', '', body, ''].join('\r\n'));
    const first = await pipe('alpha', message('from a by mx1', 'The first message')).expect(200);
    expect(first.body).toMatchObject({ status: 'accepted', duplicate: false, created: true });
    // The same message through another relay: a duplicate.
    const again = await pipe('alpha', message('from b by mx2', 'The first message')).expect(200);
    expect(again.body).toMatchObject({ duplicate: true, reference: first.body.reference });
    const other = await pipe('alpha', message('from a by mx1', 'Something else entirely')).expect(200);
    expect(other.body).toMatchObject({ duplicate: false, created: true, messageId: expect.stringMatching(/^reused@uni\.example#[0-9a-f]{16}$/) });
    expect(other.body.reference).not.toBe(first.body.reference);
    const rows = await api.sql<{ problems: string[] }>("select problems from mail_messages where message_id like 'reused@uni.example%' order by created_at");
    expect(rows).toHaveLength(2);
    expect(rows[1].problems).toEqual(expect.arrayContaining([expect.stringMatching(/^duplicate-message-id: /)]));
    // And that one is a duplicate of itself the second time.
    expect((await pipe('alpha', message('from c by mx3', 'Something else entirely')).expect(200)).body).toMatchObject({ duplicate: true, reference: other.body.reference });
  });

  it('lets managers review flagged mail and fetch it raw', async () => {
    const flagged = await admin.get('mail?status=flagged&unreviewed=true').expect(200);
    const item = flagged.body.items.find((m: { messageId: string }) => m.messageId === 'pipe-5@uni.example');
    expect(item).toMatchObject({ status: 'flagged', kind: 'human', subject: 'Nobody', reference: null, reviewedAt: null });
    expect(item.problems).toEqual(expect.arrayContaining([expect.stringMatching(/^missing-from: /), expect.stringMatching(/^no-sender: /)]));
    expect(flagged.body.items.every((m: { status: string }) => m.status === 'flagged')).toBe(true);

    const raw = await admin.get(`mail/${item.id}/raw`).buffer(true).parse(binary).expect(200);
    expect(raw.headers['content-type']).toMatch(/^message\/rfc822/);
    expect(raw.headers['content-disposition']).toMatch(/^attachment/);
    expect((raw.body as Buffer).equals(raw5)).toBe(true);

    const reviewed = await admin.post(`mail/${item.id}/review`).expect(200);
    expect(reviewed.body).toMatchObject({ id: item.id, reviewedByStaffId: alpha.manager.id, reviewedAt: expect.any(String) });
    const after = await admin.get('mail?status=flagged&unreviewed=true').expect(200);
    expect(after.body.items.map((m: { id: string }) => m.id)).not.toContain(item.id);

    // Accepted mail has nothing to review.
    const accepted = (await admin.get('mail?status=accepted').expect(200)).body.items[0];
    expectProblem(await admin.post(`mail/${accepted.id}/review`), 409, 'mail.not-flagged');
    expectProblem(await admin.get(`mail/${alpha.id}`), 404, 'mail.not-found');
    expectProblem(await admin.get('mail?status=lost'), 400, 'request.invalid');
  });

  it('pages the mail newest first', async () => {
    const first = await admin.get('mail?limit=2').expect(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await admin.get(`mail?limit=2&cursor=${first.body.nextCursor}`).expect(200);
    const ids = [...first.body.items, ...second.body.items].map((m: { id: string }) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort().reverse()).toEqual(ids);
  });

  it("gives agents the original of a mail on a ticket's thread", async () => {
    const body = raw('pipe-6@uni.example', 'Original please');
    const result = await pipe('alpha', body).expect(200);
    const path = `/api/v1/t/alpha/tickets/${encodeURIComponent(result.body.reference)}`;
    const thread = await api.http().get(`${path}/thread`).set(bearer(alpha.token)).expect(200);
    const message = thread.body.find((entry: { kind: string }) => entry.kind === 'message');
    const mailId = message.data.mail.id;
    const original = await api.http().get(`${path}/mail/${mailId}`).set(bearer(alpha.token)).buffer(true).parse(binary).expect(200);
    expect((original.body as Buffer).equals(body)).toBe(true);
    // Another ticket's mail is not found through this one.
    const other = await pipe('alpha', raw('pipe-7@uni.example', 'Another')).expect(200);
    expectProblem(await api.http().get(`/api/v1/t/alpha/tickets/${encodeURIComponent(other.body.reference)}/mail/${mailId}`).set(bearer(alpha.token)), 404, 'mail.not-found');
  });

  it('flags an address a delivery report names, for managers to see on the requester', async () => {
    const requester = (await admin.post('requesters', { name: 'Gone', emails: ['gone@uni.example', 'still@uni.example'] }).expect(201)).body;
    expect(requester.bouncedEmails).toEqual([]);
    const report = deliveryReport({ to: 'support@alpha.example', recipient: 'gone@uni.example', messageId: 'dsn-1@mx.uni.example' });
    expect((await pipe('alpha', report).expect(200)).body).toMatchObject({ kind: 'bounce', status: 'flagged', created: false });
    const after = await admin.get(`requesters/${requester.id}`).expect(200);
    expect(after.body.bouncedEmails).toEqual([{ email: 'gone@uni.example', bouncedAt: expect.any(String), reason: '5.1.1: Undelivered Mail Returned to Sender' }]);
  });
});
