import { CalendarInputError } from './calendar-input-error.js';

/**
 * Calendar dates without a time zone ('YYYY-MM-DD'), handled as day numbers (days since
 * 1970-01-01) so that "the next day" is plain integer arithmetic, free of any zone's offsets.
 */
export const DAY_MS = 86_400_000;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function dayNumberOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** Parses 'YYYY-MM-DD' strictly: '2026-02-30' is refused rather than rolled over to March. */
export function parseLocalDate(text: string): number {
  const match = typeof text === 'string' ? LOCAL_DATE.exec(text) : null;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const n = dayNumberOf(year, month, day);
    if (formatDayNumber(n) === text) return n;
  }
  throw new CalendarInputError(`Not a calendar date of the form YYYY-MM-DD: ${JSON.stringify(text)}`);
}

export function formatDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday, as Date.prototype.getDay. 1970-01-01 was a Thursday. */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

export function partsOf(n: number): { year: number; month: number; day: number } {
  const d = new Date(n * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
