import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JobsOptions, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '#config';
import { OUTBOX_QUEUES, QUEUES } from './queue-names.js';

type Topic = keyof typeof OUTBOX_QUEUES;

/** Retry policy per delivery queue. */
export function deliveryJobOptions(config: AppConfig): Record<string, JobsOptions> {
  return {
    [QUEUES.notifications]: {
      attempts: 5,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: 1000,
      removeOnFail: 5000,
    },
    // Webhook receivers go down for hours: by default 12 attempts from 2 s, doubling (about 2 h 16 min).
    [QUEUES.webhooks]: {
      attempts: config.webhookMaxAttempts,
      backoff: { type: 'exponential', delay: config.webhookRetryDelayMs },
      removeOnComplete: 1000,
      removeOnFail: 5000,
    },
  };
}

/**
 * Hands outbox entries to BullMQ with the entry id as the job id, so handing one over twice
 * adds it once while its job exists. An entry still not processed OUTBOX_REOFFER_MS after it
 * was handed over is looked at again: if its job is gone (Redis flushed, or restarted without
 * persistence) or ended without delivering it, it is handed over anew. Postgres stays the truth.
 */
@Injectable()
export class OutboxRelay {
  private readonly queues: Record<string, Queue>;
  private readonly jobOptions: Record<string, JobsOptions>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(QUEUES.notifications) notifications: Queue,
    @InjectQueue(QUEUES.webhooks) webhooks: Queue,
  ) {
    this.queues = { [QUEUES.notifications]: notifications, [QUEUES.webhooks]: webhooks };
    this.jobOptions = deliveryJobOptions(config);
  }

  async relay(batchSize = 1000): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const rows: { id: string; topic: Topic; published_at: Date | null }[] = await m.query(
        `SELECT id, topic, published_at FROM outbox
          WHERE processed_at IS NULL AND failed_at IS NULL
            AND (published_at IS NULL OR published_at < now() - make_interval(secs => $2::float8 / 1000))
          ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [batchSize, this.config.outboxReofferMs],
      );
      if (!rows.length) return 0;
      for (const [queueName, queue] of Object.entries(this.queues)) {
        const mine = rows.filter((r) => OUTBOX_QUEUES[r.topic] === queueName);
        for (const r of mine.filter((r) => r.published_at)) await this.clearEndedJob(queue, r.id);
        if (!mine.length) continue;
        await queue.addBulk(
          mine.map((r) => ({
            name: r.topic,
            data: { outboxId: r.id },
            opts: { ...this.jobOptions[queueName], jobId: r.id },
          })),
        );
      }
      await m.query(`UPDATE outbox SET published_at = now() WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
      return rows.length;
    });
  }

  /**
   * A job that completed or failed while its entry is still open (a stalled job that ran out
   * of retries, a completion lost in a flush) would make the re-add a no-op: remove it first.
   * A waiting, delayed or active job is left alone: it will deliver.
   */
  private async clearEndedJob(queue: Queue, jobId: string): Promise<void> {
    const state = await queue.getJobState(jobId);
    if (state === 'completed' || state === 'failed') await queue.remove(jobId);
  }
}
