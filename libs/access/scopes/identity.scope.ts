import type { Actor } from '../actor.js';
import { EVERYTHING, NOTHING, sqlScope, type SqlScope } from '../sql-scope.js';

/** Organizations visible to an actor: their own, plus every embassy and law office as targets. */
export function organizationScope(actor: Actor, alias: string): SqlScope {
  if (actor.role === 'admin') return EVERYTHING;
  return sqlScope(`${alias}.id = :orgScopeOwn OR ${alias}.kind IN ('embassy', 'law_office')`, {
    orgScopeOwn: actor.organizationId,
  });
}

/** Users visible to an actor: admins all; NGO staff their colleagues and the lawyers they assign. */
export function userScope(actor: Actor, alias: string): SqlScope {
  if (actor.role === 'admin') return EVERYTHING;
  if (actor.role === 'desk_staff' || actor.role === 'supervisor') {
    return sqlScope(`${alias}.organization_id = :userScopeOrg OR ${alias}.role = 'lawyer'`, {
      userScopeOrg: actor.organizationId,
    });
  }
  return NOTHING;
}
