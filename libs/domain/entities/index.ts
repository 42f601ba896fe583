import type { MixedList } from 'typeorm';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Case, CaseCollaborator, CaseEvent, CaseReferenceCounter } from '../cases/case.entity.js';
import { Consent } from '../consents/consent.entity.js';
import { Consultation } from '../consultations/consultation.entity.js';
import { Accompaniment } from '../accompaniments/accompaniment.entity.js';
import { LegalAssignment, LegalReview } from '../legal/legal.entity.js';
import { Deadline, SlaPolicy } from '../deadlines/deadline.entity.js';
import { Notification } from '../notifications/notification.entity.js';
import { OutboxEntry } from '../notifications/outbox.entity.js';
import { Referral, ReferralMessage } from '../referrals/referral.entity.js';
import { Worker } from '../workers/worker.entity.js';
import { Organization } from '../identity/organization.entity.js';
import { RefreshToken } from '../identity/refresh-token.entity.js';
import { User } from '../identity/user.entity.js';

/**
 * Every entity of the domain, listed explicitly: ESM builds cannot rely on glob loading,
 * and one list makes the migration-drift test see exactly what the app sees.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const ENTITIES: MixedList<Function> = [
  Organization,
  User,
  RefreshToken,
  AuditEvent,
  Worker,
  Case,
  CaseCollaborator,
  CaseReferenceCounter,
  CaseEvent,
  LegalAssignment,
  LegalReview,
  Consent,
  Referral,
  ReferralMessage,
  Notification,
  OutboxEntry,
  Deadline,
  SlaPolicy,
  Consultation,
  Accompaniment,
];
