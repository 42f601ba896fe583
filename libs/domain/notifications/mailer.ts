import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '#config';

/** SMTP delivery through nodemailer; without SMTP_URL, email is switched off. */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly transport: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    // Bounded waits: a send must end well within the delivery lease (DELIVERY_LEASE_MS), or a
    // second worker would take the entry over and send it again.
    this.transport = config.smtpUrl
      ? nodemailer.createTransport({
          url: config.smtpUrl,
          // A connection per mail costs more than the mail; one per concurrent delivery job is reused.
          pool: true,
          maxConnections: 8,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 20_000,
        })
      : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  async send(mail: { to: string; subject: string; text: string; messageId: string }): Promise<void> {
    if (!this.transport) return;
    // The Message-ID is the notification's, so a resend after a crash is recognisably the same mail.
    await this.transport.sendMail({
      from: this.config.mailFrom,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: mail.messageId,
    });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
