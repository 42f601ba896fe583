import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue, Worker } from 'bullmq';
import pg from 'pg';
import { bullConnection, bullPrefix } from '#queue';
import { CopyWriter } from './copy.js';
import { DEADLINE_COLUMNS } from './cases.js';
import { benchUuid } from './ids.js';
import { Rng } from './random.js';
import { percentile, round } from './stats.js';

export interface ReminderResult {
  phase: string;
  notices: number;
  expected: number;
  noticesPerSecond: number;
  p50: number;
  p99: number;
  max: number;
}

export interface TransportResult {
  jobs: number;
  jobsPerSecond: number;
  p50: number;
  p99: number;
}

/** started_at of the benchmark's own deadlines, so that they can be told apart and removed. */
const MARKER = new Date('2001-01-01T00:00:00Z');
const POLL_MS = 100;

/**
 * Pending follow-up deadlines on the main NGO's cases: `background` of them far ahead and
 * `due` of them falling due between `firstDue` and `firstDue + spreadMs` (each fires one
 * reminder to the case's owner). Written by COPY, as rows DeadlinesService.start would write.
 */
async function plantDeadlines(
  client: pg.Client,
  databaseUrl: string,
  caseRange: [number, number],
  background: number,
  due: number,
  firstDue: number,
  spreadMs: number,
): Promise<void> {
  const copier = new pg.Client({ connectionString: databaseUrl });
  await copier.connect();
  const rng = new Rng(7);
  const writer = new CopyWriter(copier, 'deadlines', ['id', ...DEADLINE_COLUMNS]);
  const [orgRow] = (
    await client.query(`SELECT organization_id FROM cases WHERE id = $1`, [benchUuid('c', caseRange[0])])
  ).rows;
  for (let i = 0; i < background + due; i++) {
    const caseId = benchUuid('c', rng.int(caseRange[0], caseRange[1]));
    const at =
      i < due
        ? new Date(firstDue + (spreadMs * i) / Math.max(1, due))
        : new Date(Date.now() + rng.int(1, 30) * 86_400_000);
    const escalate = new Date(at.getTime() + 86_400_000);
    await writer.push([
      randomUUID(),
      orgRow.organization_id,
      'follow_up',
      'case',
      caseId,
      caseId,
      MARKER,
      null,
      at,
      escalate,
      'pending',
      0,
      at,
      null,
      new Date(),
      new Date(),
    ]);
  }
  await writer.end();
  await copier.end();
}

/**
 * Polls which notices are visible (committed) and when: every row of one engine batch has
 * the same created_at (its transaction's now()), so a new created_at value seen by a poll is
 * a batch that has just committed. Visible time is known to within the poll interval.
 */
async function watchNotices(
  client: pg.Client,
  since: Date,
  expected: number,
  deadline: number,
): Promise<Map<string, number>> {
  const seen = new Map<string, number>();
  let total = 0;
  while (total < expected && Date.now() < deadline) {
    const { rows } = await client.query(
      `SELECT created_at::text AS at, count(*)::int AS n FROM notifications
        WHERE kind = 'reminder.follow_up' AND created_at >= $1 GROUP BY created_at`,
      [since],
    );
    const now = Date.now();
    total = 0;
    for (const r of rows) {
      if (!seen.has(r.at)) seen.set(r.at, now);
      total += r.n;
    }
    await sleep(POLL_MS);
  }
  return seen;
}

async function measurePhase(
  client: pg.Client,
  databaseUrl: string,
  phase: string,
  caseRange: [number, number],
  background: number,
  due: number,
  spreadMs: number,
): Promise<ReminderResult> {
  const since = new Date();
  const firstDue = Date.now() + 4000;
  await plantDeadlines(client, databaseUrl, caseRange, background, due, firstDue, spreadMs);
  const seen = await watchNotices(client, since, due, firstDue + spreadMs + 120_000);
  const { rows } = await client.query(
    `SELECT created_at::text AS at, (params->>'dueAt')::timestamptz AS due FROM notifications
      WHERE kind = 'reminder.follow_up' AND created_at >= $1`,
    [since],
  );
  const latencies = rows.map((r) => (seen.get(r.at) ?? Date.now()) - new Date(r.due).getTime());
  const lastVisible = Math.max(...seen.values());
  await cleanUp(client, since);
  return {
    phase,
    notices: rows.length,
    expected: due,
    noticesPerSecond: Math.round(rows.length / Math.max(0.001, (lastVisible - firstDue) / 1000)),
    p50: round(percentile(latencies, 50) / 1000, 2),
    p99: round(percentile(latencies, 99) / 1000, 2),
    max: round(Math.max(...latencies) / 1000, 2),
  };
}

/** Removes the benchmark's deadlines and what they caused, so a reused data set stays as generated. */
async function cleanUp(client: pg.Client, since: Date): Promise<void> {
  await client.query(`DELETE FROM deadlines WHERE started_at = $1`, [MARKER]);
  await client.query(
    `DELETE FROM outbox WHERE created_at >= $1 AND payload->>'notificationId' IN
       (SELECT id::text FROM notifications WHERE kind = 'reminder.follow_up' AND created_at >= $1)`,
    [since],
  );
  await client.query(`DELETE FROM notifications WHERE kind = 'reminder.follow_up' AND created_at >= $1`, [since]);
}

/**
 * The engine as the running worker does it: first `due` deadlines falling due over `spreadMs`
 * among `total` pending ones (latency under a steady arrival), then the same number all due
 * at once (the rate at which the engine drains a backlog).
 */
export async function benchReminders(
  databaseUrl: string,
  caseRange: [number, number],
  total: number,
  due: number,
  spreadMs: number,
): Promise<ReminderResult[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const spread = await measurePhase(
      client,
      databaseUrl,
      `${due} due within ${spreadMs / 1000} s`,
      caseRange,
      total - due,
      due,
      spreadMs,
    );
    const burst = await measurePhase(client, databaseUrl, `${due} due at once`, caseRange, 0, due, 0);
    return [spread, burst];
  } finally {
    await client.end();
  }
}

/** A bare BullMQ queue and worker (no-op processor, the app's concurrency) on the same Redis: the transport's ceiling. */
export async function benchTransport(redisUrl: string, queuePrefix: string, jobs: number): Promise<TransportResult> {
  const connection = bullConnection(redisUrl);
  const prefix = bullPrefix(`${queuePrefix}-noop`);
  const queue = new Queue('bench-noop', { connection, prefix });
  const latencies: number[] = [];
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const worker = new Worker('bench-noop', async () => undefined, {
    connection,
    prefix,
    concurrency: 8,
    autorun: false,
  });
  worker.on('completed', (job) => {
    latencies.push((job.finishedOn ?? Date.now()) - job.timestamp);
    if (latencies.length >= jobs) finish();
  });
  try {
    await queue.obliterate({ force: true });
    const started = Date.now();
    void worker.run();
    for (let i = 0; i < jobs; i += 1000) {
      const n = Math.min(1000, jobs - i);
      await queue.addBulk(
        Array.from({ length: n }, (_, k) => ({ name: 'noop', data: { i: i + k }, opts: { removeOnComplete: true } })),
      );
    }
    await Promise.race([done, sleep(120_000)]);
    const seconds = (Date.now() - started) / 1000;
    return {
      jobs: latencies.length,
      jobsPerSecond: Math.round(latencies.length / seconds),
      p50: round(percentile(latencies, 50) / 1000, 2),
      p99: round(percentile(latencies, 99) / 1000, 2),
    };
  } finally {
    await worker.close();
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
  }
}
