import { BusinessCalendar, parseIsoDuration, plainClockAdd } from './calendar/index.js';
import type { Deadline, PolicyKey } from './deadline.entity.js';
import { durationFor, type EffectivePolicy } from './sla-policies.js';

/** An organization's calendar settings (PRODUCT.md: weekends, holidays, year-end, hours). */
export interface OrganizationCalendar {
  timezone: string;
  opensAt: string;
  closesAt: string;
  closedDates: string[];
}

export function calendarOf(org: OrganizationCalendar): BusinessCalendar {
  return new BusinessCalendar({
    timezone: org.timezone,
    opensAt: org.opensAt,
    closesAt: org.closesAt,
    extraClosedDates: org.closedDates,
  });
}

/** Adds an ISO 8601 duration on the policy's clock; critical urgency always runs 24/7. */
export function addOnClock(
  calendar: BusinessCalendar,
  clock: 'business' | 'calendar',
  start: Date,
  iso: string,
  critical = false,
): Date {
  if (clock === 'calendar' || critical) return plainClockAdd(start, parseIsoDuration(iso).ms);
  // On the business clock a day is one day's opening hours, counted only while open.
  return calendar.addBusinessDuration(start, iso);
}

export type DeadlineTimes = Pick<Deadline, 'warnAt' | 'dueAt' | 'escalateAt'>;

/**
 * When a deadline warns, falls due and goes up to the admins. `fixedDue` is for deadlines
 * whose time is set by a person (a follow-up, an accompaniment), not computed from a policy.
 */
export function deadlineTimes(
  policy: EffectivePolicy,
  calendar: BusinessCalendar,
  input: { startedAt: Date; urgency: string | null; fixedDue?: Date },
): DeadlineTimes {
  const key: PolicyKey = policy.key;
  const critical = input.urgency === 'critical';
  if (key === 'follow_up') {
    const due = input.fixedDue!;
    return { warnAt: null, dueAt: due, escalateAt: addOnClock(calendar, policy.clock, due, durationFor(policy, null)) };
  }
  if (key === 'accompaniment') {
    const due = input.fixedDue!;
    const before = (iso: string) => new Date(due.getTime() - parseIsoDuration(iso).ms);
    return {
      warnAt: before(policy.durations.first ?? 'PT24H'),
      dueAt: due,
      escalateAt: before(policy.durations.second ?? 'PT2H'),
    };
  }
  const duration = durationFor(policy, input.urgency);
  const dueAt = addOnClock(calendar, policy.clock, input.startedAt, duration, critical);
  const warnMs = Math.round((dueAt.getTime() - input.startedAt.getTime()) * policy.warningRatio);
  const warnAt =
    policy.warningRatio > 0
      ? policy.clock === 'calendar' || critical
        ? new Date(input.startedAt.getTime() + warnMs)
        : calendar.addBusinessTime(
            input.startedAt,
            Math.round(calendar.businessTimeBetween(input.startedAt, dueAt) * policy.warningRatio),
          )
      : null;
  // Admins hear of a breach after one more period of the same length.
  const escalateAt = addOnClock(calendar, policy.clock, dueAt, duration, critical);
  return { warnAt, dueAt, escalateAt };
}
