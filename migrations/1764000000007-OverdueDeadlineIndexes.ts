import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The case list's `overdue` filter asks, per case, for a breached deadline not answered since
 * or a pending one past its due time. Without these, each question was a sequential scan of
 * every deadline (2.5 s at 1,000,000 cases, see docs/BENCHMARKS.md); both sets are small.
 */
export class OverdueDeadlineIndexes1764000000007 implements MigrationInterface {
  name = 'OverdueDeadlineIndexes1764000000007';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "deadlines_breached_open_idx" ON "deadlines" ("case_id") WHERE state = 'breached' AND closed_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX "deadlines_pending_due_idx" ON "deadlines" ("due_at", "case_id") WHERE state = 'pending'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."deadlines_pending_due_idx"`);
    await q.query(`DROP INDEX "public"."deadlines_breached_open_idx"`);
  }
}
