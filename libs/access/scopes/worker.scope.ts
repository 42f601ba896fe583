import type { Actor } from '../actor.js';
import { NOTHING, sqlScope, type SqlScope } from '../sql-scope.js';

/**
 * Workers an actor may see: NGO staff those of their organization (restricted cases do not
 * hide the person: staff need them to spot duplicates). Lawyers see the workers of the cases
 * assigned to them; embassies never see worker records,
 * only a referral's consented fields; admins see no case content.
 */
export function workerScope(actor: Actor, alias: string): SqlScope {
  if (actor.role === 'desk_staff' || actor.role === 'supervisor') {
    return sqlScope(`${alias}.organization_id = :workerScopeOrg`, { workerScopeOrg: actor.organizationId });
  }
  if (actor.role === 'lawyer') {
    return sqlScope(
      `EXISTS (SELECT 1 FROM cases wc JOIN legal_assignments wla ON wla.case_id = wc.id
        WHERE wc.worker_id = ${alias}.id AND wla.lawyer_id = :workerScopeLawyer
          AND wla.status IN ('pending', 'accepted', 'completed'))`,
      { workerScopeLawyer: actor.userId },
    );
  }
  return NOTHING;
}
