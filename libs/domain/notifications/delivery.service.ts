import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '#config';
import { REDIS, appKey } from '#queue';
import { Mailer } from './mailer.js';
import { redactError } from './deliveries.service.js';
import { Notification } from './notification.entity.js';
import { renderEmail, subjectPath } from './notification-texts.js';
import { toNotificationView } from './notifications.service.js';
import { OutboxClaims } from './outbox-claims.js';

/** The Redis channel on which new notices reach every api instance's live streams. */
export function notificationChannel(queuePrefix: string): string {
  return appKey(queuePrefix, 'notifications');
}

/** What became of one delivery job. `held`: another worker is sending it; ask again at `until`. */
export type DeliveryResult = { outcome: 'done' } | { outcome: 'skipped' } | { outcome: 'held'; until: Date };

/** The signature a receiver checks: HMAC-SHA256 with the organization's secret over `timestamp.body`. */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * Delivers outbox entries. Each send happens under a lease on its entry (OutboxClaims), so
 * the same entry reaching two workers is sent once; a worker that dies mid-send leaves it
 * to another after the lease. The email's Message-ID is the notification's id, so the rare
 * resend after such a death is recognisably the same mail.
 */
@Injectable()
export class DeliveryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mailer: Mailer,
    private readonly claims: OutboxClaims,
  ) {}

  /** The live stream (every api instance hears it) and the email in the recipient's language. */
  deliverNotification(outboxId: string): Promise<DeliveryResult> {
    return this.underLease(outboxId, async (notificationId) => {
      const found = await this.recipientOf(notificationId);
      if (!found) return;
      const { notification, recipient } = found;
      await this.redis.publish(
        notificationChannel(this.config.queuePrefix),
        JSON.stringify({ userId: notification.userId, id: notification.id }),
      );
      if (recipient.active && recipient.email && this.mailer.enabled) {
        const mail = renderEmail(notification.kind, notification.params, recipient.locale, {
          recipientName: recipient.displayName,
          organization: recipient.organizationName,
          timeZone: recipient.timezone,
          link: new URL(
            subjectPath(notification.subjectType, notification.subjectId, notification.params),
            this.config.publicUrl,
          ).toString(),
        });
        await this.mailer.send({
          to: recipient.email,
          subject: mail.subject,
          text: mail.text,
          messageId: `<${notification.id}@madoguchi>`,
        });
      }
    });
  }

  /**
   * POSTs the notice to the recipient organization's webhook, signed over `timestamp.body`.
   * A failure throws, and BullMQ retries with exponential backoff.
   */
  deliverWebhook(outboxId: string): Promise<DeliveryResult> {
    return this.underLease(outboxId, async (notificationId) => {
      const found = await this.recipientOf(notificationId);
      if (!found) return;
      const hook = { url: found.recipient.webhookUrl, secret: found.recipient.webhookSecret };
      // Cleared since the notice was written: nothing to send to.
      if (!hook.url || !hook.secret) return;
      const view = toNotificationView(found.notification, found.recipient.locale);
      const body = JSON.stringify({ ...view, userId: found.notification.userId });
      const timestamp = Math.floor(Date.now() / 1000).toString();
      const res = await fetch(hook.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-madoguchi-timestamp': timestamp,
          'x-madoguchi-signature': webhookSignature(hook.secret, timestamp, body),
          'x-madoguchi-delivery': outboxId,
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(5000),
      });
      // The receiver's answer body is not read: it is theirs, and may hold anything.
      await res.body?.cancel();
      if (!res.ok) throw new Error(`webhook answered ${res.status}`);
    });
  }

  /** After the last retry: visible to admins, and the relay stops offering it. */
  async markFailed(outboxId: string, error: string, attempts: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox SET failed_at = now(), last_error = $2, attempts = $3, claimed_by = NULL, claimed_at = NULL
        WHERE id = $1 AND processed_at IS NULL`,
      [outboxId, redactError(error), attempts],
    );
  }

  async recordAttempt(outboxId: string, error: string, attempts: number): Promise<void> {
    await this.dataSource.query(`UPDATE outbox SET last_error = $2, attempts = $3 WHERE id = $1`, [
      outboxId,
      redactError(error),
      attempts,
    ]);
  }

  private async underLease(outboxId: string, send: (notificationId: string) => Promise<void>): Promise<DeliveryResult> {
    const claim = await this.claims.claim(outboxId);
    if (claim.kind === 'finished') return { outcome: 'skipped' };
    if (claim.kind === 'held') return { outcome: 'held', until: claim.until };
    try {
      await send(claim.payload.notificationId);
    } catch (error) {
      await this.claims.release(outboxId);
      throw error;
    }
    await this.claims.complete(outboxId);
    return { outcome: 'done' };
  }

  /** The notice and what its delivery needs of its recipient, in one query (deliveries come by the thousand). */
  private async recipientOf(
    notificationId: string,
  ): Promise<{ notification: Notification; recipient: Recipient } | null> {
    const [row]: (Notification & Recipient)[] = await this.dataSource.query(
      `SELECT n.id, n.user_id AS "userId", n.kind, n.params, n.subject_type AS "subjectType", n.subject_id AS "subjectId",
              n.created_at AS "createdAt", n.read_at AS "readAt",
              u.email, u.locale, u.active, u.display_name AS "displayName",
              o.name AS "organizationName", o.timezone, o.webhook_url AS "webhookUrl", o.webhook_secret AS "webhookSecret"
         FROM notifications n JOIN users u ON u.id = n.user_id JOIN organizations o ON o.id = u.organization_id
        WHERE n.id = $1`,
      [notificationId],
    );
    return row ? { notification: row, recipient: row } : null;
  }
}

interface Recipient {
  email: string;
  active: boolean;
  locale: string;
  displayName: string;
  organizationName: string;
  timezone: string;
  webhookUrl: string | null;
  webhookSecret: string | null;
}
