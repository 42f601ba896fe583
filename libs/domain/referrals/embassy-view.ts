import type { Case } from '../cases/case.entity.js';
import type { ConsentableField } from '../consents/consent.entity.js';
import type { Worker } from '../workers/worker.entity.js';
import type { Referral } from './referral.entity.js';

/**
 * How each consentable field is read. This map is the ONLY way worker or case data enters a
 * referral's view: a field is disclosed when the worker consented to it and it is listed
 * here, so a column added to a table later can never leak by default.
 */
const DISCLOSE: Record<ConsentableField, (w: Worker, c: Case) => unknown> = {
  fullName: (w) => w.fullName,
  nameKatakana: (w) => w.nameKatakana,
  nationality: (w) => w.nationality,
  dateOfBirth: (w) => w.dateOfBirth,
  gender: (w) => w.gender,
  phone: (w) => w.phone,
  email: (w) => w.email,
  messagingContacts: (w) => w.messagingContacts.map((m) => ({ app: m.app, handle: m.handle })),
  residenceStatus: (w) => w.residenceStatus,
  residenceCardExpiry: (w) => w.residenceCardExpiry,
  prefecture: (w) => w.prefecture,
  employer: (w) =>
    w.employer
      ? { name: w.employer.name, sector: w.employer.sector ?? null, prefecture: w.employer.prefecture ?? null }
      : null,
  caseSummary: (_w, c) => c.summary,
};

export interface ReferralView {
  id: string;
  status: string;
  reason: string;
  message: string | null;
  createdAt: string;
  acknowledgedAt: string | null;
  embassyId: string;
  consentId: string;
  case: { reference: string; categories: string[]; urgency: string; summary?: string | null };
  worker: Partial<Record<Exclude<ConsentableField, 'caseSummary'>, unknown>>;
  /** The fields the embassy sees, so that both sides read the same list. */
  disclosedFields: ConsentableField[];
}

/** The referral as the embassy sees it — and as the NGO sees what the embassy sees. */
export function toReferralView(r: Referral, c: Case, w: Worker, consentedFields: ConsentableField[]): ReferralView {
  const fields = consentedFields.filter((f) => f in DISCLOSE);
  const worker: ReferralView['worker'] = {};
  for (const f of fields) if (f !== 'caseSummary') worker[f] = DISCLOSE[f](w, c);
  const caseView: ReferralView['case'] = { reference: c.reference, categories: c.categories, urgency: c.urgency };
  if (fields.includes('caseSummary')) caseView.summary = c.summary;
  return {
    id: r.id,
    status: r.status,
    reason: r.reason,
    message: r.message,
    createdAt: r.createdAt.toISOString(),
    acknowledgedAt: r.acknowledgedAt?.toISOString() ?? null,
    embassyId: r.embassyId,
    consentId: r.consentId,
    case: caseView,
    worker,
    disclosedFields: fields,
  };
}
