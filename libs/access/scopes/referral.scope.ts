import type { Actor } from '../actor.js';
import { NOTHING, sqlScope, type SqlScope } from '../sql-scope.js';
import { caseScope } from './case.scope.js';

/**
 * Referrals an actor may see.
 * - Embassy officers: those addressed to their embassy, not withdrawn, and only while the
 *   consent they rest on is active — not withdrawn, not expired (checked here, at the moment
 *   of the read, not by a job that may run late).
 * - NGO staff: their organization's referrals of cases they may see.
 */
export function referralScope(actor: Actor, alias: string): SqlScope {
  if (actor.role === 'embassy_officer') {
    return sqlScope(
      `${alias}.embassy_id = :refScopeEmbassy AND ${alias}.status <> 'withdrawn' AND EXISTS (
         SELECT 1 FROM consents rc WHERE rc.id = ${alias}.consent_id AND rc.purpose = 'embassy_referral'
           AND rc.recipient_organization_id = ${alias}.embassy_id AND rc.withdrawn_at IS NULL
           AND (rc.expires_at IS NULL OR rc.expires_at > now()))`,
      { refScopeEmbassy: actor.organizationId },
    );
  }
  if (actor.role === 'desk_staff' || actor.role === 'supervisor') {
    const cases = caseScope(actor, 'rfc');
    return sqlScope(
      `${alias}.organization_id = :refScopeOrg AND EXISTS (SELECT 1 FROM cases rfc WHERE rfc.id = ${alias}.case_id AND ${cases.sql})`,
      { refScopeOrg: actor.organizationId, ...cases.params },
    );
  }
  return NOTHING;
}

/** Consents: recorded by NGO staff of the worker's organization, read by them only. */
export function consentScope(actor: Actor, alias: string): SqlScope {
  if (actor.role === 'desk_staff' || actor.role === 'supervisor') {
    return sqlScope(`${alias}.organization_id = :consentScopeOrg`, { consentScopeOrg: actor.organizationId });
  }
  return NOTHING;
}
