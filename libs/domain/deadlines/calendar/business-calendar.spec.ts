import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { BusinessCalendar, CalendarInputError } from './index.js';

const H = 3_600_000;
const at = (iso: string) => new Date(iso);
const iso = (d: Date) => d.toISOString();

describe('BusinessCalendar (defaults: Tokyo, 09:00-18:00, weekends, holidays, year-end closure)', () => {
  const calendar = new BusinessCalendar();

  it('is due on Tuesday 17:00 for 1 business day started Friday 17:00 before a Monday holiday', () => {
    // Monday 20 July 2026 is 海の日, Monday 12 October 2026 スポーツの日.
    expect(iso(calendar.addBusinessDays(at('2026-07-17T17:00:00+09:00'), 1))).toBe(
      iso(at('2026-07-21T17:00:00+09:00')),
    );
    expect(iso(calendar.addBusinessDays(at('2026-10-09T17:00:00+09:00'), 1))).toBe(
      iso(at('2026-10-13T17:00:00+09:00')),
    );
  });

  it.each([
    ['before opening', '2026-06-10T07:30:00+09:00', '2026-06-10T18:00:00+09:00', '2026-06-10T11:00:00+09:00'],
    ['after closing', '2026-06-10T19:00:00+09:00', '2026-06-11T18:00:00+09:00', '2026-06-11T11:00:00+09:00'],
    ['at closing time', '2026-06-10T18:00:00+09:00', '2026-06-11T18:00:00+09:00', '2026-06-11T11:00:00+09:00'],
    ['on a Sunday', '2026-06-14T10:00:00+09:00', '2026-06-15T18:00:00+09:00', '2026-06-15T11:00:00+09:00'],
    ['on a Saturday night', '2026-06-13T23:59:59+09:00', '2026-06-15T18:00:00+09:00', '2026-06-15T11:00:00+09:00'],
    ['in the year-end closure', '2026-12-30T10:00:00+09:00', '2027-01-04T18:00:00+09:00', '2027-01-04T11:00:00+09:00'],
  ])('starts the clock at the next opening when started %s', (_, start, dueOneDay, dueTwoHours) => {
    expect(iso(calendar.addBusinessDays(at(start), 1))).toBe(iso(at(dueOneDay)));
    expect(iso(calendar.addBusinessDuration(at(start), 'PT2H'))).toBe(iso(at(dueTwoHours)));
    expect(iso(calendar.addBusinessTime(at(start), 0))).toBe(iso(at(dueTwoHours.replace('T11:', 'T09:'))));
  });

  it('counts inside opening hours from the start minute', () => {
    expect(iso(calendar.addBusinessTime(at('2026-06-10T10:15:00+09:00'), 30 * 60_000))).toBe(
      iso(at('2026-06-10T10:45:00+09:00')),
    );
    expect(iso(calendar.addBusinessDays(at('2026-06-10T10:15:00+09:00'), 0.5))).toBe(
      iso(at('2026-06-10T14:45:00+09:00')),
    );
  });

  it('tells open days from closed ones', () => {
    expect(calendar.isOpenDay('2026-06-10')).toBe(true);
    expect(calendar.isOpenDay('2026-06-13')).toBe(false); // Saturday
    expect(calendar.isOpenDay('2026-09-22')).toBe(false); // citizens' holiday
    expect(calendar.isOpenDay('2026-05-06')).toBe(false); // substitute holiday
    for (const d of ['2025-12-29', '2025-12-31', '2026-01-02', '2026-01-03']) expect(calendar.isOpenDay(d)).toBe(false);
    expect(calendar.isOpenDay('2026-12-28')).toBe(true);
    expect(calendar.isOpenDay('2027-01-04')).toBe(true);
  });

  it('measures opening time between two instants, negative when reversed', () => {
    const friday = at('2026-07-17T17:00:00+09:00');
    const tuesday = at('2026-07-21T17:00:00+09:00');
    expect(calendar.businessTimeBetween(friday, tuesday)).toBe(9 * H);
    expect(calendar.businessTimeBetween(tuesday, friday)).toBe(-9 * H);
    expect(calendar.businessTimeBetween(at('2026-07-18T10:00:00+09:00'), at('2026-07-20T23:00:00+09:00'))).toBe(0);
  });
});

describe('BusinessCalendar options', () => {
  it("closes an organization's extra dates, such as an embassy's Tết", () => {
    const tet = ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'];
    const embassy = new BusinessCalendar({ extraClosedDates: tet });
    expect(embassy.isOpenDay('2026-02-17')).toBe(false);
    expect(new BusinessCalendar().isOpenDay('2026-02-17')).toBe(true);
    // 1 h on Friday 13th, Tết, the weekend, Monday 23rd (天皇誕生日), 8 h on Tuesday 24th.
    const start = at('2026-02-13T17:00:00+09:00');
    expect(iso(embassy.addBusinessDays(start, 1))).toBe(iso(at('2026-02-24T17:00:00+09:00')));
    expect(iso(new BusinessCalendar().addBusinessDays(start, 1))).toBe(iso(at('2026-02-16T17:00:00+09:00')));
  });

  it('can leave out holidays and the year-end closure, and move the weekend and hours', () => {
    const c = new BusinessCalendar({ japaneseHolidays: false, yearEndClosure: false, weekendDays: [5, 6] });
    expect(c.isOpenDay('2026-07-20')).toBe(true); // 海の日
    expect(c.isOpenDay('2026-12-29')).toBe(true);
    expect(c.isOpenDay('2026-06-14')).toBe(true); // Sunday
    expect(c.isOpenDay('2026-06-12')).toBe(false); // Friday
    const short = new BusinessCalendar({ opensAt: '10:00', closesAt: '16:00' });
    expect(short.openingMs).toBe(6 * H);
    expect(iso(short.addBusinessDays(at('2026-06-10T15:00:00+09:00'), 1))).toBe(iso(at('2026-06-11T15:00:00+09:00')));
  });

  it.each([
    [{ timezone: 'Asia/Tokio' }, /Unknown IANA time zone/],
    [{ opensAt: '9:00' }, /opensAt must be a local time HH:MM/],
    [{ opensAt: '18:00', closesAt: '09:00' }, /must be later than opensAt/],
    [{ weekendDays: [0, 1, 2, 3, 4, 5, 6] }, /cannot close all seven days/],
    [{ weekendDays: [7] }, /weekendDays must list/],
    [{ extraClosedDates: ['2026-02-30'] }, /YYYY-MM-DD/],
  ])('refuses bad options %j', (options, message) => {
    expect(() => new BusinessCalendar(options)).toThrow(CalendarInputError);
    expect(() => new BusinessCalendar(options)).toThrow(message);
  });

  it('refuses bad arguments', () => {
    const c = new BusinessCalendar();
    expect(() => c.addBusinessTime(new Date(NaN), 1)).toThrow(CalendarInputError);
    expect(() => c.addBusinessTime(new Date(), -1)).toThrow(CalendarInputError);
    expect(() => c.addBusinessTime(new Date(), 1.5)).toThrow(CalendarInputError);
    expect(() => c.addBusinessDays(new Date(), Number.NaN)).toThrow(CalendarInputError);
    expect(() => c.isOpenDay('tomorrow')).toThrow(CalendarInputError);
  });
});

describe('BusinessCalendar in zones with DST', () => {
  const berlin = { timezone: 'Europe/Berlin', japaneseHolidays: false, yearEndClosure: false };

  it('opens at 09:00 local time on both sides of the March change', () => {
    const c = new BusinessCalendar(berlin);
    // Clocks go from 02:00 to 03:00 on Sunday 29 March 2026: CET (+01:00) before, CEST (+02:00) after.
    expect(iso(c.addBusinessDays(at('2026-03-27T17:00:00+01:00'), 1))).toBe(iso(at('2026-03-30T17:00:00+02:00')));
    expect(iso(c.addBusinessTime(at('2026-03-28T12:00:00+01:00'), 0))).toBe('2026-03-30T07:00:00.000Z');
    const everyDay = new BusinessCalendar({ ...berlin, weekendDays: [] });
    expect(iso(everyDay.addBusinessDays(at('2026-03-28T17:00:00+01:00'), 1))).toBe('2026-03-29T15:00:00.000Z');
  });

  it('counts the real length of the short and the long day on a round-the-clock calendar', () => {
    const c = new BusinessCalendar({ ...berlin, weekendDays: [], opensAt: '00:00', closesAt: '24:00' });
    expect(c.businessTimeBetween(at('2026-03-29T00:00:00+01:00'), at('2026-03-30T00:00:00+02:00'))).toBe(23 * H);
    expect(c.businessTimeBetween(at('2026-10-25T00:00:00+02:00'), at('2026-10-26T00:00:00+01:00'))).toBe(25 * H);
  });

  it('opens at the first occurrence of an opening time that the clocks go through twice', () => {
    // Clocks go from 03:00 back to 02:00 on Sunday 25 October 2026, so 02:30 happens at +02:00, then at +01:00.
    const c = new BusinessCalendar({ ...berlin, weekendDays: [], opensAt: '02:30', closesAt: '12:00' });
    expect(iso(c.addBusinessTime(at('2026-10-25T00:00:00+02:00'), 0))).toBe(iso(at('2026-10-25T02:30:00+02:00')));
    expect(c.businessTimeBetween(at('2026-10-25T00:00:00+02:00'), at('2026-10-26T00:00:00+01:00'))).toBe(10.5 * H);
  });

  it('moves an opening time that the clocks skip to the same time after the gap', () => {
    const c = new BusinessCalendar({ ...berlin, weekendDays: [], opensAt: '02:30', closesAt: '12:00' });
    expect(iso(c.addBusinessTime(at('2026-03-29T00:00:00+01:00'), 0))).toBe(iso(at('2026-03-29T03:30:00+02:00')));
    expect(iso(c.addBusinessTime(at('2026-03-30T00:00:00+02:00'), 0))).toBe(iso(at('2026-03-30T02:30:00+02:00')));
  });

  it('works west of Greenwich as well (New York, change on 8 March 2026)', () => {
    const c = new BusinessCalendar({ timezone: 'America/New_York', japaneseHolidays: false, yearEndClosure: false });
    expect(iso(c.addBusinessDays(at('2026-03-06T17:00:00-05:00'), 1))).toBe(iso(at('2026-03-09T17:00:00-04:00')));
  });
});

describe('BusinessCalendar properties', () => {
  const calendars = [
    new BusinessCalendar(),
    new BusinessCalendar({ timezone: 'Europe/Berlin', japaneseHolidays: false, extraClosedDates: ['2030-03-29'] }),
  ];
  const start = fc.date({
    min: new Date('2022-01-01T00:00:00Z'),
    max: new Date('2098-12-01T00:00:00Z'),
    noInvalidDate: true,
  });
  const duration = fc.integer({ min: 0, max: 30 * 9 * H });

  it.each(calendars.map((c) => [c.timezone, c] as const))('%s: monotonic in the duration', (_, c) => {
    fc.assert(
      fc.property(start, duration, duration, (s, d1, d2) => {
        const [lo, hi] = d1 <= d2 ? [d1, d2] : [d2, d1];
        expect(c.addBusinessTime(s, lo).getTime()).toBeLessThanOrEqual(c.addBusinessTime(s, hi).getTime());
      }),
      { numRuns: 300 },
    );
  });

  it.each(calendars.map((c) => [c.timezone, c] as const))('%s: businessTimeBetween undoes addBusinessTime', (_, c) => {
    fc.assert(
      fc.property(start, duration, (s, d) => {
        const due = c.addBusinessTime(s, d);
        expect(c.businessTimeBetween(s, due)).toBe(d);
        expect(due.getTime()).toBeGreaterThanOrEqual(s.getTime() + d);
      }),
      { numRuns: 300 },
    );
  });

  it.each(calendars.map((c) => [c.timezone, c] as const))(
    '%s: a clock stopped and restarted ends at the same time',
    (_, c) => {
      fc.assert(
        fc.property(start, duration, fc.integer({ min: 1, max: 10 * 9 * H }), (s, d1, d2) => {
          const resumed = c.addBusinessTime(c.addBusinessTime(s, d1), d2);
          expect(resumed.getTime()).toBe(c.addBusinessTime(s, d1 + d2).getTime());
        }),
        { numRuns: 200 },
      );
    },
  );
});
