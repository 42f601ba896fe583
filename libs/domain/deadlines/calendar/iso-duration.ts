import { CalendarInputError } from './calendar-input-error.js';

/**
 * SLA durations as ISO 8601 durations restricted to days, hours, minutes and seconds in whole
 * numbers. Years, months and weeks are refused: their length is ambiguous on a business clock (is a
 * business week 5 days or 7?) and a month varies. How long a parsed duration lasts depends on the
 * clock it runs on:
 * - plain clock (`critical` urgency): `ms` below, a day being 24 hours of elapsed time;
 * - business clock: a day is one day's opening hours and an hour an opening hour, see
 *   BusinessCalendar.businessDurationMs.
 */
export interface IsoDuration {
  /** Length on the plain clock: days × 24 h + hours + minutes + seconds, in ms. */
  readonly ms: number;
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

const HOUR_MS = 3_600_000;
const DURATION = /^P(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
/** Longer than this is surely a typo, and would make a business clock walk the calendar for ages. */
const MAX_DAYS = 3660;

export function parseIsoDuration(text: string): IsoDuration {
  if (typeof text !== 'string') throw new CalendarInputError('A duration must be an ISO 8601 string such as PT2H');
  const match = DURATION.exec(text);
  if (!match || text === 'P') {
    throw new CalendarInputError(`${JSON.stringify(text)} is not a supported ISO 8601 duration: ${whyRefused(text)}`);
  }
  const [days, hours, minutes, seconds] = match.slice(1).map((v) => (v === undefined ? 0 : Number(v)));
  const ms = ((days * 24 + hours) * 60 + minutes) * 60_000 + seconds * 1000;
  if (!Number.isSafeInteger(ms) || ms > MAX_DAYS * 24 * HOUR_MS) {
    throw new CalendarInputError(`${JSON.stringify(text)} is too long: at most ${MAX_DAYS} days`);
  }
  return Object.freeze({ ms, days, hours, minutes, seconds });
}

function whyRefused(text: string): string {
  const datePart = text.split('T')[0];
  if (/^P.*[YMW]/.test(datePart)) {
    return 'years, months and weeks are not supported (their length varies); use days, e.g. P3D';
  }
  if (/[.,]/.test(text)) return 'fractions are not supported; use a smaller unit, e.g. PT90M';
  if (text.startsWith('-')) return 'negative durations are not supported';
  return 'expected days, hours, minutes and seconds in whole numbers, e.g. P3D, PT2H, PT6S or P1DT2H30M';
}

/** The due time on the plain clock (24/7, used for `critical` urgency): elapsed time, whatever the day. */
export function plainClockAdd(start: Date, durationMs: number): Date {
  const t = start instanceof Date ? start.getTime() : NaN;
  if (!Number.isFinite(t)) throw new CalendarInputError('The start of a deadline must be a valid Date');
  if (!Number.isSafeInteger(durationMs) || durationMs < 0) {
    throw new CalendarInputError(`A duration must be a whole, non-negative number of ms, not ${durationMs}`);
  }
  return new Date(t + durationMs);
}
