import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { DelayedError, type Job } from 'bullmq';
import { DeliveryService, type DeliveryResult } from '#domain/notifications';
import type { JobPayloads } from '#queue';

/** Email and the live stream of a notice; sent once per outbox entry, under its lease (queue: scheduling/processors.ts). */
@Injectable()
export class NotificationDeliveryProcessor extends WorkerHost {
  constructor(private readonly delivery: DeliveryService) {
    super();
  }

  async process(job: Job<JobPayloads['notification.deliver']>, token?: string): Promise<string> {
    if (job.name !== 'notification.deliver') throw new Error(`No handler for job ${job.name}`);
    return settle(job, token, await this.delivery.deliverNotification(job.data.outboxId));
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job<JobPayloads['notification.deliver']> | undefined, error: Error): Promise<void> {
    await recordFailure(this.delivery, job, error);
  }
}

/** Signed webhooks, retried with exponential backoff; the last failure is kept for admins. */
@Injectable()
export class WebhookDeliveryProcessor extends WorkerHost {
  constructor(private readonly delivery: DeliveryService) {
    super();
  }

  async process(job: Job<JobPayloads['webhook.deliver']>, token?: string): Promise<string> {
    if (job.name !== 'webhook.deliver') throw new Error(`No handler for job ${job.name}`);
    return settle(job, token, await this.delivery.deliverWebhook(job.data.outboxId));
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job<JobPayloads['webhook.deliver']> | undefined, error: Error): Promise<void> {
    await recordFailure(this.delivery, job, error);
  }
}

/**
 * Another worker holds the entry's lease: come back when it ends (it either finished, and the
 * job is skipped then, or died, and this job sends). Delaying does not use up an attempt.
 */
async function settle(job: Job, token: string | undefined, result: DeliveryResult): Promise<string> {
  if (result.outcome !== 'held') return result.outcome;
  await job.moveToDelayed(result.until.getTime() + 100, token);
  throw new DelayedError();
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
