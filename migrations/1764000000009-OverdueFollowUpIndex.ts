import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The case list's `overdue=true` starts from the overdue cases rather than testing each case
 * of the organization (1.5 s per page at 1,000,000 cases, see docs/BENCHMARKS.md). The
 * deadline side has its partial indexes (migration 007); this is the case side: open cases
 * by follow-up time.
 */
export class OverdueFollowUpIndex1764000000009 implements MigrationInterface {
  name = 'OverdueFollowUpIndex1764000000009';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "cases_open_follow_up_idx" ON "cases" ("next_follow_up_at") WHERE status NOT IN ('resolved', 'closed')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."cases_open_follow_up_idx"`);
  }
}
