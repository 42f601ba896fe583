import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { Deadline, SlaPolicy, type PolicyKey } from './deadline.entity.js';
import { firstLevel, nextFireAt } from './deadline-plan.js';
import { calendarOf, deadlineTimes, type OrganizationCalendar } from './deadline-times.js';
import { defaultPolicy, type EffectivePolicy } from './sla-policies.js';

export interface StartDeadline {
  organizationId: string;
  policy: PolicyKey;
  subjectType: string;
  subjectId: string;
  caseId: string | null;
  urgency?: string | null;
  /** For follow-ups and accompaniments: the time a person set. */
  dueAt?: Date;
  /** Defaults to now; the inactivity clock starts at the last activity. */
  startedAt?: Date;
}

export type Subject = { policy: PolicyKey; subjectType: string; subjectId: string };

/**
 * Creates, meets, recomputes and cancels deadlines inside the transaction of the change that
 * causes it, so a deadline and its cause are committed together or not at all.
 */
@Injectable()
export class DeadlinesService {
  /** Starts a deadline, replacing (cancelling) a pending one of the same policy and subject. */
  async start(m: EntityManager, input: StartDeadline): Promise<Deadline> {
    await this.cancel(m, input);
    const now = new Date();
    const { policy, calendar } = await this.settings(m, input.organizationId, input.policy, input);
    const row = newDeadline(m, input.organizationId, input, policy, calendar, now);
    return m.getRepository(Deadline).save(row);
  }

  /**
   * The first deadlines of a case just inserted in this transaction: it has none to cancel,
   * the calendar (the organization's own) and the policies are read once for all of them, and
   * one INSERT writes them. A new case spent seven round trips here through start().
   */
  async startNewOfCase(m: EntityManager, organizationId: string, inputs: Omit<StartDeadline, 'organizationId'>[]) {
    if (!inputs.length) return;
    const [org]: OrganizationCalendar[] = await m.query(
      `SELECT timezone, opens_at AS "opensAt", closes_at AS "closesAt", closed_dates AS "closedDates" FROM organizations WHERE id = $1`,
      [organizationId],
    );
    const custom = await m
      .getRepository(SlaPolicy)
      .findBy({ organizationId, key: In([...new Set(inputs.map((i) => i.policy))]) });
    const calendar = calendarOf(org);
    const now = new Date();
    const rows = inputs.map((input) => {
      const row = custom.find((r) => r.key === input.policy);
      const policy = row ? policyOf(row) : defaultPolicy(input.policy);
      return newDeadline(m, organizationId, input, policy, calendar, now);
    });
    await m.getRepository(Deadline).insert(rows);
  }

  /** The awaited thing happened: no further step fires (a breached deadline stays breached). */
  async meet(m: EntityManager, subject: Subject): Promise<void> {
    await m.query(
      `UPDATE deadlines SET state = CASE WHEN state = 'pending' THEN 'met' ELSE state END, next_fire_at = NULL,
              closed_at = now(), updated_at = now()
        WHERE policy = $1 AND subject_type = $2 AND subject_id = $3 AND state IN ('pending', 'breached') AND closed_at IS NULL`,
      [subject.policy, subject.subjectType, subject.subjectId],
    );
  }

  /** The deadline no longer applies (moved, paused, withdrawn, closed). */
  async cancel(m: EntityManager, subject: Subject): Promise<void> {
    await m.query(
      `UPDATE deadlines SET state = CASE WHEN state = 'pending' THEN 'cancelled' ELSE state END, next_fire_at = NULL,
              closed_at = now(), updated_at = now()
        WHERE policy = $1 AND subject_type = $2 AND subject_id = $3 AND state IN ('pending', 'breached') AND closed_at IS NULL`,
      [subject.policy, subject.subjectType, subject.subjectId],
    );
  }

  /** Cancels every open deadline of a case (resolved, closed). */
  async cancelAllOfCase(m: EntityManager, caseId: string, policies?: PolicyKey[]): Promise<void> {
    await m.query(
      `UPDATE deadlines SET state = CASE WHEN state = 'pending' THEN 'cancelled' ELSE state END, next_fire_at = NULL,
              closed_at = now(), updated_at = now()
        WHERE case_id = $1 AND state IN ('pending', 'breached') AND closed_at IS NULL
          AND ($2::text[] IS NULL OR policy = ANY($2::text[]))`,
      [caseId, policies ?? null],
    );
  }

  /**
   * PRODUCT.md: a consultation logged on a case is its first response, answers its follow-up
   * (a new follow-up time starts the next one) and is activity (the inactivity clock restarts,
   * unless the case is paused or finished).
   */
  async consultationLogged(
    m: EntityManager,
    c: { id: string; organizationId: string; status: string },
    followUpAt?: Date,
  ): Promise<void> {
    const subject = { subjectType: 'case', subjectId: c.id };
    const base = { organizationId: c.organizationId, ...subject, caseId: c.id };
    await this.meet(m, { policy: 'first_response', ...subject });
    await this.meet(m, { policy: 'follow_up', ...subject });
    if (followUpAt) await this.start(m, { ...base, policy: 'follow_up', dueAt: followUpAt });
    if (c.status === 'open' || c.status === 'in_progress') await this.start(m, { ...base, policy: 'inactivity' });
  }

  /**
   * Recomputes the open, pending deadlines of a subject (urgency raised) or of a whole
   * policy of an organization (a supervisor changed it). Steps already fired stay fired.
   */
  async recompute(
    m: EntityManager,
    where: { organizationId: string; policy: PolicyKey; subjectId?: string },
    urgency?: (d: Deadline) => Promise<string | null>,
  ): Promise<number> {
    const qb = m
      .getRepository(Deadline)
      .createQueryBuilder('d')
      .setLock('pessimistic_write')
      .where("d.organization_id = :org AND d.policy = :policy AND d.state = 'pending' AND d.closed_at IS NULL", {
        org: where.organizationId,
        policy: where.policy,
      });
    if (where.subjectId) qb.andWhere('d.subject_id = :subjectId', { subjectId: where.subjectId });
    const rows = await qb.getMany();
    if (!rows.length) return 0;
    const now = new Date();
    for (const d of rows) {
      const { policy, calendar } = await this.settings(m, where.organizationId, where.policy, d);
      const times = deadlineTimes(policy, calendar, {
        startedAt: d.startedAt,
        urgency: urgency ? await urgency(d) : null,
        fixedDue: d.policy === 'follow_up' || d.policy === 'accompaniment' ? d.dueAt : undefined,
      });
      const draft = { policy: d.policy, startedAt: d.startedAt, ...times };
      const level = Math.max(d.level, firstLevel(draft, now));
      await m.getRepository(Deadline).update({ id: d.id }, { ...times, level, nextFireAt: nextFireAt(draft, level) });
    }
    return rows.length;
  }

  async effectivePolicy(m: EntityManager, organizationId: string, key: PolicyKey): Promise<EffectivePolicy> {
    const row = await m.getRepository(SlaPolicy).findOneBy({ organizationId, key });
    return row ? policyOf(row) : defaultPolicy(key);
  }

  /**
   * The policy is the deadline's organization's (the NGO's: its supervisors set it); the
   * calendar is the one of whoever must act, which for a referral is the embassy: it does not
   * count its own national holidays (Tết for Viet Nam's) against itself.
   */
  private async settings(
    m: EntityManager,
    organizationId: string,
    key: PolicyKey,
    subject: { subjectType: string; subjectId: string },
  ) {
    const [org]: OrganizationCalendar[] = await m.query(
      `SELECT timezone, opens_at AS "opensAt", closes_at AS "closesAt", closed_dates AS "closedDates"
         FROM organizations
        WHERE id = COALESCE((SELECT embassy_id FROM referrals WHERE $2 = 'referral' AND id = $3::uuid), $1)`,
      [organizationId, subject.subjectType, subject.subjectId],
    );
    return { policy: await this.effectivePolicy(m, organizationId, key), calendar: calendarOf(org) };
  }
}

function policyOf(row: SlaPolicy): EffectivePolicy {
  return {
    key: row.key,
    durations: row.durations,
    clock: row.clock,
    warningRatio: Number(row.warningRatio),
    custom: true,
  };
}

/** A pending deadline, its times computed on the calendar and its first step not yet past. */
function newDeadline(
  m: EntityManager,
  organizationId: string,
  input: Omit<StartDeadline, 'organizationId'>,
  policy: EffectivePolicy,
  calendar: ReturnType<typeof calendarOf>,
  now: Date,
): Deadline {
  const startedAt = input.startedAt ?? now;
  const times = deadlineTimes(policy, calendar, { startedAt, urgency: input.urgency ?? null, fixedDue: input.dueAt });
  const draft = { policy: input.policy, startedAt, ...times };
  const level = firstLevel(draft, now);
  return m.getRepository(Deadline).create({
    organizationId,
    policy: input.policy,
    subjectType: input.subjectType,
    subjectId: input.subjectId,
    caseId: input.caseId,
    startedAt,
    ...times,
    level,
    nextFireAt: nextFireAt(draft, level),
    state: 'pending',
  });
}
