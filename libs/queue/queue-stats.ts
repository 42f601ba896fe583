import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { QUEUES, type QueueName } from './queue-names.js';

/** The job states an operator watches: the backlog (waiting, delayed, active) and what failed. */
export const WATCHED_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'failed', 'completed'] as const;
export type WatchedState = (typeof WATCHED_STATES)[number];
export type QueueCounts = Record<QueueName, Record<WatchedState, number>>;

/** Every queue of the system, for the operations views (dashboard, health detail, metrics). */
@Injectable()
export class QueueStats {
  private readonly logger = new Logger(QueueStats.name);
  readonly queues: Queue[];

  constructor(
    @InjectQueue(QUEUES.housekeeping) housekeeping: Queue,
    @InjectQueue(QUEUES.audit) audit: Queue,
    @InjectQueue(QUEUES.deadlines) deadlines: Queue,
    @InjectQueue(QUEUES.notifications) notifications: Queue,
    @InjectQueue(QUEUES.webhooks) webhooks: Queue,
  ) {
    this.queues = [housekeeping, audit, deadlines, notifications, webhooks];
    // While Redis is away each queue reports errors; the health check says so once, not a log line each.
    let warned = false;
    for (const q of this.queues)
      q.on('error', (e: Error) => {
        if (!warned) this.logger.warn(`queue connection: ${e.message}`);
        warned = true;
      });
  }

  /**
   * Job counts of every queue, or null when Redis does not answer within `timeoutMs`
   * (BullMQ's connection waits for Redis rather than failing, so the wait is bounded here).
   */
  async counts(timeoutMs = 1000): Promise<QueueCounts | null> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs)));
    const read = Promise.all(
      this.queues.map(async (q) => [q.name, await q.getJobCounts(...WATCHED_STATES)] as const),
    ).then((pairs) => Object.fromEntries(pairs) as QueueCounts);
    try {
      return await Promise.race([read, timeout]);
    } catch {
      return null;
    } finally {
      clearTimeout(timer);
    }
  }
}
