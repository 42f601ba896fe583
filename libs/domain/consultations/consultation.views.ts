import type { Consultation } from './consultation.entity.js';

/** The API's consultation (an allow-list of columns). */
export interface ConsultationView {
  id: string;
  organizationId: string;
  caseId: string | null;
  workerId: string | null;
  anonymousLabel: string | null;
  occurredAt: string;
  channel: string;
  language: string;
  interpreterUsed: boolean;
  interpreterName: string | null;
  durationMinutes: number | null;
  categories: string[];
  summary: string;
  followUpAt: string | null;
  loggedBy: string;
  createdAt: string;
}

export function toConsultationView(c: Consultation): ConsultationView {
  return {
    id: c.id,
    organizationId: c.organizationId,
    caseId: c.caseId,
    workerId: c.workerId,
    anonymousLabel: c.anonymousLabel,
    occurredAt: c.occurredAt.toISOString(),
    channel: c.channel,
    language: c.language,
    interpreterUsed: c.interpreterUsed,
    interpreterName: c.interpreterName,
    durationMinutes: c.durationMinutes,
    categories: c.categories,
    summary: c.summary,
    followUpAt: c.followUpAt?.toISOString() ?? null,
    loggedBy: c.loggedBy,
    createdAt: c.createdAt.toISOString(),
  };
}
