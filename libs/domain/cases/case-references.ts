import type { EntityManager } from 'typeorm';

/**
 * The next reference of an organization for a year, e.g. MDG-2026-000042. The counter row is
 * locked by the UPDATE until the case's transaction ends, so concurrent creations queue up
 * and take consecutive numbers; a rolled-back creation gives its number back (no gaps), a
 * committed one is never given again (unique index).
 */
export async function nextCaseReference(m: EntityManager, organizationId: string, year: number): Promise<string> {
  const [row] = await m.query(
    `INSERT INTO case_reference_counters (organization_id, year, last_value) VALUES ($1, $2, 1)
     ON CONFLICT (organization_id, year) DO UPDATE SET last_value = case_reference_counters.last_value + 1
     RETURNING last_value`,
    [organizationId, year],
  );
  return `MDG-${year}-${String(row.last_value).padStart(6, '0')}`;
}
