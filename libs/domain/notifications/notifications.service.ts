import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '#access';
import { uuid7 } from '../common/uuid7.js';
import { decodeCursor, toPage, type Page } from '../common/cursor.js';
import { NotFound } from '../errors/domain-errors.js';
import { Notification } from './notification.entity.js';
import { renderNotification } from './notification-texts.js';

export type NotificationKind =
  | 'reminder.follow_up'
  | 'reminder.accompaniment'
  | 'sla.warning'
  | 'sla.breach'
  | 'escalation'
  | 'assignment.new'
  | 'referral.new'
  | 'referral.message'
  | 'referral.status';

export interface NewNotification {
  kind: NotificationKind;
  subjectType: string;
  subjectId: string;
  params: Record<string, string | number | boolean | null>;
  /** Unique per notice and recipient (the user id is appended): a retry never notifies twice. */
  dedupeKey: string;
}

export interface NotificationView {
  id: string;
  kind: string;
  title: string;
  body: string;
  subjectType: string;
  subjectId: string;
  createdAt: string;
  readAt: string | null;
}

@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Writes one notice per recipient inside the caller's transaction. Returns the ids of the
   * rows actually created (a dedupe key already used creates nothing).
   */
  async notify(m: EntityManager, userIds: string[], notice: NewNotification): Promise<string[]> {
    return this.notifyMany(m, [{ userIds, notice }]);
  }

  /**
   * Many notices, each to its recipients, in three statements whatever their number (the
   * deadline engine fires hundreds per batch). Same guarantees as notify().
   */
  async notifyMany(m: EntityManager, notices: { userIds: string[]; notice: NewNotification }[]): Promise<string[]> {
    const rows = notices.flatMap(({ userIds, notice }) => [...new Set(userIds)].map((userId) => ({ userId, notice })));
    if (!rows.length) return [];
    const created: { id: string }[] = await m.query(
      `INSERT INTO notifications (id, user_id, kind, params, subject_type, subject_id, dedupe_key)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::jsonb[], $5::text[], $6::uuid[], $7::text[])
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [
        rows.map(() => uuid7()),
        rows.map((r) => r.userId),
        rows.map((r) => r.notice.kind),
        rows.map((r) => JSON.stringify(r.notice.params)),
        rows.map((r) => r.notice.subjectType),
        rows.map((r) => r.notice.subjectId),
        rows.map((r) => `${r.notice.dedupeKey}:${r.userId}`),
      ],
    );
    const ids = created.map((r) => r.id);
    await this.enqueueDeliveries(m, ids);
    return ids;
  }

  /**
   * One outbox entry per new notice (email and the live stream), plus one per notice whose
   * recipient's organization has a webhook — in the notice's own transaction.
   */
  private async enqueueDeliveries(m: EntityManager, notificationIds: string[]): Promise<void> {
    if (!notificationIds.length) return;
    await m.query(
      `INSERT INTO outbox (id, topic, payload)
       SELECT ids.outbox_id, 'notification.deliver', jsonb_build_object('notificationId', ids.notification_id)
         FROM unnest($1::uuid[], $2::uuid[]) AS ids(outbox_id, notification_id)`,
      [notificationIds.map(() => uuid7()), notificationIds],
    );
    const hooked: { id: string }[] = await m.query(
      `SELECT n.id FROM notifications n JOIN users u ON u.id = n.user_id JOIN organizations o ON o.id = u.organization_id
        WHERE n.id = ANY($1::uuid[]) AND o.webhook_url IS NOT NULL`,
      [notificationIds],
    );
    if (!hooked.length) return;
    await m.query(
      `INSERT INTO outbox (id, topic, payload)
       SELECT ids.outbox_id, 'webhook.deliver', jsonb_build_object('notificationId', ids.notification_id)
         FROM unnest($1::uuid[], $2::uuid[]) AS ids(outbox_id, notification_id)`,
      [hooked.map(() => uuid7()), hooked.map((h) => h.id)],
    );
  }

  /** The caller's own notices, newest first. */
  async list(
    actor: Actor,
    filter: { unread?: boolean; limit: number; cursor?: string },
  ): Promise<Page<NotificationView>> {
    const qb = this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.user_id = :me', { me: actor.userId })
      .orderBy('n.id', 'DESC')
      .limit(filter.limit + 1);
    if (filter.unread) qb.andWhere('n.read_at IS NULL');
    const after = decodeCursor(filter.cursor, ['uuid']);
    if (after) qb.andWhere('n.id < :after', { after: String(after[0]) });
    const rows = await qb.getMany();
    return toPage(
      rows,
      filter.limit,
      (n) => [n.id],
      (n) => toNotificationView(n, actor.locale),
    );
  }

  /** One of the caller's own notices, or null (never another user's). */
  async findOwn(actor: Actor, id: string): Promise<NotificationView | null> {
    const found = await this.dataSource.getRepository(Notification).findOneBy({ id, userId: actor.userId });
    return found ? toNotificationView(found, actor.locale) : null;
  }

  async markRead(actor: Actor, id: string): Promise<NotificationView> {
    const repo = this.dataSource.getRepository(Notification);
    await repo
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'coalesce(read_at, now())' })
      .where('id = :id AND user_id = :me', { id, me: actor.userId })
      .execute();
    const found = await repo.findOneBy({ id, userId: actor.userId });
    if (!found) throw new NotFound('Notification');
    return toNotificationView(found, actor.locale);
  }
}

export function toNotificationView(n: Notification, locale: string): NotificationView {
  const { title, body } = renderNotification(n.kind, n.params, locale);
  return {
    id: n.id,
    kind: n.kind,
    title,
    body,
    subjectType: n.subjectType,
    subjectId: n.subjectId,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  };
}
