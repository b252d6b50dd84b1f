import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { CONFIG, Config } from '@tessera/config';
import { DomainError } from '@tessera/errors';
import { formatMessageId } from '@tessera/mail';
import { Transporter, createTransport } from 'nodemailer';

export interface OutgoingMail {
  // A mailbox (`"Name" <address>`); without one, the deployment's TESSERA_MAIL_FROM.
  from?: string;
  replyTo?: string | null;
  to: string;
  subject: string;
  text: string;
  html: string;
  // With angle brackets.
  messageId: string;
  // Threading, ids without angle brackets.
  inReplyTo?: string | null;
  references?: string[];
  headers: Record<string, string>;
  // Files sent with it (a response's attachments).
  attachments?: { filename: string; contentType: string; content: Buffer }[];
}

// The deployment's SMTP relay (TESSERA_SMTP_URL). Network I/O: never call it inside a database
// transaction.
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private transporter: Transporter | null = null;

  constructor(@Inject(CONFIG) private readonly config: Config) {}

  get configured(): boolean {
    return this.config.mail.smtpUrl !== null;
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (!this.config.mail.smtpUrl) throw new DomainError('unavailable', 'mail.not-configured', 'No SMTP relay is configured (TESSERA_SMTP_URL)');
    this.transporter ??= createTransport(this.config.mail.smtpUrl);
    await this.transporter.sendMail({
      from: mail.from ?? this.config.mail.from,
      replyTo: mail.replyTo ?? undefined,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
      inReplyTo: mail.inReplyTo ? formatMessageId(mail.inReplyTo) : undefined,
      references: mail.references?.length ? mail.references.map(formatMessageId) : undefined,
      headers: mail.headers,
      attachments: mail.attachments?.map((file) => ({ filename: file.filename, contentType: file.contentType, content: file.content })),
    });
  }

  onApplicationShutdown(): void {
    this.transporter?.close();
  }
}
