import { describe, expect, it } from '@jest/globals';
import { BusinessCalendar, CalendarInputError, parseIsoDuration, plainClockAdd } from './index.js';

const H = 3_600_000;

describe('parseIsoDuration', () => {
  it.each([
    ['PT2H', { days: 0, hours: 2, minutes: 0, seconds: 0, ms: 2 * H }],
    ['P3D', { days: 3, hours: 0, minutes: 0, seconds: 0, ms: 72 * H }],
    ['PT6S', { days: 0, hours: 0, minutes: 0, seconds: 6, ms: 6000 }],
    ['P1DT2H30M', { days: 1, hours: 2, minutes: 30, seconds: 0, ms: 26.5 * H }],
    ['PT90M', { days: 0, hours: 0, minutes: 90, seconds: 0, ms: 1.5 * H }],
    ['P14D', { days: 14, hours: 0, minutes: 0, seconds: 0, ms: 14 * 24 * H }],
    ['PT0S', { days: 0, hours: 0, minutes: 0, seconds: 0, ms: 0 }],
  ])('reads %s', (text, expected) => {
    expect(parseIsoDuration(text)).toEqual(expected);
  });

  it.each([
    ['P1Y', /years, months and weeks are not supported/],
    ['P2M', /years, months and weeks are not supported/],
    ['P1W', /years, months and weeks are not supported/],
    ['P1Y2M3DT4H', /years, months and weeks are not supported/],
    ['PT1.5H', /fractions are not supported/],
    ['PT0,5H', /fractions are not supported/],
    ['-P1D', /negative durations are not supported/],
    ['P', /not a supported ISO 8601 duration/],
    ['PT', /not a supported ISO 8601 duration/],
    ['P1DT', /not a supported ISO 8601 duration/],
    ['PT2S1H', /not a supported ISO 8601 duration/],
    ['pt2h', /not a supported ISO 8601 duration/],
    [' PT2H', /not a supported ISO 8601 duration/],
    ['2h', /not a supported ISO 8601 duration/],
    ['', /not a supported ISO 8601 duration/],
    ['P3661D', /too long: at most 3660 days/],
    ['PT99999999999999999999H', /too long/],
  ])('refuses %j', (text, message) => {
    expect(() => parseIsoDuration(text)).toThrow(CalendarInputError);
    expect(() => parseIsoDuration(text)).toThrow(message);
  });

  it('refuses what is not a string', () => {
    expect(() => parseIsoDuration(7200 as unknown as string)).toThrow(CalendarInputError);
  });
});

describe('durations on each clock', () => {
  const calendar = new BusinessCalendar();

  it('counts a day as one day of opening hours and an hour as an opening hour on a business clock', () => {
    expect(calendar.businessDurationMs('P1D')).toBe(9 * H);
    expect(calendar.businessDurationMs('PT2H')).toBe(2 * H);
    expect(calendar.businessDurationMs(parseIsoDuration('P1DT2H30M'))).toBe(11.5 * H);
    expect(new BusinessCalendar({ opensAt: '10:00', closesAt: '16:30' }).businessDurationMs('P2D')).toBe(13 * H);
    // Friday 17:00 JST + PT2H: 2 opening hours, so 1 h on Friday and 1 h on Monday.
    expect(calendar.addBusinessDuration(new Date('2026-06-12T17:00:00+09:00'), 'PT2H').toISOString()).toBe(
      new Date('2026-06-15T10:00:00+09:00').toISOString(),
    );
  });

  it('runs the plain clock 24/7 for critical urgency', () => {
    const newYearsEve = new Date('2026-12-31T23:00:00+09:00');
    expect(plainClockAdd(newYearsEve, parseIsoDuration('PT2H').ms).toISOString()).toBe(
      new Date('2027-01-01T01:00:00+09:00').toISOString(),
    );
    expect(plainClockAdd(newYearsEve, parseIsoDuration('P1D').ms).getTime()).toBe(newYearsEve.getTime() + 24 * H);
    expect(() => plainClockAdd(newYearsEve, -1)).toThrow(CalendarInputError);
    expect(() => plainClockAdd(new Date('nope'), 1)).toThrow(CalendarInputError);
  });
});
