import type { EntityManager } from 'typeorm';
import type { Actor } from '#access';
import type { AuditService } from '../audit/audit.service.js';
import { InvalidInput, NotFound } from '../errors/domain-errors.js';

/** Clocks disagree a little: a consultation logged "now" on a phone may be a minute ahead. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** A consultation has happened: it is logged afterwards, never in advance. */
export function assertPastOccurrence(occurredAt: Date, now = Date.now()): void {
  if (occurredAt.getTime() > now + CLOCK_SKEW_MS) {
    throw new InvalidInput('A consultation is logged once it has happened', [
      { field: 'occurredAt', problems: ['must not be in the future'] },
    ]);
  }
}

export function assertFutureFollowUp(followUpAt: Date | null | undefined, now = Date.now()): void {
  if (followUpAt && followUpAt.getTime() <= now) {
    throw new InvalidInput('The follow-up time must be in the future', [
      { field: 'followUpAt', problems: ['must be in the future'] },
    ]);
  }
}

/**
 * API.md: a lawyer logs consultations only on a case with an ACCEPTED assignment to them. The
 * case scope already lets them see it from `pending` on (and read-only once `completed`), so
 * seeing the case is not enough here. Assignments and their states belong to legal support (issue 5).
 */
export async function hasAcceptedAssignment(m: EntityManager, lawyerId: string, caseId: string): Promise<boolean> {
  const rows = await m.query(
    `SELECT 1 FROM legal_assignments WHERE case_id = $1 AND lawyer_id = $2 AND status = 'accepted' LIMIT 1`,
    [caseId, lawyerId],
  );
  return rows.length > 0;
}

/**
 * Runs `work`; when it answers NotFound (absent or invisible, alike to the caller), the denial
 * is audited too — after the work's transaction has rolled back, so that the row stays.
 */
export async function auditingDenial<T>(
  audit: AuditService,
  actor: Actor,
  entry: { action: string; subjectType: string; subjectId: string },
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof NotFound) await audit.record(actor, { ...entry, outcome: 'denied' });
    throw error;
  }
}
