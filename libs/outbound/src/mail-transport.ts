import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { CONFIG, Config } from '@tessera/config';
import { DomainError } from '@tessera/errors';
import { Transporter, createTransport } from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Record<string, string>;
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
      from: this.config.mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
      headers: mail.headers,
    });
  }

  onApplicationShutdown(): void {
    this.transporter?.close();
  }
}
