import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { decodeCursor, toPage, type Page } from '../common/cursor.js';
import type { OutboxTopic } from './outbox.entity.js';

export type DeliveryState = 'failed' | 'pending';

/**
 * One delivery as an admin sees it: which channel, how it went, and for whom by organization
 * only. No names, addresses or notice texts: an admin may not read case content.
 */
export interface DeliveryView {
  id: string;
  topic: OutboxTopic;
  notificationId: string | null;
  recipientOrganizationId: string | null;
  createdAt: string;
  publishedAt: string | null;
  failedAt: string | null;
  attempts: number;
  lastError: string | null;
}

interface Row {
  id: string;
  topic: OutboxTopic;
  notification_id: string | null;
  organization_id: string | null;
  created_at: Date;
  published_at: Date | null;
  failed_at: Date | null;
  attempts: number;
  last_error: string | null;
}

/** Email addresses can appear in an SMTP server's refusal; they are personal data. */
export function redactError(message: string): string {
  return message.replace(/[^\s<>"'@]+@[^\s<>"'@]+/g, '[address]').slice(0, 1000);
}

/** Deliveries for the operations view: those that gave up (newest first) or still pending (oldest first). */
@Injectable()
export class DeliveriesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Entries waiting to be delivered and those that gave up; each count reads its partial index only. */
  async counts(): Promise<{ pending: number; failed: number }> {
    const [pending] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox WHERE processed_at IS NULL AND failed_at IS NULL`,
    );
    const [failed] = await this.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE failed_at IS NOT NULL`);
    return { pending: pending.n, failed: failed.n };
  }

  async list(filter: { state: DeliveryState; limit: number; cursor?: string }): Promise<Page<DeliveryView>> {
    const failed = filter.state === 'failed';
    const after = decodeCursor(filter.cursor, failed ? ['timestamp', 'uuid'] : ['uuid']);
    const params: unknown[] = [filter.limit + 1];
    let where = failed ? 'o.failed_at IS NOT NULL' : 'o.processed_at IS NULL AND o.failed_at IS NULL';
    if (after && failed) {
      params.push(after[0], after[1]);
      where += ` AND (o.failed_at, o.id) < ($2::timestamptz, $3::uuid)`;
    } else if (after) {
      params.push(after[0]);
      where += ` AND o.id > $2::uuid`;
    }
    const rows: Row[] = await this.dataSource.query(
      `SELECT o.id, o.topic, o.payload->>'notificationId' AS notification_id, u.organization_id,
              o.created_at, o.published_at, o.failed_at, o.attempts, o.last_error
         FROM outbox o
         LEFT JOIN notifications n ON n.id = (o.payload->>'notificationId')::uuid
         LEFT JOIN users u ON u.id = n.user_id
        WHERE ${where}
        ORDER BY ${failed ? 'o.failed_at DESC, o.id DESC' : 'o.id ASC'}
        LIMIT $1`,
      params,
    );
    return toPage(
      rows,
      filter.limit,
      (r) => (failed ? [r.failed_at!.toISOString(), r.id] : [r.id]),
      (r) => ({
        id: r.id,
        topic: r.topic,
        notificationId: r.notification_id,
        recipientOrganizationId: r.organization_id,
        createdAt: r.created_at.toISOString(),
        publishedAt: r.published_at?.toISOString() ?? null,
        failedAt: r.failed_at?.toISOString() ?? null,
        attempts: r.attempts,
        lastError: r.last_error === null ? null : redactError(r.last_error),
      }),
    );
  }
}
