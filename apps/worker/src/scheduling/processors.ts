import { Processor, type WorkerHost } from '@nestjs/bullmq';
import type { Type } from '@nestjs/common';
import type { AppConfig } from '#config';
import { QUEUES, type QueueName } from '#queue';
import { AuditSealProcessor } from '../audit/audit-seal.processor.js';
import { DeadlineTickProcessor } from '../deadlines/deadline-tick.processor.js';
import { HeartbeatProcessor } from '../housekeeping/heartbeat.processor.js';
import { NotificationDeliveryProcessor, WebhookDeliveryProcessor } from '../notifications/delivery.processors.js';

/** Every processor with its queue and options: each queue has exactly one handler. */
const PROCESSORS: [Type<WorkerHost>, QueueName, { concurrency?: number }][] = [
  [HeartbeatProcessor, QUEUES.housekeeping, {}],
  [AuditSealProcessor, QUEUES.audit, {}],
  [DeadlineTickProcessor, QUEUES.deadlines, {}],
  // Deliveries wait on Postgres, Redis and SMTP, not on the CPU: many at once.
  [NotificationDeliveryProcessor, QUEUES.notifications, { concurrency: 16 }],
  [WebhookDeliveryProcessor, QUEUES.webhooks, { concurrency: 4 }],
];

/**
 * Declares the processors (what `@Processor` on each class would do). BullMQ reads a
 * worker's options from that decorator, which runs when the class is defined, before the
 * configuration is read; the job lock comes from configuration (QUEUE_LOCK_MS: how soon a
 * dead worker's jobs are taken up again), so the decorator is applied here, at start-up.
 */
export function declareProcessors(config: AppConfig): Type<WorkerHost>[] {
  const locks = { lockDuration: config.queueLockMs, stalledInterval: config.queueLockMs };
  for (const [processor, queue, options] of PROCESSORS) Processor(queue, { ...options, ...locks })(processor);
  return PROCESSORS.map(([processor]) => processor);
}
