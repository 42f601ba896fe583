import { describe, expect, it } from '@jest/globals';
import { CalendarInputError, isJapaneseHoliday, japaneseHolidayOn, japaneseHolidays } from './index.js';

/**
 * The rules beyond the reference years (2025-2027, see reference-data.spec.ts). Expected dates are
 * the Cabinet Office's published ones for past years and the holiday_jp list for later ones.
 */
const kinds = (year: number, kind: string) =>
  japaneseHolidays(year)
    .filter((h) => h.kind === kind)
    .map((h) => h.date);

describe('japaneseHolidays', () => {
  it('applies the Olympic moves of 2020 and 2021 instead of the usual days', () => {
    const days = (year: number) => japaneseHolidays(year).map((h) => `${h.date} ${h.name}`);
    expect(days(2020)).toEqual(
      expect.arrayContaining(['2020-07-23 海の日', '2020-07-24 スポーツの日', '2020-08-10 山の日']),
    );
    expect(days(2021)).toEqual(
      expect.arrayContaining(['2021-07-22 海の日', '2021-07-23 スポーツの日', '2021-08-08 山の日']),
    );
    expect(isJapaneseHoliday('2020-10-12')).toBe(false);
    expect(isJapaneseHoliday('2021-10-11')).toBe(false);
    // 山の日 moved to Sunday 8 August 2021 still earns its substitute on Monday.
    expect(kinds(2021, 'substitute')).toEqual(['2021-08-09']);
  });

  it('moves a Sunday holiday to the next day that is not itself a holiday', () => {
    // 3 May 2020 (Sunday): 4 and 5 May are holidays already, so the substitute is 6 May.
    expect(kinds(2020, 'substitute')).toEqual(['2020-02-24', '2020-05-06']);
    // Autumnal equinox on Sunday 22 September 2024.
    expect(kinds(2024, 'substitute')).toEqual(['2024-02-12', '2024-05-06', '2024-08-12', '2024-09-23', '2024-11-04']);
    // 1 January on a Sunday gives 2 January.
    expect(kinds(2034, 'substitute')).toEqual(['2034-01-02']);
  });

  it("makes a day between two holidays a citizens' holiday", () => {
    expect(kinds(2032, 'citizens')).toEqual(['2032-09-21']);
    expect(kinds(2037, 'citizens')).toEqual(['2037-09-22']);
    expect(kinds(2049, 'citizens')).toEqual(['2049-09-21']);
    expect(kinds(2028, 'citizens')).toEqual([]);
    expect(japaneseHolidayOn('2032-09-21')).toEqual({ date: '2032-09-21', kind: 'citizens', name: '国民の休日' });
  });

  it('places the equinoxes by the astronomical approximation', () => {
    const equinoxes = (year: number) =>
      japaneseHolidays(year)
        .filter((h) => h.name === '春分の日' || h.name === '秋分の日')
        .map((h) => h.date);
    expect(equinoxes(2023)).toEqual(['2023-03-21', '2023-09-23']);
    expect(equinoxes(2044)).toEqual(['2044-03-20', '2044-09-22']);
    expect(equinoxes(2048)).toEqual(['2048-03-20', '2048-09-22']);
  });

  it('gives every supported year 16 national holidays, in date order, on distinct dates', () => {
    for (let year = 2020; year <= 2099; year++) {
      const list = japaneseHolidays(year);
      expect(list.filter((h) => h.kind === 'national')).toHaveLength(16);
      const dates = list.map((h) => h.date);
      expect([...dates].sort()).toEqual(dates);
      expect(new Set(dates).size).toBe(dates.length);
      expect(dates.every((d) => d.startsWith(`${year}-`))).toBe(true);
    }
  });

  it('refuses years outside 2020-2099 rather than guessing', () => {
    expect(() => japaneseHolidays(2019)).toThrow(CalendarInputError);
    expect(() => japaneseHolidays(2100)).toThrow(/2020-2099 only/);
    expect(() => japaneseHolidays(2025.5)).toThrow(CalendarInputError);
    expect(() => isJapaneseHoliday('2019-05-01')).toThrow(CalendarInputError);
  });

  it('returns a copy that callers cannot use to corrupt the cache', () => {
    const list = japaneseHolidays(2026);
    list.pop();
    expect(japaneseHolidays(2026)).toHaveLength(list.length + 1);
    expect(Object.isFrozen(list[0])).toBe(true);
  });
});

describe('isJapaneseHoliday', () => {
  it('reads a string as a date in Japan', () => {
    expect(isJapaneseHoliday('2026-09-22')).toBe(true);
    expect(isJapaneseHoliday('2026-09-24')).toBe(false);
    expect(isJapaneseHoliday('2026-12-29')).toBe(false); // the year-end closure is not a national holiday
  });

  it("reads a Date on Japan's calendar, whatever the runtime's zone", () => {
    expect(isJapaneseHoliday(new Date('2026-01-11T15:00:00Z'))).toBe(true); // 00:00 JST on 12 January
    expect(isJapaneseHoliday(new Date('2026-01-11T14:59:59Z'))).toBe(false);
  });

  it('refuses malformed or impossible dates', () => {
    for (const bad of ['2026-02-30', '2026-1-12', '12/01/2026', '', '2026-01-12T00:00']) {
      expect(() => isJapaneseHoliday(bad)).toThrow(CalendarInputError);
    }
    expect(() => isJapaneseHoliday(new Date(NaN))).toThrow(CalendarInputError);
  });
});
