import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { NotificationsService, type NewNotification } from '../notifications/notifications.service.js';
import { Deadline } from './deadline.entity.js';
import { nextFireAt, stepsOf, type Audience, type Step } from './deadline-plan.js';

export interface TickResult {
  claimed: number;
  notices: number;
}

/**
 * Fires the steps of deadlines that fell due. Each batch is claimed with FOR UPDATE SKIP
 * LOCKED, so any number of workers share the work without waiting on each other; the
 * notices, their outbox entries and the deadline's new level are committed together, so a
 * worker killed mid-batch leaves the batch untouched for the next tick. The claim reads the
 * partial index on next_fire_at: its cost follows what is due, not what is pending.
 */
@Injectable()
export class DeadlineEngine {
  private readonly logger = new Logger(DeadlineEngine.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  async tick(batchSize = 500, maxBatches = 40): Promise<TickResult> {
    const total: TickResult = { claimed: 0, notices: 0 };
    for (let i = 0; i < maxBatches; i++) {
      const batch = await this.dataSource.transaction((m) => this.fireBatch(m, batchSize));
      total.claimed += batch.claimed;
      total.notices += batch.notices;
      if (batch.claimed < batchSize) break;
    }
    if (total.claimed) this.logger.debug(`fired ${total.claimed} deadline steps, ${total.notices} notices`);
    return total;
  }

  /** Steps whose time has come and that no tick has fired yet (a growing number means ticks lag). */
  async dueCount(): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM deadlines WHERE next_fire_at <= now()`);
    return row.n;
  }

  private async fireBatch(m: EntityManager, batchSize: number): Promise<TickResult> {
    const due = await m
      .getRepository(Deadline)
      .createQueryBuilder('d')
      .where('d.next_fire_at <= now()')
      .orderBy('d.next_fire_at', 'ASC')
      .limit(batchSize)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
    const batch = await batchContext(m, due);
    const notices: { userIds: string[]; notice: NewNotification }[] = [];
    const moves: { id: string; level: number; next: Date | null; state: string; closed: boolean }[] = [];
    for (const d of due) {
      const step = stepsOf(d)[d.level];
      if (step) notices.push(await this.notice(m, d, step, batch));
      const level = d.level + 1;
      const next = nextFireAt(d, level);
      const fired = step?.state ?? d.state;
      const state = next === null && fired === 'pending' && !step?.notice.startsWith('sla') ? 'met' : fired;
      // A breach stays open after its last escalation: the case is overdue until someone acts.
      moves.push({ id: d.id, level, next, state, closed: next === null && state !== 'breached' });
    }
    // A few statements for the whole batch, not a few per deadline: the notices with their outbox
    // entries, then every deadline's new level.
    const created = await this.notifications.notifyMany(m, notices);
    if (moves.length) {
      await m.query(
        `UPDATE deadlines d SET level = v.level, next_fire_at = v.next, state = v.state,
                closed_at = CASE WHEN v.closed THEN now() ELSE NULL END, updated_at = now()
           FROM unnest($1::uuid[], $2::smallint[], $3::timestamptz[], $4::text[], $5::boolean[])
                AS v(id, level, next, state, closed)
          WHERE d.id = v.id`,
        [
          moves.map((v) => v.id),
          moves.map((v) => v.level),
          moves.map((v) => v.next),
          moves.map((v) => v.state),
          moves.map((v) => v.closed),
        ],
      );
    }
    return { claimed: due.length, notices: created.length };
  }

  /** The step's notice and its recipients; the dedupe key (deadline, level) makes a replay harmless. */
  private async notice(
    m: EntityManager,
    d: Deadline,
    step: Step,
    batch: BatchContext,
  ): Promise<{ userIds: string[]; notice: NewNotification }> {
    return {
      userIds: await this.audience(m, d, step.to, batch),
      notice: {
        kind: step.notice,
        subjectType: d.subjectType,
        subjectId: d.subjectId,
        params: noticeParams(d, batch),
        dedupeKey: `deadline:${d.id}:${d.level}`,
      },
    };
  }

  private async audience(m: EntityManager, d: Deadline, groups: Audience[], batch: BatchContext): Promise<string[]> {
    const ids = new Set<string>();
    for (const group of groups) {
      if (group === 'owner') {
        const owner = d.caseId ? batch.cases.get(d.caseId) : undefined;
        if (owner?.owner_active) ids.add(owner.owner_id);
        continue;
      }
      const { sql, params } = AUDIENCE[group];
      const values = params(d);
      // Many deadlines of a batch share an audience (the supervisors of one NGO, the admins).
      const key = `${group}:${JSON.stringify(values)}`;
      let found = batch.audiences.get(key);
      if (!found) {
        found = ((await m.query(sql, values)) as { id: string }[]).map((r) => r.id);
        batch.audiences.set(key, found);
      }
      for (const id of found) ids.add(id);
    }
    return [...ids];
  }
}

interface CaseFacts {
  id: string;
  reference: string;
  title: string;
  owner_id: string;
  owner_active: boolean;
}

/** What a batch looks up once rather than per deadline: its cases and escorts, and audiences already resolved. */
interface BatchContext {
  cases: Map<string, CaseFacts>;
  accompaniments: Map<string, { destination: string; scheduled_at: Date }>;
  audiences: Map<string, string[]>;
}

async function batchContext(m: EntityManager, due: Deadline[]): Promise<BatchContext> {
  const caseIds = [...new Set(due.map((d) => d.caseId).filter((id): id is string => id !== null))];
  const rows: CaseFacts[] = caseIds.length
    ? await m.query(
        `SELECT c.id, c.reference, c.title, c.owner_id, u.active AS owner_active
           FROM cases c JOIN users u ON u.id = c.owner_id WHERE c.id = ANY($1::uuid[])`,
        [caseIds],
      )
    : [];
  const escortIds = due.filter((d) => d.subjectType === 'accompaniment').map((d) => d.subjectId);
  const escorts: { id: string; destination: string; scheduled_at: Date }[] = escortIds.length
    ? await m.query(`SELECT id, destination, scheduled_at FROM accompaniments WHERE id = ANY($1::uuid[])`, [escortIds])
    : [];
  return {
    cases: new Map(rows.map((r) => [r.id, r])),
    accompaniments: new Map(escorts.map((a) => [a.id, a])),
    audiences: new Map(),
  };
}

/** What the notice's text names: the case, the policy, the due time, and for an escort where and when. */
function noticeParams(d: Deadline, batch: BatchContext): Record<string, string | null> {
  const c = d.caseId ? batch.cases.get(d.caseId) : undefined;
  const params: Record<string, string | null> = {
    reference: c?.reference ?? null,
    // An embassy officer hears of referral deadlines: the title is not among what they may see.
    title: d.subjectType === 'referral' ? null : (c?.title ?? null),
    policy: d.policy,
    dueAt: d.dueAt.toISOString(),
  };
  if (d.subjectType === 'accompaniment') {
    // For the email's link: the subject is not the case itself.
    params.caseId = d.caseId;
    const a = batch.accompaniments.get(d.subjectId);
    if (a) Object.assign(params, { destination: a.destination, scheduledAt: a.scheduled_at.toISOString() });
  }
  return params;
}

/**
 * Who each audience is, for a deadline, now. Only active users hear anything. The owner comes
 * from the batch's case lookup (batchContext), so needs no query here.
 */
const AUDIENCE: Record<Exclude<Audience, 'owner'>, { sql: string; params: (d: Deadline) => unknown[] }> = {
  // The supervisors of the NGO that owns the case (a referral's deadline runs on the embassy's calendar).
  supervisors: {
    sql: `SELECT id FROM users WHERE role = 'supervisor' AND active
           AND organization_id = COALESCE((SELECT organization_id FROM cases WHERE id = $2), $1)`,
    params: (d) => [d.organizationId, d.caseId],
  },
  admins: { sql: `SELECT id FROM users WHERE role = 'admin' AND active`, params: () => [] },
  lawyer: {
    sql: `SELECT u.id FROM legal_assignments la JOIN users u ON u.id = la.lawyer_id WHERE la.id = $1 AND u.active`,
    params: (d) => [d.subjectId],
  },
  requester: {
    sql: `SELECT u.id FROM legal_assignments la JOIN users u ON u.id = la.requested_by WHERE la.id = $1 AND u.active`,
    params: (d) => [d.subjectId],
  },
  referrer: {
    sql: `SELECT u.id FROM referrals r JOIN users u ON u.id = r.referred_by WHERE r.id = $1 AND u.active`,
    params: (d) => [d.subjectId],
  },
  embassy_officers: {
    sql: `SELECT u.id FROM referrals r JOIN users u ON u.organization_id = r.embassy_id
           WHERE r.id = $1 AND u.role = 'embassy_officer' AND u.active`,
    params: (d) => [d.subjectId],
  },
  escort: {
    sql: `SELECT u.id FROM accompaniments a JOIN users u ON u.id = a.escort_id WHERE a.id = $1 AND u.active`,
    params: (d) => [d.subjectId],
  },
};
