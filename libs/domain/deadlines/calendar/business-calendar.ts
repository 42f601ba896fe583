import { CalendarInputError } from './calendar-input-error.js';
import { parseIsoDuration, type IsoDuration } from './iso-duration.js';
import { isJapaneseHoliday } from './japan-holidays.js';
import { formatDayNumber, parseLocalDate, partsOf, weekdayOf } from './local-date.js';
import { checkTimeZone, instantAt, localDayAt } from './zoned-time.js';

export interface BusinessCalendarOptions {
  /** IANA zone whose wall clock the opening hours and dates are read in. */
  timezone?: string;
  /** 'HH:MM' local time; the same hours on every open day. */
  opensAt?: string;
  /** 'HH:MM' local time, later than opensAt on the same day ('24:00' = midnight at the end of it). */
  closesAt?: string;
  /** Days of the week that are closed, 0 = Sunday ... 6 = Saturday. */
  weekendDays?: readonly number[];
  /** Close on Japan's public holidays (national, substitute and citizens' holidays). */
  japaneseHolidays?: boolean;
  /** Close 29 December - 3 January, when government offices (labour offices, immigration) are shut. */
  yearEndClosure?: boolean;
  /** Further closed local dates, 'YYYY-MM-DD' (e.g. an embassy's own national holidays such as Tết). */
  extraClosedDates?: readonly string[];
}

export const DEFAULT_BUSINESS_CALENDAR: Readonly<Required<BusinessCalendarOptions>> = Object.freeze({
  timezone: 'Asia/Tokyo',
  opensAt: '09:00',
  closesAt: '18:00',
  weekendDays: Object.freeze([0, 6]),
  japaneseHolidays: true,
  yearEndClosure: true,
  extraClosedDates: Object.freeze([]),
});

/** A run of closed days this long means the options close (almost) everything: stop, don't spin. */
const MAX_CLOSED_RUN = 400;
const MAX_CACHED_DAYS = 5000;
const HH_MM = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

interface Window {
  opens: number;
  closes: number;
}

/**
 * An organization's opening days and hours, and deadlines counted in opening time: a business
 * duration runs only while open, and a clock started while closed starts at the next opening.
 *
 * Time counted is elapsed time inside the opening windows. On a day when a DST change falls inside
 * the opening hours (not the case for Japan, nor for Europe's changes at night) that day's window
 * is an hour longer or shorter than the nominal `openingMs` that a business day is worth.
 */
export class BusinessCalendar {
  readonly timezone: string;
  readonly opensAt: string;
  readonly closesAt: string;
  readonly weekendDays: readonly number[];
  readonly japaneseHolidays: boolean;
  readonly yearEndClosure: boolean;
  readonly extraClosedDates: readonly string[];
  /** Length of one day's opening hours: what one business day (P1D) is worth. */
  readonly openingMs: number;

  private readonly openMinute: number;
  private readonly closeMinute: number;
  private readonly closedDays: ReadonlySet<number>;
  private readonly windows = new Map<number, Window | null>();

  constructor(options: BusinessCalendarOptions = {}) {
    const o = { ...DEFAULT_BUSINESS_CALENDAR, ...stripUndefined(options) };
    this.timezone = checkTimeZone(o.timezone);
    this.openMinute = minuteOfDay(o.opensAt, 'opensAt');
    this.closeMinute = minuteOfDay(o.closesAt, 'closesAt');
    if (this.closeMinute <= this.openMinute) {
      throw new CalendarInputError(
        `closesAt (${o.closesAt}) must be later than opensAt (${o.opensAt}) on the same day`,
      );
    }
    if (!Array.isArray(o.weekendDays) || o.weekendDays.some((d) => !Number.isInteger(d) || d < 0 || d > 6)) {
      throw new CalendarInputError('weekendDays must list days of the week as 0 (Sunday) to 6 (Saturday)');
    }
    if (new Set(o.weekendDays).size === 7) throw new CalendarInputError('weekendDays cannot close all seven days');
    if (!Array.isArray(o.extraClosedDates)) throw new CalendarInputError('extraClosedDates must be a list of dates');
    this.closedDays = new Set(o.extraClosedDates.map((d) => parseLocalDate(d)));
    this.opensAt = o.opensAt;
    this.closesAt = o.closesAt;
    this.weekendDays = Object.freeze([...new Set(o.weekendDays)].sort((a, b) => a - b));
    this.japaneseHolidays = o.japaneseHolidays !== false;
    this.yearEndClosure = o.yearEndClosure !== false;
    this.extraClosedDates = Object.freeze([...this.closedDays].sort((a, b) => a - b).map(formatDayNumber));
    this.openingMs = (this.closeMinute - this.openMinute) * 60_000;
  }

  /** Whether the organization opens on a local date ('YYYY-MM-DD' in the calendar's zone). */
  isOpenDay(localDate: string): boolean {
    return this.isOpen(parseLocalDate(localDate));
  }

  /** The instant a duration of opening time started at `start` runs out. */
  addBusinessTime(start: Date, durationMs: number): Date {
    const t0 = instantOf(start, 'start');
    checkDurationMs(durationMs);
    let remaining = durationMs;
    let closedRun = 0;
    for (let day = localDayAt(this.timezone, t0); ; day++) {
      const w = this.window(day);
      if (!w) {
        if (++closedRun > MAX_CLOSED_RUN) throw new CalendarInputError('The calendar has no opening in over a year');
        continue;
      }
      closedRun = 0;
      const from = Math.max(t0, w.opens);
      if (from >= w.closes) continue;
      // `<=`: a duration that ends exactly at closing time is due at closing, not at the next opening.
      if (remaining <= w.closes - from) return new Date(from + remaining);
      remaining -= w.closes - from;
    }
  }

  /** `days` business days (fractions allowed), each worth one day's opening hours. */
  addBusinessDays(start: Date, days: number): Date {
    if (!Number.isFinite(days) || days < 0) {
      throw new CalendarInputError(`A number of business days must be non-negative, not ${days}`);
    }
    return this.addBusinessTime(start, Math.round(days * this.openingMs));
  }

  /** What an ISO 8601 duration is worth on this business clock: P1D = one day's opening hours, PT1H = 1 h. */
  businessDurationMs(duration: string | IsoDuration): number {
    const d = typeof duration === 'string' ? parseIsoDuration(duration) : duration;
    return d.days * this.openingMs + ((d.hours * 60 + d.minutes) * 60 + d.seconds) * 1000;
  }

  addBusinessDuration(start: Date, duration: string | IsoDuration): Date {
    return this.addBusinessTime(start, this.businessDurationMs(duration));
  }

  /** Opening time between two instants, in ms; negative when `b` is before `a`. */
  businessTimeBetween(a: Date, b: Date): number {
    const ta = instantOf(a, 'a');
    const tb = instantOf(b, 'b');
    if (tb < ta) return -this.businessTimeBetween(b, a);
    let total = 0;
    const last = localDayAt(this.timezone, tb);
    for (let day = localDayAt(this.timezone, ta); day <= last; day++) {
      const w = this.window(day);
      if (w) total += Math.max(0, Math.min(tb, w.closes) - Math.max(ta, w.opens));
    }
    return total;
  }

  private isOpen(day: number): boolean {
    if (this.weekendDays.includes(weekdayOf(day)) || this.closedDays.has(day)) return false;
    const { month, day: dom } = partsOf(day);
    if (this.yearEndClosure && ((month === 12 && dom >= 29) || (month === 1 && dom <= 3))) return false;
    return !(this.japaneseHolidays && isJapaneseHoliday(formatDayNumber(day)));
  }

  /** The opening window of a local day as instants, or null when closed (memoized: zone math is slow). */
  private window(day: number): Window | null {
    let w = this.windows.get(day);
    if (w === undefined) {
      w = null;
      if (this.isOpen(day)) {
        const opens = instantAt(this.timezone, day, this.openMinute);
        const closes = instantAt(this.timezone, day, this.closeMinute);
        // Opening hours swallowed by a DST gap leave nothing to count that day.
        if (closes > opens) w = { opens, closes };
      }
      if (this.windows.size >= MAX_CACHED_DAYS) this.windows.clear();
      this.windows.set(day, w);
    }
    return w;
  }
}

function stripUndefined(options: BusinessCalendarOptions): BusinessCalendarOptions {
  return Object.fromEntries(Object.entries(options ?? {}).filter(([, v]) => v !== undefined));
}

function minuteOfDay(text: string, field: string): number {
  const m = typeof text === 'string' ? HH_MM.exec(text) : null;
  if (!m) throw new CalendarInputError(`${field} must be a local time HH:MM, not ${JSON.stringify(text)}`);
  return m[1] === undefined ? 1440 : Number(m[1]) * 60 + Number(m[2]);
}

function instantOf(date: Date, name: string): number {
  const t = date instanceof Date ? date.getTime() : NaN;
  if (!Number.isFinite(t)) throw new CalendarInputError(`${name} must be a valid Date`);
  return t;
}

function checkDurationMs(ms: number): void {
  if (!Number.isSafeInteger(ms) || ms < 0) {
    throw new CalendarInputError(`A duration must be a whole, non-negative number of ms, not ${ms}`);
  }
}
