import { caseScope, NOTHING, sqlScope, type Actor, type SqlScope } from '#access';

/**
 * Consultations an actor may list: NGO staff those of their organization that stand alone,
 * or whose case they may see (caseScope, so a restricted case's consultations stay as hidden
 * as the case). Lawyers read a case's consultations only through the case
 * (GET /cases/:id/consultations); embassies and admins never.
 * Built here from caseScope rather than in libs/access because it only composes that scope.
 */
export function consultationScope(actor: Actor, alias: string): SqlScope {
  if (actor.role !== 'desk_staff' && actor.role !== 'supervisor') return NOTHING;
  const cases = caseScope(actor, 'coc');
  return sqlScope(
    `${alias}.organization_id = :coScopeOrg AND (${alias}.case_id IS NULL
      OR EXISTS (SELECT 1 FROM cases coc WHERE coc.id = ${alias}.case_id AND ${cases.sql}))`,
    { coScopeOrg: actor.organizationId, ...cases.params },
  );
}
