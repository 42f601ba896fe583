/**
 * Every queue and job of the system with the payload each job carries, so that a wrong
 * payload does not compile. Payloads carry ids, never entities.
 */
export const QUEUES = {
  housekeeping: 'housekeeping',
  audit: 'audit',
  deadlines: 'deadlines',
  notifications: 'notifications',
  webhooks: 'webhooks',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface JobPayloads {
  'housekeeping.heartbeat': Record<string, never>;
  'audit.seal': Record<string, never>;
  /** Fires due deadline steps, then relays the outbox. */
  'deadlines.tick': Record<string, never>;
  'notification.deliver': { outboxId: string };
  'webhook.deliver': { outboxId: string };
}

export type JobName = keyof JobPayloads;

/** Which queue carries an outbox topic (the topic is also the job name). */
export const OUTBOX_QUEUES: Record<'notification.deliver' | 'webhook.deliver', QueueName> = {
  'notification.deliver': QUEUES.notifications,
  'webhook.deliver': QUEUES.webhooks,
};
