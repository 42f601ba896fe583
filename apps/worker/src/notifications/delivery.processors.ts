import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { DeliveryService } from '#domain/notifications';
import { QUEUES, type JobPayloads } from '#queue';

/** Email and the live stream of a notice; idempotent per outbox entry. */
@Processor(QUEUES.notifications, { concurrency: 8 })
export class NotificationDeliveryProcessor extends WorkerHost {
  constructor(private readonly delivery: DeliveryService) {
    super();
  }

  process(job: Job<JobPayloads['notification.deliver']>): Promise<string> {
    if (job.name !== 'notification.deliver') throw new Error(`No handler for job ${job.name}`);
    return this.delivery.deliverNotification(job.data.outboxId);
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job<JobPayloads['notification.deliver']> | undefined, error: Error): Promise<void> {
    await recordFailure(this.delivery, job, error);
  }
}

/** Signed webhooks, retried with exponential backoff; the last failure is kept for admins. */
@Processor(QUEUES.webhooks, { concurrency: 4 })
export class WebhookDeliveryProcessor extends WorkerHost {
  constructor(private readonly delivery: DeliveryService) {
    super();
  }

  process(job: Job<JobPayloads['webhook.deliver']>): Promise<string> {
    if (job.name !== 'webhook.deliver') throw new Error(`No handler for job ${job.name}`);
    return this.delivery.deliverWebhook(job.data.outboxId);
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job<JobPayloads['webhook.deliver']> | undefined, error: Error): Promise<void> {
    await recordFailure(this.delivery, job, error);
  }
}

async function recordFailure(
  delivery: DeliveryService,
  job: Job<{ outboxId: string }> | undefined,
  error: Error,
): Promise<void> {
  if (!job) return;
  const final = job.attemptsMade >= (job.opts.attempts ?? 1);
  if (final) await delivery.markFailed(job.data.outboxId, error.message, job.attemptsMade);
  else await delivery.recordAttempt(job.data.outboxId, error.message, job.attemptsMade);
}
