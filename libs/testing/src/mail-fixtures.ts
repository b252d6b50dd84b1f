import { randomBytes } from 'node:crypto';

// Raw mail for tests of the inbound pipeline.

// A delivery status notification (RFC 3464) from a mail server's MAILER-DAEMON, saying that mail
// to `recipient` failed; with the failed mail's headers when `originalMessageId` is given.
export function deliveryReport(options: { to: string; recipient: string; messageId: string; originalMessageId?: string; status?: string }): Buffer {
  const original = options.originalMessageId
    ? ['--dsn', 'Content-Type: text/rfc822-headers', '', `From: ${options.to}`, `To: ${options.recipient}`, `Message-ID: <${options.originalMessageId}>`, 'Subject: [x] Account']
    : [];
  return Buffer.from(
    [
      'From: Mail Delivery System <MAILER-DAEMON@mx.uni.example>',
      `To: ${options.to}`,
      'Subject: Undelivered Mail Returned to Sender',
      `Message-ID: <${options.messageId}>`,
      'Auto-Submitted: auto-replied',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="dsn"',
      '',
      '--dsn',
      'Content-Type: text/plain',
      '',
      'Your message could not be delivered: user unknown.',
      '--dsn',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.uni.example',
      '',
      `Final-Recipient: rfc822; ${options.recipient}`,
      'Action: failed',
      `Status: ${options.status ?? '5.1.1'}`,
      ...original,
      '--dsn--',
      '',
    ].join('\r\n'),
  );
}

// A plain-text message as a person writes it, for feeding mailboxes; a fresh Message-ID unless
// one is given (without angle brackets).
export function plainMail(options: { subject: string; from: string; to: string; messageId?: string }): string {
  return [
    `From: ${options.from}`,
    `To: ${options.to}`,
    `Subject: ${options.subject}`,
    `Message-ID: <${options.messageId ?? `${randomBytes(8).toString('hex')}@example.test`}>`,
    'Date: Mon, 02 Mar 2026 09:30:00 +0100',
    'Content-Type: text/plain; charset=utf-8',
    '',
    `${options.subject}: details follow.`,
    '',
  ].join('\r\n');
}
