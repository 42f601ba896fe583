import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Case search (`q=`) finds the matches older than its window of newest cases (see
 * CaseListService.searchPage) period by period, newest first: both text indexes gain the
 * case's 30-day period since 1970 (search_period(created_at)) after the organization, so a
 * lookup reads only one period's matches and stops once the page is full. Before, it read
 * every older match of the organization to sort them (1,606 rows for `hộ chiếu`, 64,814 for
 * `技能実習生` at 1,000,000 cases: 18 and 287 ms; 4 and 41 ms by period, docs/BENCHMARKS.md).
 * A query without a period condition still uses the indexes (GIN takes any subset of its
 * columns), as the export, the statistics and the window's own lookups do.
 */
export class CaseSearchByPeriod1764000000011 implements MigrationInterface {
  name = 'CaseSearchByPeriod1764000000011';

  async up(q: QueryRunner): Promise<void> {
    // The epoch does not depend on the time zone, so this is immutable although extract() is
    // only stable in general.
    await q.query(`
      CREATE FUNCTION search_period(at timestamptz) RETURNS integer
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        AS $$ SELECT floor(extract(epoch FROM at) / 2592000)::integer $$`);
    await q.query(
      `CREATE INDEX "cases_search_trgm_period_idx" ON "cases"
         USING gin ("organization_id", search_period("created_at"), "search_text" gin_trgm_ops)`,
    );
    await q.query(
      `CREATE INDEX "cases_search_grams_period_idx" ON "cases"
         USING gin ("organization_id", search_period("created_at"), search_grams("search_text"))`,
    );
    await q.query(`DROP INDEX "public"."cases_search_text_org_trgm_idx"`);
    await q.query(`DROP INDEX "public"."cases_search_grams_idx"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "cases_search_grams_idx" ON "cases" USING gin ("organization_id", search_grams("search_text"))`,
    );
    await q.query(
      `CREATE INDEX "cases_search_text_org_trgm_idx" ON "cases" USING gin ("organization_id", "search_text" gin_trgm_ops)`,
    );
    await q.query(`DROP INDEX "public"."cases_search_grams_period_idx"`);
    await q.query(`DROP INDEX "public"."cases_search_trgm_period_idx"`);
    await q.query(`DROP FUNCTION search_period(timestamptz)`);
  }
}
