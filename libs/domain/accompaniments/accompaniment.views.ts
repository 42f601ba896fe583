import type { Accompaniment, AccompanimentStatus } from './accompaniment.entity.js';

/** The API's accompaniment (an allow-list of columns). */
export interface AccompanimentView {
  id: string;
  caseId: string;
  organizationId: string;
  scheduledAt: string;
  destination: string;
  escortId: string;
  notes: string | null;
  status: AccompanimentStatus;
  outcome: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export function toAccompanimentView(a: Accompaniment): AccompanimentView {
  return {
    id: a.id,
    caseId: a.caseId,
    organizationId: a.organizationId,
    scheduledAt: a.scheduledAt.toISOString(),
    destination: a.destination,
    escortId: a.escortId,
    notes: a.notes,
    status: a.status,
    outcome: a.outcome,
    createdBy: a.createdBy,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    version: a.version,
  };
}
