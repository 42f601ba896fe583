import type { NotificationKind } from '../notifications/notifications.service.js';
import type { Deadline, DeadlineState, PolicyKey } from './deadline.entity.js';

/** Who hears of a step; resolved to users when the step fires, so the list is current. */
export type Audience =
  'owner' | 'supervisors' | 'admins' | 'lawyer' | 'requester' | 'referrer' | 'embassy_officers' | 'escort';

export interface Step {
  at: Date;
  notice: NotificationKind;
  to: Audience[];
  /** The state the deadline takes once this step has fired. */
  state: DeadlineState;
}

type Times = Pick<Deadline, 'policy' | 'startedAt' | 'warnAt' | 'dueAt' | 'escalateAt'>;

/**
 * The escalation chain of PRODUCT.md, per policy: a warning to the assignee, the breach to
 * the supervisors, then the admins. A deadline's `level` counts the steps already fired.
 */
export function stepsOf(d: Times): Step[] {
  const steps = chain(d.policy, d);
  return steps.filter((s): s is Step => s !== null);
}

function chain(policy: PolicyKey, d: Times): (Step | null)[] {
  const warn = (to: Audience[]): Step | null =>
    d.warnAt ? { at: d.warnAt, notice: 'sla.warning', to, state: 'pending' } : null;
  const breach = (to: Audience[]): Step => ({ at: d.dueAt, notice: 'sla.breach', to, state: 'breached' });
  const escalate = (): Step | null =>
    d.escalateAt ? { at: d.escalateAt, notice: 'escalation', to: ['admins'], state: 'breached' } : null;
  switch (policy) {
    case 'first_response':
      return [warn(['owner']), breach(['owner', 'supervisors']), escalate()];
    case 'follow_up':
      // The reminder itself is due at the time set; the breach waits a business day more.
      return [
        { at: d.dueAt, notice: 'reminder.follow_up', to: ['owner'], state: 'pending' },
        d.escalateAt ? { at: d.escalateAt, notice: 'sla.breach', to: ['supervisors'], state: 'breached' } : null,
      ];
    case 'lawyer_acceptance':
      return [warn(['lawyer']), breach(['requester', 'supervisors']), escalate()];
    case 'referral_acknowledgement':
      return [warn(['embassy_officers']), breach(['referrer', 'supervisors', 'embassy_officers']), escalate()];
    case 'inactivity':
      return [warn(['owner']), breach(['supervisors']), escalate()];
    case 'accompaniment':
      return [
        d.warnAt ? { at: d.warnAt, notice: 'reminder.accompaniment', to: ['escort'], state: 'pending' } : null,
        d.escalateAt ? { at: d.escalateAt, notice: 'reminder.accompaniment', to: ['escort'], state: 'pending' } : null,
      ];
  }
}

/** Skips steps already past when the deadline starts (an accompaniment booked an hour ahead). */
export function firstLevel(d: Times, now: Date): number {
  const steps = stepsOf(d);
  const index = steps.findIndex((s) => s.at.getTime() >= now.getTime() - 1000 || s.state === 'breached');
  return index === -1 ? steps.length : index;
}

export function nextFireAt(d: Times, level: number): Date | null {
  return stepsOf(d)[level]?.at ?? null;
}
