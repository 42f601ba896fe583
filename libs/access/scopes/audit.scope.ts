import type { Actor } from '../actor.js';
import { NOTHING, EVERYTHING, sqlScope, type SqlScope } from '../sql-scope.js';

/**
 * Audit events an actor may read: admins all of them, supervisors those whose subject
 * belongs to their organization. `alias` is the audit_events alias of the query.
 */
export function auditEventScope(actor: Actor, alias: string): SqlScope {
  if (actor.role === 'admin') return EVERYTHING;
  if (actor.role === 'supervisor') {
    return sqlScope(`${alias}.subject_organization_id = :auditScopeOrg`, { auditScopeOrg: actor.organizationId });
  }
  return NOTHING;
}
