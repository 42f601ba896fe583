import type { EntityManager } from 'typeorm';
import { CaseEvent } from './case.entity.js';

export type CaseEventType =
  | 'case.opened'
  | 'case.status_changed'
  | 'case.updated'
  | 'consultation.logged'
  | 'accompaniment.scheduled'
  | 'accompaniment.status_changed'
  | 'legal_assignment.created'
  | 'legal_assignment.status_changed'
  | 'referral.sent'
  | 'referral.status_changed';

/** Appends to a case's timeline inside the caller's transaction, and counts as activity. */
export async function recordCaseEvent(
  m: EntityManager,
  caseId: string,
  type: CaseEventType,
  actorId: string | null,
  data: Record<string, unknown> = {},
): Promise<void> {
  await appendCaseEvent(m, caseId, type, actorId, data);
  await m.query('UPDATE cases SET last_activity_at = now() WHERE id = $1', [caseId]);
}

/** Appends to the timeline only: for a case just inserted, whose last_activity_at is already now. */
export async function appendCaseEvent(
  m: EntityManager,
  caseId: string,
  type: CaseEventType,
  actorId: string | null,
  data: Record<string, unknown> = {},
): Promise<void> {
  await m.getRepository(CaseEvent).insert({ caseId, type, actorId, data: data as never });
}
