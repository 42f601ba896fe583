import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { BusinessCalendar, japaneseHolidays } from './index.js';

/**
 * Checks against the reference data kept in ../shared/data (see its README): facts gathered apart
 * from this code, so the library is not tested against itself.
 */

/** The repository is /work/main and the data /work/shared/data; look upwards in case Jest runs from below. */
function sharedData(file: string): string {
  for (let dir = resolve(process.cwd()); ; dir = dirname(dir)) {
    for (const candidate of [join(dir, '..', 'shared', 'data', file), join(dir, 'shared', 'data', file)]) {
      if (existsSync(candidate)) return candidate;
    }
    if (dirname(dir) === dir) throw new Error(`Reference data ${file} not found from ${process.cwd()}`);
  }
}

/** Minimal RFC 4180 reading: quoted fields may hold commas and doubled quotes. */
function readCsv(file: string): Record<string, string>[] {
  const rows: string[][] = [];
  for (const line of readFileSync(sharedData(file), 'utf8').split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted && c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = !quoted;
      } else if (c === ',' && !quoted) {
        fields.push(field);
        field = '';
      } else {
        field += c;
      }
    }
    rows.push([...fields, field]);
  }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

describe('Japanese holidays against jp-holidays-2025-2027.csv', () => {
  const rows = readCsv('jp-holidays-2025-2027.csv');

  it.each([2025, 2026, 2027])('computes exactly the published holidays of %i', (year) => {
    const expected = rows.filter((r) => r.date.startsWith(`${year}-`));
    expect(expected.length).toBeGreaterThan(15);
    expect(japaneseHolidays(year).map(({ date, kind }) => ({ date, kind }))).toEqual(
      expected.map(({ date, kind }) => ({ date, kind })),
    );
    // Names of substitute holidays follow the published lists' convention too.
    expect(japaneseHolidays(year).map((h) => h.name)).toEqual(expected.map((r) => r.name_ja));
  });
});

describe('business deadlines against business-deadlines-examples.csv', () => {
  const calendar = new BusinessCalendar();
  const examples = readCsv('business-deadlines-examples.csv');

  it('has the examples', () => expect(examples.length).toBeGreaterThanOrEqual(8));

  it.each(examples.map((e) => [e.start, e.business_days, e.due, e.why]))(
    '%s + %s business day(s) is due %s (%s)',
    (start, days, due) => {
      const got = calendar.addBusinessDays(new Date(start), Number(days));
      expect(got.toISOString()).toBe(new Date(due).toISOString());
      expect(calendar.businessTimeBetween(new Date(start), got)).toBe(Number(days) * 9 * 3_600_000);
    },
  );
});
