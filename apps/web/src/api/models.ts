/**
 * Response shapes of API.md. The OpenAPI document types every request (paths, queries, bodies)
 * but declares few response bodies yet, so the web app reads answers through these types.
 */
export type Role = 'desk_staff' | 'supervisor' | 'lawyer' | 'embassy_officer' | 'admin';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface User {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  organizationId: string;
  locale: string;
  active?: boolean;
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: User;
}

export interface Organization {
  id: string;
  name: string;
  kind: 'ngo' | 'law_office' | 'embassy';
  country: string | null;
  timezone: string;
  createdAt: string;
}

export interface Employer {
  name: string;
  sector?: string | null;
  prefecture?: string | null;
}

export interface Worker {
  id: string;
  organizationId: string;
  fullName: string;
  nameKatakana: string | null;
  alias: string | null;
  nationality: string;
  preferredLanguage: string;
  gender: string | null;
  dateOfBirth: string | null;
  residenceStatus: string | null;
  residenceCardExpiry: string | null;
  prefecture: string | null;
  phone: string | null;
  email: string | null;
  messagingContacts: { app: string; handle: string }[];
  employer: Employer | null;
  notes: string | null;
  version: number;
  createdAt: string;
}

export type CaseStatus = 'open' | 'in_progress' | 'waiting' | 'resolved' | 'closed';

export interface CaseOutcome {
  result: string;
  remedies: string[];
  amountRecoveredJpy: number | null;
  remedyRoute: string | null;
}

export interface Case {
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
  nextFollowUpAt: string | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  version: number;
  outcome: CaseOutcome | null;
  /** Present when the list marks overdue cases. */
  overdue?: boolean;
}

export interface TimelineItem {
  type: string;
  at: string;
  actorId: string | null;
  summary: string;
}

export interface Deadline {
  id: string;
  policy: string;
  dueAt: string;
  warnAt: string | null;
  state: 'pending' | 'met' | 'breached' | 'cancelled';
  level: number;
}

export interface Consultation {
  id: string;
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
}

export interface Accompaniment {
  id: string;
  caseId: string;
  scheduledAt: string;
  destination: string;
  escortId: string;
  notes: string | null;
  status: 'scheduled' | 'done' | 'cancelled' | 'no_show';
  outcome: string | null;
}

export interface LegalAssignment {
  id: string;
  caseId: string;
  lawyerId: string;
  status: 'pending' | 'accepted' | 'declined' | 'completed' | 'withdrawn';
  note: string | null;
  conflictWarning?: boolean;
  reason: string | null;
  outcome: string | null;
  createdAt: string;
}

export interface LegalReview {
  id: string;
  caseId: string;
  lawyerId: string;
  body: string;
  createdAt: string;
}

export interface Consent {
  id: string;
  workerId: string;
  purpose: 'embassy_referral' | 'legal_referral';
  recipientOrganizationId: string;
  fields: string[];
  method: string;
  language: string;
  createdAt: string;
  expiresAt: string | null;
  withdrawnAt: string | null;
  active?: boolean;
  summary?: string;
}

export type ReferralStatus = 'sent' | 'acknowledged' | 'in_progress' | 'declined' | 'closed' | 'withdrawn';

export interface Referral {
  id: string;
  status: ReferralStatus;
  reason: string;
  message?: string | null;
  createdAt: string;
  acknowledgedAt: string | null;
  embassyId: string;
  case: { reference: string; categories: string[]; urgency: string; summary?: string | null };
  worker: Record<string, unknown>;
  disclosedFields?: string[];
}

export interface ReferralMessage {
  id: string;
  authorId: string;
  authorOrganizationId?: string;
  body: string;
  createdAt: string;
}

export interface Notification {
  id: string;
  kind: string;
  title: string;
  body: string;
  subjectType: string;
  subjectId: string;
  createdAt: string;
  readAt: string | null;
}

export interface SlaPolicy {
  key: string;
  durations: Record<string, string>;
  clock: 'business' | 'calendar';
  warningRatio: number;
  custom?: boolean;
}

export interface StatsOverview {
  total: number;
  overdue: number;
  amountRecoveredJpy: number;
  byStatus: Record<string, number>;
  byUrgency: Record<string, number>;
  byCategory: Record<string, number>;
  byNationality: Record<string, number>;
  byPrefecture: Record<string, number>;
  byOutcomeResult: Record<string, number>;
  byRemedy: Record<string, number>;
}

/** A list answer is `{ items, nextCursor }`; a few sub-resource lists are plain arrays. */
export function itemsOf<T>(answer: Page<T> | T[] | null | undefined): T[] {
  if (!answer) return [];
  return Array.isArray(answer) ? answer : (answer.items ?? []);
}
