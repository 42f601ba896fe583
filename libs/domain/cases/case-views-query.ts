import type { SelectQueryBuilder } from 'typeorm';
import type { Case } from './case.entity.js';
import { toCaseView, type CaseView } from './case.views.js';

/**
 * A case's collaborators as one more column of the statement that reads the case, in uuid
 * order (the order of their lowercase hex text): a read pays one round trip for its data,
 * not one for the cases and another for their collaborators.
 */
export function collaboratorIdsColumn(alias: string): string {
  return `ARRAY(SELECT cc.user_id::text FROM case_collaborators cc WHERE cc.case_id = ${alias}.id ORDER BY cc.user_id)`;
}

/** The views of the cases a query (alias `c`, no joins) selects, in its order, collaborators read in the same statement. */
export async function caseViews(qb: SelectQueryBuilder<Case>): Promise<CaseView[]> {
  const { entities, raw } = await qb
    .addSelect(collaboratorIdsColumn('c'), 'collaborator_ids')
    .getRawAndEntities<{ c_id: string; collaborator_ids: string[] }>();
  const collaborators = new Map(raw.map((r) => [r.c_id, r.collaborator_ids]));
  return entities.map((c) => toCaseView(c, collaborators.get(c.id) ?? []));
}
