import type { LegalAssignment, LegalReview } from './legal.entity.js';

export interface LegalAssignmentView {
  id: string;
  caseId: string;
  organizationId: string;
  lawyerId: string;
  status: string;
  note: string | null;
  conflictWarning: boolean;
  conflictReferences: string[];
  reason: string | null;
  outcome: string | null;
  createdAt: string;
  updatedAt: string;
}

export function toAssignmentView(a: LegalAssignment): LegalAssignmentView {
  return {
    id: a.id,
    caseId: a.caseId,
    organizationId: a.organizationId,
    lawyerId: a.lawyerId,
    status: a.status,
    note: a.note,
    conflictWarning: a.conflictWarning,
    conflictReferences: a.conflictReferences,
    reason: a.reason,
    outcome: a.outcome,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

export interface LegalReviewView {
  id: string;
  caseId: string;
  lawyerId: string;
  body: string;
  createdAt: string;
}

export function toReviewView(r: LegalReview): LegalReviewView {
  return { id: r.id, caseId: r.caseId, lawyerId: r.lawyerId, body: r.body, createdAt: r.createdAt.toISOString() };
}
