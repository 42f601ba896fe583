import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JobsOptions, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { OUTBOX_QUEUES, QUEUES } from './queue-names.js';

/** A relayed entry not processed after this long is offered again (its job may be gone). */
export const REOFFER_AFTER_MS = 30_000;

const JOB_OPTIONS: Record<string, JobsOptions> = {
  [QUEUES.notifications]: {
    attempts: 5,
    backoff: { type: 'exponential', delay: 1000 },
    removeOnComplete: 1000,
    removeOnFail: 5000,
  },
  // Webhook receivers go down for hours: retry for about a day with exponential backoff.
  [QUEUES.webhooks]: {
    attempts: 12,
    backoff: { type: 'exponential', delay: 2000 },
    removeOnComplete: 1000,
    removeOnFail: 5000,
  },
};

/**
 * Hands outbox entries to BullMQ with the entry id as the job id, so handing one over twice
 * adds it once while its job exists. An entry whose job vanished (Redis flushed or restarted
 * without persistence) is handed over again after REOFFER_AFTER_MS: Postgres stays the truth.
 */
@Injectable()
export class OutboxRelay {
  private readonly queues: Record<string, Queue>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.notifications) notifications: Queue,
    @InjectQueue(QUEUES.webhooks) webhooks: Queue,
  ) {
    this.queues = { [QUEUES.notifications]: notifications, [QUEUES.webhooks]: webhooks };
  }

  async relay(batchSize = 1000): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const rows: { id: string; topic: keyof typeof OUTBOX_QUEUES; published_at: Date | null }[] = await m.query(
        `SELECT id, topic, published_at FROM outbox
          WHERE processed_at IS NULL AND failed_at IS NULL
            AND (published_at IS NULL OR published_at < now() - make_interval(secs => $2))
          ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [batchSize, REOFFER_AFTER_MS / 1000],
      );
      if (!rows.length) return 0;
      for (const [queueName, queue] of Object.entries(this.queues)) {
        const mine = rows.filter((r) => OUTBOX_QUEUES[r.topic] === queueName);
        if (!mine.length) continue;
        await queue.addBulk(
          mine.map((r) => ({
            name: r.topic,
            data: { outboxId: r.id },
            opts: { ...JOB_OPTIONS[queueName], jobId: r.id },
          })),
        );
      }
      await m.query(`UPDATE outbox SET published_at = now() WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
      return rows.length;
    });
  }
}
