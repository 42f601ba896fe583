import type { Case, CaseOutcome, CaseStatus } from './case.entity.js';

/** The API's case (an allow-list of columns). */
export interface CaseView {
  id: string;
  reference: string;
  organizationId: string;
  workerId: string;
  title: string;
  summary: string | null;
  categories: string[];
  urgency: string;
  sensitivity: string;
  status: CaseStatus;
  ownerId: string;
  collaboratorIds: string[];
  nextFollowUpAt: string | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  version: number;
  outcome: CaseOutcome | null;
}

export function toCaseView(c: Case, collaboratorIds: string[]): CaseView {
  return {
    id: c.id,
    reference: c.reference,
    organizationId: c.organizationId,
    workerId: c.workerId,
    title: c.title,
    summary: c.summary,
    categories: c.categories,
    urgency: c.urgency,
    sensitivity: c.sensitivity,
    status: c.status,
    ownerId: c.ownerId,
    collaboratorIds,
    nextFollowUpAt: c.nextFollowUpAt?.toISOString() ?? null,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    closedAt: c.closedAt?.toISOString() ?? null,
    version: c.version,
    outcome: c.outcome,
  };
}
