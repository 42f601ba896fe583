import { CalendarInputError } from './calendar-input-error.js';
import { DAY_MS, dayNumberOf, formatDayNumber, parseLocalDate, partsOf, weekdayOf } from './local-date.js';

/**
 * Japan's public holidays under the Act on National Holidays (国民の祝日に関する法律, Act No. 178 of
 * 1948) as amended up to the 2018 amendment in force from 2020 (天皇誕生日 on 23 February,
 * 体育の日 renamed スポーツの日), plus the one-off moves of the Tokyo Olympics special measures act
 * for 2020 and 2021.
 *
 * Supported years: 2020-2099. Before 2020 the rules differ (天皇誕生日 on 23 December until 2018,
 * the one-off holidays of the 2019 accession); after 2099 the equinox formula below no longer holds.
 * A future amendment or a one-off holiday (as in 2019-2021) needs a code change here.
 */
export type JapaneseHolidayKind = 'national' | 'substitute' | 'citizens';

export interface JapaneseHoliday {
  /** 'YYYY-MM-DD', a date in Japan. */
  readonly date: string;
  readonly kind: JapaneseHolidayKind;
  readonly name: string;
}

export const JAPANESE_HOLIDAY_YEARS = Object.freeze({ from: 2020, to: 2099 });

const SUBSTITUTE_SUFFIX = '（振替休日）';
const CITIZENS_NAME = '国民の休日';

/** Day of the month of the n-th Monday: the "Happy Monday" holidays (in force since 2000/2003). */
function nthMonday(year: number, month: number, n: number): number {
  const firstWeekday = weekdayOf(dayNumberOf(year, month, 1));
  return 1 + ((8 - firstWeekday) % 7) + 7 * (n - 1);
}

/**
 * The equinox days are not fixed by the Act: it names 春分日 and 秋分日, and the Cabinet Office
 * publishes them each February for the following year from the National Astronomical Observatory's
 * ephemeris. This is the usual approximation of that ephemeris, in agreement with it for 1980-2099.
 */
function equinoxDay(year: number, base: number): number {
  const t = year - 1980;
  return Math.floor(base + 0.242194 * t) - Math.floor(t / 4);
}

/** The days the Act itself names ("国民の祝日"), before substitute and citizens' holidays. */
function nationalDays(year: number): Array<[month: number, day: number, name: string]> {
  // 2020 and 2021 moved 海の日, スポーツの日 and 山の日 around the Games (東京オリンピック・
  // パラリンピック特別措置法, as amended in 2018 and 2020); the moved days replace the usual ones.
  const games: Record<number, { marine: number[]; sports: number[]; mountain: number[] }> = {
    2020: { marine: [7, 23], sports: [7, 24], mountain: [8, 10] },
    2021: { marine: [7, 22], sports: [7, 23], mountain: [8, 8] },
  };
  const moved = games[year];
  const days: Array<[number, number, string]> = [
    [1, 1, '元日'],
    [1, nthMonday(year, 1, 2), '成人の日'],
    [2, 11, '建国記念の日'],
    [2, 23, '天皇誕生日'],
    [3, equinoxDay(year, 20.8431), '春分の日'],
    [4, 29, '昭和の日'],
    [5, 3, '憲法記念日'],
    [5, 4, 'みどりの日'],
    [5, 5, 'こどもの日'],
    moved ? [moved.marine[0], moved.marine[1], '海の日'] : [7, nthMonday(year, 7, 3), '海の日'],
    moved ? [moved.mountain[0], moved.mountain[1], '山の日'] : [8, 11, '山の日'],
    [9, nthMonday(year, 9, 3), '敬老の日'],
    [9, equinoxDay(year, 23.2488), '秋分の日'],
    moved ? [moved.sports[0], moved.sports[1], 'スポーツの日'] : [10, nthMonday(year, 10, 2), 'スポーツの日'],
    [11, 3, '文化の日'],
    [11, 23, '勤労感謝の日'],
  ];
  return days;
}

function computeYear(year: number): readonly JapaneseHoliday[] {
  const national = new Map<number, string>();
  for (const [month, day, name] of nationalDays(year)) national.set(dayNumberOf(year, month, day), name);
  const days = new Map<number, { kind: JapaneseHolidayKind; name: string }>();
  for (const [n, name] of national) days.set(n, { kind: 'national', name });

  // Art. 3(2): a national holiday on a Sunday makes the nearest following day that is not itself a
  // national holiday a holiday (so 3 May on a Sunday moves to 6 May, past 4 and 5 May). The
  // substitute has no legal name; it is named after the holiday just before it, as the published
  // lists do (hence こどもの日（振替休日） even when it was 憲法記念日 that fell on the Sunday).
  for (const n of [...national.keys()].sort((a, b) => a - b)) {
    if (weekdayOf(n) !== 0) continue;
    let s = n + 1;
    while (national.has(s)) s++;
    if (!days.has(s)) days.set(s, { kind: 'substitute', name: `${national.get(s - 1)}${SUBSTITUTE_SUFFIX}` });
  }

  // Art. 3(3): a day whose previous and next days are both national holidays, and which is not one
  // itself, is a holiday. Under the current dates this only happens to the Tuesday between 敬老の日
  // and 秋分の日 in some Septembers; a day already off as a substitute keeps that kind.
  for (const n of national.keys()) {
    const between = n + 1;
    if (national.has(between + 1) && !days.has(between)) days.set(between, { kind: 'citizens', name: CITIZENS_NAME });
  }

  return Object.freeze(
    [...days.entries()]
      .sort(([a], [b]) => a - b)
      .map(([n, { kind, name }]) => Object.freeze({ date: formatDayNumber(n), kind, name })),
  );
}

const byYear = new Map<number, readonly JapaneseHoliday[]>();
const byDate = new Map<string, JapaneseHoliday>();

function holidaysOf(year: number): readonly JapaneseHoliday[] {
  if (!Number.isInteger(year) || year < JAPANESE_HOLIDAY_YEARS.from || year > JAPANESE_HOLIDAY_YEARS.to) {
    throw new CalendarInputError(
      `Japanese holidays are computed for ${JAPANESE_HOLIDAY_YEARS.from}-${JAPANESE_HOLIDAY_YEARS.to} only, not for ${year}`,
    );
  }
  let list = byYear.get(year);
  if (!list) {
    list = computeYear(year);
    byYear.set(year, list);
    for (const h of list) byDate.set(h.date, h);
  }
  return list;
}

/** All public holidays of a year in Japan, in date order. */
export function japaneseHolidays(year: number): JapaneseHoliday[] {
  return [...holidaysOf(year)];
}

/** The holiday on a date in Japan, if any. */
export function japaneseHolidayOn(date: string | Date): JapaneseHoliday | undefined {
  const n = typeof date === 'string' ? parseLocalDate(date) : japanDayNumber(date);
  holidaysOf(partsOf(n).year);
  return byDate.get(formatDayNumber(n));
}

/**
 * Whether a date is a public holiday in Japan. A string is a date in Japan ('YYYY-MM-DD'); a Date
 * is an instant, taken on Japan's calendar.
 */
export function isJapaneseHoliday(date: string | Date): boolean {
  return japaneseHolidayOn(date) !== undefined;
}

// Japan has kept UTC+9 all year since 1952 (no DST), so a fixed offset is exact here.
function japanDayNumber(instant: Date): number {
  const t = instant.getTime();
  if (!Number.isFinite(t)) throw new CalendarInputError('Invalid Date');
  return Math.floor((t + 9 * 3_600_000) / DAY_MS);
}
