import type { Actor } from '../actor.js';
import { NOTHING, sqlScope, type SqlScope } from '../sql-scope.js';
import { caseScope } from './case.scope.js';

/** Legal assignments: a lawyer's own; NGO staff those of their organization on cases they see. */
export function legalAssignmentScope(actor: Actor, alias: string): SqlScope {
  if (actor.role === 'lawyer') return sqlScope(`${alias}.lawyer_id = :laScopeLawyer`, { laScopeLawyer: actor.userId });
  if (actor.role === 'desk_staff' || actor.role === 'supervisor') {
    const cases = caseScope(actor, 'lac');
    return sqlScope(
      `${alias}.organization_id = :laScopeOrg AND EXISTS (SELECT 1 FROM cases lac WHERE lac.id = ${alias}.case_id AND ${cases.sql})`,
      { laScopeOrg: actor.organizationId, ...cases.params },
    );
  }
  return NOTHING;
}

/**
 * Legal reviews are privileged: the lawyer who is (or was, until completion) assigned, and
 * the supervisors of the NGO that owns the case. Nobody else, not even the case's desk staff.
 */
export function legalReviewScope(actor: Actor, alias: string): SqlScope {
  if (actor.role === 'lawyer') {
    return sqlScope(
      `${alias}.lawyer_id = :lrScopeLawyer AND EXISTS (SELECT 1 FROM legal_assignments lra WHERE lra.id = ${alias}.assignment_id
        AND lra.lawyer_id = :lrScopeLawyer AND lra.status IN ('pending', 'accepted', 'completed'))`,
      { lrScopeLawyer: actor.userId },
    );
  }
  if (actor.role === 'supervisor')
    return sqlScope(`${alias}.organization_id = :lrScopeOrg`, { lrScopeOrg: actor.organizationId });
  return NOTHING;
}
