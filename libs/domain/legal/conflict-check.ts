import type { EntityManager } from 'typeorm';
import { searchText } from '../common/search-text.js';

export interface ConflictingReferences {
  /** Every conflicting case: for the lawyer, whose office holds those assignments. */
  all: string[];
  /**
   * Those of the worker's own NGO: the only ones its staff may see. Another NGO's reference
   * would leak that case's existence, and could even read as one of their own (references
   * are numbered per organization).
   */
  sameOrganization: string[];
}

/**
 * References of cases of OTHER workers on which the lawyer's office already has an accepted
 * assignment against the same employer or the same sending agency. Names are compared after
 * normalization (case, width, accents), so "Sakura Foods K.K." and "ＳＡＫＵＲＡ foods k.k." meet.
 */
export async function conflictingReferences(
  m: EntityManager,
  lawOfficeId: string,
  worker: { id: string; organizationId: string; employer: { name?: string } | null; sendingAgency: string | null },
): Promise<ConflictingReferences> {
  const employer = worker.employer?.name ? searchText(worker.employer.name) : null;
  const agency = worker.sendingAgency ? searchText(worker.sendingAgency) : null;
  if (!employer && !agency) return { all: [], sameOrganization: [] };
  const rows: { reference: string; organization_id: string; employer: string | null; agency: string | null }[] =
    await m.query(
      `SELECT c.reference, c.organization_id, w.employer->>'name' AS employer, w.sending_agency AS agency
       FROM legal_assignments la JOIN cases c ON c.id = la.case_id JOIN workers w ON w.id = c.worker_id
      WHERE la.law_office_id = $1 AND la.status = 'accepted' AND w.id <> $2
        AND (w.employer->>'name' IS NOT NULL OR w.sending_agency IS NOT NULL)`,
      [lawOfficeId, worker.id],
    );
  const hits = rows.filter(
    (r) =>
      (employer && r.employer && searchText(r.employer) === employer) ||
      (agency && r.agency && searchText(r.agency) === agency),
  );
  const references = (list: typeof hits) => [...new Set(list.map((r) => r.reference))].sort();
  return {
    all: references(hits),
    sameOrganization: references(hits.filter((r) => r.organization_id === worker.organizationId)),
  };
}
