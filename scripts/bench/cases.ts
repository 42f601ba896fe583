import type { Deadline } from '#domain/deadlines';
import { calendarOf, deadlineTimes, defaultPolicy, firstLevel, nextFireAt } from '#domain/deadlines';
import { searchText } from '#domain/common';
import {
  CATEGORY,
  CHANNEL,
  URGENCY,
  caseSummary,
  caseTitle,
  consultationSummary,
  type TextLanguage,
} from './corpus.js';
import { Json, type CopyValue } from './copy.js';
import { benchUuid } from './ids.js';
import type { WorkerFacts } from './people.js';
import { Rng, Weighted } from './random.js';

export const CASE_COLUMNS = [
  'id',
  'organization_id',
  'reference',
  'worker_id',
  'title',
  'summary',
  'categories',
  'urgency',
  'status',
  'sensitivity',
  'owner_id',
  'next_follow_up_at',
  'closed_at',
  'closure_reason',
  'outcome',
  'last_activity_at',
  'search_text',
  'created_by',
  'version',
  'created_at',
  'updated_at',
];
export const EVENT_COLUMNS = ['case_id', 'type', 'at', 'actor_id', 'data'];
export const CONSULTATION_COLUMNS = [
  'organization_id',
  'case_id',
  'worker_id',
  'anonymous_label',
  'occurred_at',
  'channel',
  'language',
  'interpreter_used',
  'interpreter_name',
  'duration_minutes',
  'categories',
  'summary',
  'follow_up_at',
  'logged_by',
  'created_at',
];
export const DEADLINE_COLUMNS = [
  'organization_id',
  'policy',
  'subject_type',
  'subject_id',
  'case_id',
  'started_at',
  'warn_at',
  'due_at',
  'escalate_at',
  'state',
  'level',
  'next_fire_at',
  'closed_at',
  'created_at',
  'updated_at',
];
export const ASSIGNMENT_COLUMNS = [
  'case_id',
  'organization_id',
  'lawyer_id',
  'law_office_id',
  'status',
  'note',
  'requested_by',
  'reason',
  'outcome',
  'version',
  'created_at',
  'updated_at',
];

const DAY = 86_400_000;
const CALENDAR = calendarOf({ timezone: 'Asia/Tokyo', opensAt: '09:00', closesAt: '18:00', closedDates: [] });
const POLICY = { first_response: defaultPolicy('first_response'), inactivity: defaultPolicy('inactivity') };
const FOLLOW_UP = defaultPolicy('follow_up');
const OUTCOMES = new Weighted([
  ['remedy_obtained', 35],
  ['partial_remedy', 20],
  ['referred_elsewhere', 15],
  ['worker_withdrew', 10],
  ['lost_contact', 12],
  ['no_remedy_possible', 5],
  ['other', 3],
] as const);

/** One generated case and the rows of the other tables that the app writes with it. */
export interface CaseRows {
  cases: CopyValue[];
  events: CopyValue[][];
  consultations: CopyValue[][];
  deadlines: CopyValue[][];
  assignment: CopyValue[] | null;
  collaborator: CopyValue[] | null;
  reference: { year: number; value: number };
}

export interface CaseContext {
  rng: Rng;
  n: number;
  organizationId: string;
  worker: WorkerFacts;
  ownerId: string;
  collaboratorId: string;
  lawyer: { id: string; officeId: string };
  createdAt: Date;
  now: Date;
  nextReference: (year: number) => number;
}

/**
 * The status follows the case's age: what was opened last month is mostly still open, what
 * was opened years ago is mostly closed. Open and in-progress cases had activity in the last
 * ten days, so their inactivity deadlines lie ahead (none fires during the benchmark).
 */
const RECENT = new Weighted([
  ['open', 40],
  ['in_progress', 40],
  ['waiting', 20],
] as const);
const MONTHS = new Weighted([
  ['open', 10],
  ['in_progress', 30],
  ['waiting', 15],
  ['resolved', 20],
  ['closed', 25],
] as const);
const YEARS = new Weighted([
  ['open', 2],
  ['in_progress', 5],
  ['waiting', 3],
  ['resolved', 20],
  ['closed', 70],
] as const);
function statusFor(rng: Rng, ageDays: number): string {
  return (ageDays < 30 ? RECENT : ageDays < 180 ? MONTHS : YEARS).pick(rng);
}

export function caseRows(c: CaseContext): CaseRows {
  const { rng, now, createdAt } = c;
  const id = benchUuid('c', c.n);
  const lang = new Weighted(c.worker.nationality.texts).pick(rng) as TextLanguage;
  const categories = [CATEGORY.pick(rng)];
  while (rng.chance(0.3) && categories.length < 3) {
    const more = CATEGORY.pick(rng);
    if (!categories.includes(more)) categories.push(more);
  }
  const slots = {
    employer: c.worker.employer,
    prefecture: c.worker.prefecture,
    month: rng.int(0, 11),
    amount: rng.int(3, 300) * 10_000,
    hours: rng.int(20, 120),
  };
  const title = caseTitle(rng, lang, categories[0], slots);
  const summary = rng.chance(0.9) ? caseSummary(rng, lang, categories[0], slots) : null;
  const urgency = URGENCY.pick(rng);
  const ageDays = (now.getTime() - createdAt.getTime()) / DAY;
  const status = statusFor(rng, ageDays);
  const live = status === 'open' || status === 'in_progress';
  const restricted = rng.chance(0.05);
  const lastActivity = live
    ? new Date(Math.max(createdAt.getTime(), now.getTime() - rng.next() * 10 * DAY))
    : new Date(createdAt.getTime() + rng.next() * Math.min(ageDays, 120) * DAY);
  const followUp = live && rng.chance(0.3) ? new Date(now.getTime() + (1 + rng.next() * 29) * DAY) : null;
  const closed = status === 'closed' ? lastActivity : null;
  const outcome =
    status === 'resolved' || status === 'closed'
      ? new Json({
          result: OUTCOMES.pick(rng),
          remedies: rng.chance(0.5) ? ['wages_paid'] : [],
          amountRecoveredJpy: rng.chance(0.4) ? slots.amount : null,
          remedyRoute: rng.chance(0.5) ? 'negotiation' : null,
        })
      : null;
  const year = new Date(createdAt.getTime() + 9 * 3_600_000).getUTCFullYear();
  const value = c.nextReference(year);
  const events: CopyValue[][] = [[id, 'case.opened', createdAt, c.ownerId, new Json({ urgency })]];
  if (status !== 'open')
    events.push([
      id,
      'case.status_changed',
      lastActivity,
      c.ownerId,
      new Json({ from: 'open', to: status, reason: null }),
    ]);

  const consultations: CopyValue[][] = [];
  const contacts = rng.int(0, 3);
  for (let k = 0; k < contacts; k++) {
    const at = new Date(createdAt.getTime() + rng.next() * (lastActivity.getTime() - createdAt.getTime()));
    const channel = CHANNEL.pick(rng);
    const language = lang === 'ja' ? c.worker.nationality.language : lang;
    const interpreted = language !== 'ja' && rng.chance(0.5);
    consultations.push([
      c.organizationId,
      id,
      c.worker.id,
      null,
      at,
      channel,
      language,
      interpreted,
      interpreted ? 'ボランティア通訳' : null,
      rng.int(5, 90),
      [],
      consultationSummary(rng, lang, categories[0]),
      null,
      c.ownerId,
      at,
    ]);
    events.push([id, 'consultation.logged', at, c.ownerId, new Json({ channel, language })]);
  }

  const base = [c.organizationId];
  const deadlines: CopyValue[][] = [];
  const deadline = (policy: keyof typeof POLICY, startedAt: Date, pending: boolean): void => {
    const times = deadlineTimes(POLICY[policy], CALENDAR, {
      startedAt,
      urgency: policy === 'first_response' ? urgency : null,
    });
    const draft = { policy, startedAt, ...times } as Pick<
      Deadline,
      'policy' | 'startedAt' | 'warnAt' | 'dueAt' | 'escalateAt'
    >;
    const level = firstLevel(draft, now);
    const next = nextFireAt(draft, level);
    const stillPending = pending && next !== null && next.getTime() > now.getTime() + 3_600_000;
    const end = new Date(Math.min(now.getTime(), startedAt.getTime() + rng.next() * 2 * DAY));
    deadlines.push([
      ...base,
      policy,
      'case',
      id,
      id,
      startedAt,
      times.warnAt,
      times.dueAt,
      times.escalateAt,
      stillPending ? 'pending' : policy === 'first_response' ? 'met' : 'cancelled',
      stillPending ? level : 0,
      stillPending ? next : null,
      stillPending ? null : end,
      startedAt,
      stillPending ? startedAt : end,
    ]);
  };
  deadline('first_response', createdAt, status === 'open');
  deadline('inactivity', live ? lastActivity : createdAt, live);
  if (followUp) {
    const times = deadlineTimes(FOLLOW_UP, CALENDAR, { startedAt: lastActivity, urgency: null, fixedDue: followUp });
    deadlines.push([
      ...base,
      'follow_up',
      'case',
      id,
      id,
      lastActivity,
      times.warnAt,
      times.dueAt,
      times.escalateAt,
      'pending',
      0,
      followUp,
      null,
      lastActivity,
      lastActivity,
    ]);
  }

  const assigned = rng.chance(0.02);
  const assignment = assigned
    ? [
        id,
        c.organizationId,
        c.lawyer.id,
        c.lawyer.officeId,
        rng.pick(['accepted', 'accepted', 'completed', 'declined']),
        null,
        c.ownerId,
        null,
        null,
        2,
        createdAt,
        lastActivity,
      ]
    : null;
  if (assigned)
    events.push([id, 'legal_assignment.created', createdAt, c.ownerId, new Json({ lawyerId: c.lawyer.id })]);

  return {
    cases: [
      id,
      c.organizationId,
      `MDG-${year}-${String(value).padStart(6, '0')}`,
      c.worker.id,
      title,
      summary,
      categories,
      urgency,
      status,
      restricted ? 'restricted' : 'normal',
      c.ownerId,
      followUp,
      closed,
      closed ? '解決済み' : null,
      outcome,
      lastActivity,
      searchText(title, summary),
      c.ownerId,
      1 + events.length,
      createdAt,
      lastActivity,
    ],
    events,
    consultations,
    deadlines,
    assignment,
    collaborator: restricted ? [id, c.collaboratorId, createdAt] : null,
    reference: { year, value },
  };
}
