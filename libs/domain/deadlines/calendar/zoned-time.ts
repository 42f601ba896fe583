import { CalendarInputError } from './calendar-input-error.js';
import { DAY_MS } from './local-date.js';

/**
 * Wall-clock time in an IANA zone, through Intl only (no tz library). The zone's offset is read
 * back from Intl's formatting of an instant, so DST and historical changes come from the runtime's
 * own time zone data.
 */
const MINUTE_MS = 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // hourCycle h23: with hour12: false some ICU versions print midnight as "24".
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The canonical name of an IANA zone; a clear error for anything Intl does not know. */
export function checkTimeZone(timeZone: string): string {
  try {
    if (typeof timeZone !== 'string' || timeZone === '') throw new RangeError();
    return formatter(timeZone).resolvedOptions().timeZone;
  } catch {
    throw new CalendarInputError(`Unknown IANA time zone: ${JSON.stringify(timeZone)}`);
  }
}

/** The zone's offset from UTC at an instant, in ms (local wall time minus UTC). */
export function offsetAt(timeZone: string, instant: number): number {
  const seconds = Math.floor(instant / 1000) * 1000;
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(seconds)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wall - seconds;
}

/** The local calendar day (a day number, see local-date.ts) that an instant falls on in the zone. */
export function localDayAt(timeZone: string, instant: number): number {
  return Math.floor((instant + offsetAt(timeZone, instant)) / DAY_MS);
}

/**
 * The instant at which the zone's clocks show `minuteOfDay` on local day `day` (1440 = the end of
 * the day, i.e. the next day's midnight). Resolved like Temporal's 'compatible' disambiguation: a
 * wall time that occurs twice (clocks going back) is its first occurrence; one that never occurs
 * (clocks going forward) is moved forward by the length of the gap, so 02:30 on the morning Berlin
 * goes from 02:00 to 03:00 is 03:30 summer time.
 */
export function instantAt(timeZone: string, day: number, minuteOfDay: number): number {
  const wall = day * DAY_MS + minuteOfDay * MINUTE_MS;
  // Offsets a day either side bracket any one transition near this wall time.
  const before = offsetAt(timeZone, wall - DAY_MS);
  const after = offsetAt(timeZone, wall + DAY_MS);
  const valid = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((t) => t + offsetAt(timeZone, t) === wall);
  if (valid.length > 0) return Math.min(...valid);
  return wall - before;
}
