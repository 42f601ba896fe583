import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '#config';
import { REDIS, appKey } from '#queue';
import { Mailer } from './mailer.js';
import { Notification } from './notification.entity.js';
import { renderEmail } from './notification-texts.js';
import { toNotificationView } from './notifications.service.js';
import { OutboxEntry } from './outbox.entity.js';

/** The Redis channel on which new notices reach every api instance's live streams. */
export function notificationChannel(queuePrefix: string): string {
  return appKey(queuePrefix, 'notifications');
}

/**
 * Delivers one outbox entry. Idempotent: an entry already processed is skipped, so a job
 * relayed twice (a restarted Redis, two workers) delivers once in the normal case.
 */
@Injectable()
export class DeliveryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mailer: Mailer,
  ) {}

  /** The live stream (every api instance hears it) and the email in the recipient's language. */
  async deliverNotification(outboxId: string): Promise<'done' | 'skipped'> {
    const entry = await this.pending(outboxId);
    if (!entry) return 'skipped';
    const found = await this.recipientOf(entry.payload.notificationId);
    if (found) {
      const { notification, email, locale, active } = found;
      await this.redis.publish(
        notificationChannel(this.config.queuePrefix),
        JSON.stringify({ userId: notification.userId, id: notification.id }),
      );
      if (active && email && this.mailer.enabled) {
        const mail = renderEmail(notification.kind, notification.params, locale);
        await this.mailer.send({
          to: email,
          subject: mail.subject,
          text: mail.text,
          messageId: `<${notification.id}@madoguchi>`,
        });
      }
    }
    await this.markProcessed(outboxId);
    return 'done';
  }

  /**
   * POSTs the notice to the recipient organization's webhook, signed with HMAC-SHA256 over
   * `timestamp.body`. A failure throws, and BullMQ retries with exponential backoff.
   */
  async deliverWebhook(outboxId: string): Promise<'done' | 'skipped'> {
    const entry = await this.pending(outboxId);
    if (!entry) return 'skipped';
    const found = await this.recipientOf(entry.payload.notificationId);
    const [hook] = found
      ? await this.dataSource.query(
          `SELECT o.webhook_url AS url, o.webhook_secret AS secret FROM users u JOIN organizations o ON o.id = u.organization_id WHERE u.id = $1`,
          [found.notification.userId],
        )
      : [];
    if (found && hook?.url && hook?.secret) {
      const view = toNotificationView(found.notification, found.locale);
      const body = JSON.stringify({ ...view, userId: found.notification.userId });
      const timestamp = Math.floor(Date.now() / 1000).toString();
      const signature = createHmac('sha256', hook.secret).update(`${timestamp}.${body}`).digest('hex');
      const res = await fetch(hook.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-madoguchi-timestamp': timestamp,
          'x-madoguchi-signature': `sha256=${signature}`,
          'x-madoguchi-delivery': outboxId,
        },
        body,
        signal: AbortSignal.timeout(5000),
      });
      if (!res.ok) throw new Error(`webhook answered ${res.status}`);
    }
    await this.markProcessed(outboxId);
    return 'done';
  }

  /** After the last retry: visible to admins, and the relay stops offering it. */
  async markFailed(outboxId: string, error: string, attempts: number): Promise<void> {
    await this.dataSource.query(`UPDATE outbox SET failed_at = now(), last_error = $2, attempts = $3 WHERE id = $1`, [
      outboxId,
      error.slice(0, 1000),
      attempts,
    ]);
  }

  async recordAttempt(outboxId: string, error: string, attempts: number): Promise<void> {
    await this.dataSource.query(`UPDATE outbox SET last_error = $2, attempts = $3 WHERE id = $1`, [
      outboxId,
      error.slice(0, 1000),
      attempts,
    ]);
  }

  private pending(outboxId: string): Promise<OutboxEntry | null> {
    return this.dataSource
      .getRepository(OutboxEntry)
      .createQueryBuilder('o')
      .where('o.id = :id AND o.processed_at IS NULL', { id: outboxId })
      .getOne();
  }

  private async markProcessed(outboxId: string): Promise<void> {
    await this.dataSource.query(`UPDATE outbox SET processed_at = now() WHERE id = $1 AND processed_at IS NULL`, [
      outboxId,
    ]);
  }

  private async recipientOf(notificationId: string) {
    const notification = await this.dataSource.getRepository(Notification).findOneBy({ id: notificationId });
    if (!notification) return null;
    const [user] = await this.dataSource.query(`SELECT email, locale, active FROM users WHERE id = $1`, [
      notification.userId,
    ]);
    return user
      ? { notification, email: user.email as string, locale: user.locale as string, active: user.active as boolean }
      : null;
  }
}
