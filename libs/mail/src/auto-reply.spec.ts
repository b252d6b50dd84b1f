import { ClassifiableMessage, classifyMail, mayAutoRespond } from './auto-reply';
import { InboundAttachment } from './inbound-message';
import { parseMessage } from './parse-message';

// A message as the classifier sees it: headers by name, plus what the parser found.
function message(headers: Record<string, string | string[]>, extra: Partial<ClassifiableMessage> = {}): ClassifiableMessage {
  const map = new Map(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), ([] as string[]).concat(value)]));
  return { headers: map, subject: map.get('subject')?.[0] ?? '', text: '', mimeType: 'text/plain', reportType: null, attachments: [], ...extra };
}

function part(contentType: string, content: string): InboundAttachment {
  return { filename: 'x', filenameGenerated: true, contentType, size: content.length, contentId: null, inline: false, content: Buffer.from(content), sha256: '' };
}

const person = { From: 'Anna <anna@example.com>', 'Return-Path': '<anna@example.com>', Subject: 'Printer broken' };

describe('classifyMail', () => {
  it('takes ordinary mail for human and lets it be answered', () => {
    const classification = classifyMail(message(person));
    expect(classification).toEqual({ kind: 'human', reasons: [], bounce: null });
    expect(mayAutoRespond(classification)).toBe(true);
  });

  it.each([
    [{ 'Auto-Submitted': 'auto-replied' }, 'Auto-Submitted: auto-replied'],
    [{ 'Auto-Submitted': 'auto-generated; type=vacation' }, 'Auto-Submitted: auto-generated; type=vacation'],
    [{ 'X-Auto-Response-Suppress': 'All' }, 'X-Auto-Response-Suppress: All'],
    [{ 'X-Autoreply': 'yes' }, 'x-autoreply: yes'],
    [{ 'X-Autorespond': 'Out of office' }, 'x-autorespond: Out of office'],
    [{ 'X-Apple-Action': 'VACATION' }, 'x-apple-action: VACATION'],
    [{ Precedence: 'bulk' }, 'Precedence: bulk'],
    [{ Precedence: 'junk' }, 'Precedence: junk'],
    [{ Precedence: 'auto_reply' }, 'Precedence: auto_reply'],
  ])('takes %p for an auto-reply', (headers, reason) => {
    const classification = classifyMail(message({ ...person, ...headers }));
    expect(classification).toEqual({ kind: 'auto-reply', reasons: [reason], bounce: null });
    expect(mayAutoRespond(classification)).toBe(false);
  });

  it('ignores Auto-Submitted: no and an empty suppress header', () => {
    expect(classifyMail(message({ ...person, 'Auto-Submitted': 'no', 'X-Auto-Response-Suppress': 'None' })).kind).toBe('human');
  });

  it('counts a vacation subject only together with a header that backs it', () => {
    for (const subject of ['Out of Office: Printer', 'Automatic reply: Printer', 'Abwesenheitsnotiz: Drucker', 'Respuesta automática: impresora', 'Automatisch antwoord: printer']) {
      expect(classifyMail(message({ ...person, Subject: subject })).kind).toBe('human');
      expect(classifyMail(message({ ...person, Subject: subject, 'In-Reply-To': '<x@y>' })).kind).toBe('auto-reply');
    }
    expect(classifyMail(message({ ...person, Subject: 'Re: Out of office tomorrow?', 'In-Reply-To': '<x@y>' })).kind).toBe('human');
  });

  it('takes list mail for list', () => {
    expect(classifyMail(message({ ...person, 'List-Id': '<users.lists.example.org>' }))).toMatchObject({ kind: 'list', reasons: ['List-Id: <users.lists.example.org>'] });
    expect(classifyMail(message({ ...person, 'List-Unsubscribe': '<mailto:u@example.org>', Precedence: 'list' }))).toMatchObject({ kind: 'list', reasons: ['Precedence: list', 'list-unsubscribe: <mailto:u@example.org>'] });
    // The lists' own notices: moderation and subscription mail from the list manager.
    expect(classifyMail(message({ ...person, From: 'staff-request@lists.example.org', Subject: 'Your message awaits moderator approval' }))).toMatchObject({
      kind: 'list',
      reasons: ['sent by a list service address (staff-request@lists.example.org)'],
    });
    expect(classifyMail(message({ ...person, 'X-List-Administrivia': 'yes' }))).toMatchObject({ kind: 'list', reasons: ['x-list-administrivia: yes'] });
  });

  it('takes read receipts and feedback reports for automatic mail, not bounces', () => {
    expect(classifyMail(message(person, { mimeType: 'multipart/report', reportType: 'disposition-notification' }))).toMatchObject({ kind: 'auto-reply' });
    expect(classifyMail(message(person, { mimeType: 'multipart/report', reportType: 'feedback-report' }))).toMatchObject({ kind: 'auto-reply' });
    // Abuse feedback wrapped otherwise: a feedback part in a mixed message, a Feedback-Type in
    // the text, Microsoft's complaint loop attaching the reported mail.
    const reported = part('message/rfc822', 'X-HmXmrOriginalRecipient: someone@example.com\r\nFrom: us@example.org\r\nSubject: Hello\r\n\r\nHi');
    const mixed = { mimeType: 'multipart/mixed' };
    expect(classifyMail(message(person, { ...mixed, attachments: [part('message/feedback-report', 'Feedback-Type: abuse')] }))).toMatchObject({ kind: 'auto-reply', reasons: ['an abuse feedback report part'] });
    expect(classifyMail(message(person, { text: 'This is an abuse report\n\nFeedback-Type: abuse\nUser-Agent: x/1.0' }))).toMatchObject({ kind: 'auto-reply' });
    expect(classifyMail(message({ ...person, Subject: 'complaint about message from 192.0.2.1' }, { ...mixed, attachments: [reported] }))).toMatchObject({ kind: 'auto-reply' });
    // A person forwarding a mail is still a person.
    expect(classifyMail(message(person, { ...mixed, attachments: [part('message/rfc822', 'From: x@example.org\r\nSubject: Fwd\r\n\r\nHi')] }))).toMatchObject({ kind: 'human' });
  });

  it('recognises bounces by their delivery report and names the failed recipients and the original', () => {
    const report = [
      'Reporting-MTA: dns; mx.example.net',
      '',
      'Final-Recipient: rfc822; gone@example.net',
      'Action: failed',
      'Status: 5.1.1',
      'Remote-MTA: dns; mx.example.net',
      'Diagnostic-Code: smtp; 550 5.1.1 <gone@example.net>: Recipient',
      '  address rejected: User unknown',
      '',
      'Final-Recipient: rfc822; full@example.net',
      'Action: failed',
      'Status: 4.2.2',
      'Diagnostic-Code: smtp; 452-4.2.2 The email account is over quota',
      '',
      'Final-Recipient: rfc822;late@example.net',
      'Action: delayed',
      '',
      'Final-Recipient: rfc822; <also-gone@example.net>',
      'Action: expired',
    ].join('\r\n');
    const classification = classifyMail(
      message(
        { From: 'Mail Delivery System <MAILER-DAEMON@mx.example.net>', 'Return-Path': '<>', Subject: 'Undelivered Mail Returned to Sender', 'Auto-Submitted': 'auto-replied' },
        {
          mimeType: 'multipart/report',
          reportType: 'delivery-status',
          attachments: [part('message/delivery-status', report), part('text/rfc822-headers', 'From: support@help.example.com\r\nMessage-ID: <sent-by-us@help.example.com>\r\n')],
        },
      ),
    );
    expect(classification).toEqual({
      kind: 'bounce',
      reasons: ['a delivery status report', 'sent by the mail system (MAILER-DAEMON / postmaster)'],
      bounce: {
        recipients: ['gone@example.net', 'full@example.net', 'also-gone@example.net'],
        failures: [
          { address: 'gone@example.net', status: '5.1.1', remoteCode: '550', diagnostic: '550 5.1.1 <gone@example.net>: Recipient address rejected: User unknown', permanent: true },
          // Over quota is soft: the address must not be marked as bouncing for good.
          { address: 'full@example.net', status: '4.2.2', remoteCode: '452', diagnostic: '452-4.2.2 The email account is over quota', permanent: false },
          { address: 'also-gone@example.net', status: null, remoteCode: null, diagnostic: null, permanent: true },
        ],
        originalMessageId: 'sent-by-us@help.example.com',
      },
    });
    expect(mayAutoRespond(classification)).toBe(false);
  });

  it('names no recipient for a delay notice', () => {
    const classification = classifyMail(
      message({ From: 'postmaster@example.net', 'In-Reply-To': '<ours@help.example.com>' }, { attachments: [part('message/delivery-status', 'Final-Recipient: rfc822; late@example.net\nAction: delayed\n')], text: 'Still trying late@example.net' }),
    );
    expect(classification.bounce).toEqual({ recipients: [], failures: [], originalMessageId: 'ours@help.example.com' });
  });

  it('reads X-Failed-Recipients and plain-text reports', () => {
    expect(classifyMail(message({ From: 'a@b.example', 'X-Failed-Recipients': 'one@example.net, two@example.net' })).bounce?.recipients).toEqual([
      'one@example.net',
      'two@example.net',
    ]);
    const qmail = classifyMail(
      message(
        { From: 'MAILER-DAEMON@mx.example.net', To: 'support@help.example.com', Subject: 'failure notice' },
        {
          text: [
            "Hi. This is the qmail-send program at mx.example.net.",
            "I'm afraid I wasn't able to deliver your message to the following addresses.",
            '',
            '<Gone@Example.net>:',
            'Sorry, no mailbox here by that name. (#5.1.1)',
            '',
            '--- Below this line is a copy of the message.',
            '',
            'From: support@help.example.com',
            'To: gone@example.net',
            'Message-ID: <ours@help.example.com>',
          ].join('\n'),
        },
      ),
    );
    expect(qmail.kind).toBe('bounce');
    expect(qmail.bounce).toEqual({
      recipients: ['gone@example.net'],
      failures: [{ address: 'gone@example.net', status: '5.1.1', remoteCode: null, diagnostic: 'Sorry, no mailbox here by that name. (#5.1.1)', permanent: true }],
      originalMessageId: 'ours@help.example.com',
    });
  });

  it('needs two weak signs for a bounce without a report or a mail-system sender', () => {
    const text = 'Your message could not be delivered.';
    expect(classifyMail(message({ ...person, Subject: 'Delivery failure' })).kind).toBe('human');
    expect(classifyMail(message({ ...person, Subject: 'Delivery failure' }, { text })).kind).toBe('bounce');
    expect(classifyMail(message({ ...person, 'Return-Path': '<>' })).kind).toBe('auto-reply');
  });

  it('keeps out-of-office replies with a null sender auto-replies, not bounces', () => {
    const ooo = message({ From: 'Kijitora <k@example.org>', 'Return-Path': '<>', Subject: 'Automatic reply: Nyaan', 'X-Auto-Response-Suppress': 'All' }, { text: 'I will be traveling.' });
    expect(classifyMail(ooo).kind).toBe('auto-reply');
  });

  it('reads Amazon SES notifications', () => {
    const from = { From: 'SES <no-reply@sns.amazonaws.com>' };
    const bounce = classifyMail(message(from, { text: '{"Message":"{\\"notificationType\\":\\"Bounce\\",\\"bounce\\":{\\"bouncedRecipients\\":[{\\"emailAddress\\":\\"gone@example.net\\"}]}}"}' }));
    expect(bounce).toMatchObject({ kind: 'bounce', bounce: { recipients: ['gone@example.net'] } });
    expect(classifyMail(message(from, { text: '{"notificationType":"Complaint"}' })).kind).toBe('auto-reply');
  });

  it('classifies a parsed DSN end to end', async () => {
    const raw = [
      'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      'To: support@help.example.com',
      'Subject: Delivery Status Notification (Failure)',
      'Content-Type: multipart/report; report-type=delivery-status; boundary=b',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'Address not found',
      '--b',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; googlemail.com',
      '',
      'Final-Recipient: rfc822; nobody@example.net',
      'Action: failed',
      '--b',
      'Content-Type: message/rfc822',
      '',
      'Message-ID: <ticket-42@help.example.com>',
      'Subject: [suport#42] Printer',
      '',
      'Hello',
      '--b--',
    ].join('\r\n');
    const parsed = await parseMessage(Buffer.from(raw));
    if (parsed.unparseable) throw new Error('unparseable');
    expect(classifyMail(parsed)).toMatchObject({ kind: 'bounce', bounce: { recipients: ['nobody@example.net'], originalMessageId: 'ticket-42@help.example.com' } });
  });
});
