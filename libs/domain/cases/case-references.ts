import type { EntityManager } from 'typeorm';

/**
 * What a case's reference holds between its INSERT and assignCaseReference() at the end of
 * the same transaction: random, so that concurrent creations never wait on each other in the
 * unique index (a collision would only wait, never fail: the other row's placeholder is gone
 * by its commit). 20 characters, the column's width; it is never committed.
 */
export const PROVISIONAL_REFERENCE_SQL = `'~' || left(md5(gen_random_uuid()::text), 19)`;

/**
 * Gives an inserted case the next reference of its organization for the year (in the
 * organization's time zone), e.g. MDG-2026-000042, and returns it. The counter row is locked
 * by the upsert until the case's transaction ends, so concurrent creations queue up and take
 * consecutive numbers; a rolled-back creation gives its number back (no gaps), a committed one
 * is never given again (unique index). Call it last in the transaction: every statement after
 * it is time during which no other case of the organization can be numbered.
 */
export async function assignCaseReference(m: EntityManager, organizationId: string, caseId: string): Promise<string> {
  const result: unknown[] = await m.query(
    `WITH counter AS (
       INSERT INTO case_reference_counters (organization_id, year, last_value)
       SELECT o.id, extract(year FROM now() AT TIME ZONE o.timezone)::int, 1 FROM organizations o WHERE o.id = $1
       ON CONFLICT (organization_id, year) DO UPDATE SET last_value = case_reference_counters.last_value + 1
       RETURNING year, last_value)
     UPDATE cases c SET reference = 'MDG-' || counter.year || '-' || lpad(counter.last_value::text, 6, '0')
       FROM counter WHERE c.id = $2
     RETURNING c.reference`,
    [organizationId, caseId],
  );
  // The driver answers an UPDATE with [rows, affected count].
  const rows = (Array.isArray(result[0]) ? result[0] : result) as { reference: string }[];
  const row = rows[0];
  if (!row) throw new Error(`No case ${caseId} in organization ${organizationId} to number`);
  return row.reference;
}
