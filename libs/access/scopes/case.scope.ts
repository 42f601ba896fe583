import type { Actor } from '../actor.js';
import { NOTHING, sqlScope, type SqlScope } from '../sql-scope.js';

/**
 * Cases an actor may see (PRODUCT.md, Users and roles):
 * - supervisors: every case of their organization, restricted ones too;
 * - desk staff: every case of their organization, except restricted cases they neither own
 *   nor collaborate on;
 * - lawyers: cases with an assignment to them that is pending, accepted or completed (a
 *   declined or withdrawn one ends their access), restricted ones included;
 * - embassy officers and admins: none (embassies read referrals, admins no case content).
 */
export function caseScope(actor: Actor, alias: string): SqlScope {
  switch (actor.role) {
    case 'supervisor':
      return sqlScope(`${alias}.organization_id = :caseScopeOrg`, { caseScopeOrg: actor.organizationId });
    case 'desk_staff':
      return sqlScope(
        `${alias}.organization_id = :caseScopeOrg AND (${alias}.sensitivity = 'normal' OR ${alias}.owner_id = :caseScopeUser
          OR EXISTS (SELECT 1 FROM case_collaborators cc WHERE cc.case_id = ${alias}.id AND cc.user_id = :caseScopeUser))`,
        { caseScopeOrg: actor.organizationId, caseScopeUser: actor.userId },
      );
    case 'lawyer':
      return sqlScope(
        `EXISTS (SELECT 1 FROM legal_assignments la WHERE la.case_id = ${alias}.id AND la.lawyer_id = :caseScopeLawyer
          AND la.status IN ('pending', 'accepted', 'completed'))`,
        { caseScopeLawyer: actor.userId },
      );
    default:
      return NOTHING;
  }
}
