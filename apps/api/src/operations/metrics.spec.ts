import { describe, expect, it } from '@jest/globals';
import { renderMetrics } from './metrics.js';

const counts = { waiting: 3, active: 1, delayed: 2, prioritized: 0, failed: 4, completed: 9 };

describe('renderMetrics', () => {
  it('writes each family once with its samples, in the Prometheus text format', () => {
    const text = renderMetrics({
      queues: { housekeeping: counts, audit: counts, deadlines: counts, notifications: counts, webhooks: counts },
      outbox: { pending: 5, failed: 1 },
      deadlineStepsDue: 7,
    });
    expect(text).toContain('# TYPE madoguchi_queue_jobs gauge\n');
    expect(text).toContain('madoguchi_queue_jobs{queue="notifications",state="waiting"} 3\n');
    expect(text).toContain('madoguchi_queue_jobs{queue="webhooks",state="failed"} 4\n');
    expect(text).toContain('madoguchi_queue_up 1\n');
    expect(text).toContain('madoguchi_outbox_failed 1\n');
    expect(text).toContain('madoguchi_deadline_steps_due 7\n');
    expect(text.match(/^# TYPE madoguchi_queue_jobs /gm)).toHaveLength(1);
    for (const line of text.trim().split('\n')) expect(line).toMatch(/^(# (HELP|TYPE) \w+ .+|\w+(\{[^}]*\})? \d+)$/);
  });

  it('says so when Redis cannot be read, and still reports what Postgres knows', () => {
    const text = renderMetrics({ queues: null, outbox: { pending: 0, failed: 0 }, deadlineStepsDue: 0 });
    expect(text).toContain('madoguchi_queue_up 0\n');
    expect(text).not.toContain('madoguchi_queue_jobs');
    expect(text).toContain('madoguchi_outbox_pending 0\n');
  });
});
