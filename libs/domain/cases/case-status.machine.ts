import type { Actor } from '#access';
import type { CaseStatus } from './case.entity.js';

/** PRODUCT.md: open → in_progress ⇄ waiting, in_progress|waiting → resolved → closed, reopen. */
export const CASE_TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  open: ['in_progress'],
  in_progress: ['waiting', 'resolved'],
  waiting: ['in_progress', 'resolved'],
  resolved: ['closed', 'in_progress'],
  closed: ['in_progress'],
};

export function isReopen(from: CaseStatus, to: CaseStatus): boolean {
  return (from === 'resolved' || from === 'closed') && to === 'in_progress';
}

/** Closing and reopening are for the case's owner or a supervisor. */
export function mayTransition(actor: Actor, ownerId: string, from: CaseStatus, to: CaseStatus): boolean {
  if (to === 'closed' || isReopen(from, to)) return actor.role === 'supervisor' || actor.userId === ownerId;
  return true;
}

/** The moves this actor may make from `from`, for the 409's details. */
export function allowedTargets(actor: Actor, ownerId: string, from: CaseStatus): CaseStatus[] {
  return CASE_TRANSITIONS[from].filter((to) => mayTransition(actor, ownerId, from, to));
}
