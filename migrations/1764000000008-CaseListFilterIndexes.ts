import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The case list filtered by status or urgency (a desk's everyday views: open, in progress,
 * critical) walked the organization's whole newest-first index and threw most rows away:
 * 10,000–14,000 rows read for one page (6–48 ms warm, 174 ms cold at 100,000 cases, see
 * docs/BENCHMARKS.md). With the filtered column in the key the walk reads only matching rows.
 */
export class CaseListFilterIndexes1764000000008 implements MigrationInterface {
  name = 'CaseListFilterIndexes1764000000008';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "cases_organization_status_created_idx" ON "cases" ("organization_id", "status", "created_at", "id")`,
    );
    await q.query(
      `CREATE INDEX "cases_organization_urgency_created_idx" ON "cases" ("organization_id", "urgency", "created_at", "id")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."cases_organization_urgency_created_idx"`);
    await q.query(`DROP INDEX "public"."cases_organization_status_created_idx"`);
  }
}
