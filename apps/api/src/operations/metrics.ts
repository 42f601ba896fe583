import { Injectable } from '@nestjs/common';
import { DeadlineEngine } from '#domain/deadlines';
import { DeliveriesService } from '#domain/notifications';
import { QueueStats, WATCHED_STATES, type QueueCounts } from '#queue';

export interface MetricsSnapshot {
  queues: QueueCounts | null;
  outbox: { pending: number; failed: number };
  deadlineStepsDue: number;
}

/** Collects what /metrics shows: Redis for the queues, Postgres for the outbox and deadlines. */
@Injectable()
export class Metrics {
  constructor(
    private readonly queues: QueueStats,
    private readonly deliveries: DeliveriesService,
    private readonly engine: DeadlineEngine,
  ) {}

  async snapshot(): Promise<MetricsSnapshot> {
    const [queues, outbox, deadlineStepsDue] = await Promise.all([
      this.queues.counts(),
      this.deliveries.counts(),
      this.engine.dueCount(),
    ]);
    return { queues, outbox, deadlineStepsDue };
  }

  async render(): Promise<string> {
    return renderMetrics(await this.snapshot());
  }
}

/** Prometheus text exposition format 0.0.4: HELP and TYPE once per family, then its samples. */
export function renderMetrics(s: MetricsSnapshot): string {
  const lines: string[] = [];
  const family = (name: string, help: string, samples: [Record<string, string>, number][]) => {
    lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} gauge`);
    for (const [labels, value] of samples) lines.push(`${name}${labelText(labels)} ${value}`);
  };
  family('madoguchi_queue_up', 'Whether the job counts could be read from Redis (1) or not (0).', [
    [{}, s.queues ? 1 : 0],
  ]);
  if (s.queues) {
    family(
      'madoguchi_queue_jobs',
      'Jobs in each queue by state: waiting, active, delayed and prioritized are the depth; failed are jobs that gave up.',
      Object.entries(s.queues).flatMap(([queue, counts]) =>
        WATCHED_STATES.map((state): [Record<string, string>, number] => [{ queue, state }, counts[state] ?? 0]),
      ),
    );
  }
  family('madoguchi_outbox_pending', 'Deliveries (email, live stream, webhook) written and not yet delivered.', [
    [{}, s.outbox.pending],
  ]);
  family('madoguchi_outbox_failed', 'Deliveries that gave up after their last retry (GET /api/v1/admin/deliveries).', [
    [{}, s.outbox.failed],
  ]);
  family('madoguchi_deadline_steps_due', 'Deadline steps whose time has come and that no tick has fired yet.', [
    [{}, s.deadlineStepsDue],
  ]);
  return `${lines.join('\n')}\n`;
}

function labelText(labels: Record<string, string>): string {
  const parts = Object.entries(labels).map(
    ([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"')}"`,
  );
  return parts.length ? `{${parts.join(',')}}` : '';
}
