import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Case search (`q=`), measured at 1,000,000 cases (docs/BENCHMARKS.md):
 * - One- and two-character terms in scripts without spaces (労災, 給料, 林 — common in Japanese)
 *   have no trigram for the trigram index to find, so such a search walked every case of the
 *   organization (1.5–3.3 s). search_grams() lists the single characters and the pairs of
 *   adjacent characters of a text's non-ASCII runs (ASCII text — English, Tagalog, Vietnamese
 *   once folded — gives none); a GIN index over them finds such a term directly.
 * - The trigram index held every organization's cases, so a term read the matches of all of
 *   them before the organization's were kept. Both text indexes now lead with the organization
 *   (btree_gin), so a desk's search reads its own organization's matches; a lawyer's, which
 *   spans organizations, still uses the text column alone.
 */
export class CaseSearchIndexes1764000000010 implements MigrationInterface {
  name = 'CaseSearchIndexes1764000000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE EXTENSION IF NOT EXISTS btree_gin');
    await q.query(`
      CREATE FUNCTION search_grams(t text) RETURNS text[]
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        AS $$
          SELECT coalesce(array_agg(DISTINCT substr(run, i, n)), '{}')
            FROM regexp_split_to_table(t, '[\\x01-\\x7f]+') AS run,
                 generate_series(1, 2) AS n,
                 generate_series(1, char_length(run) - n + 1) AS i
        $$`);
    await q.query(
      `CREATE INDEX "cases_search_grams_idx" ON "cases" USING gin ("organization_id", search_grams("search_text"))`,
    );
    await q.query(
      `CREATE INDEX "cases_search_text_org_trgm_idx" ON "cases" USING gin ("organization_id", "search_text" gin_trgm_ops)`,
    );
    await q.query(`DROP INDEX "public"."cases_search_text_trgm_idx"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "cases_search_text_trgm_idx" ON "cases" USING gin ("search_text" gin_trgm_ops)`);
    await q.query(`DROP INDEX "public"."cases_search_text_org_trgm_idx"`);
    await q.query(`DROP INDEX "public"."cases_search_grams_idx"`);
    await q.query(`DROP FUNCTION search_grams(text)`);
    await q.query('DROP EXTENSION IF EXISTS btree_gin');
  }
}
