import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { loadConfig } from '#config';
import { dropDatabase, migrate } from '#database';
import { DEMO_LOGINS, DEMO_PASSWORD } from '#domain/demo';
import { seedDemo } from '../scripts/demo-seed.js';

/**
 * The demo desk of `npm run demo`, seeded into a database of its own (the demo's admin and
 * its hundreds of cases must not join the other tests' data): what a newcomer sees, and that
 * a second run adds nothing.
 */
describe('the demo data', () => {
  const databaseUrl = `${process.env.DATABASE_URL}_demo`;
  const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl, DEMO: 'true' });
  let db: pg.Client;

  const count = async (sql: string): Promise<number> => (await db.query(sql)).rows[0].n;
  const totals = async () => ({
    organizations: await count('SELECT count(*)::int AS n FROM organizations'),
    users: await count('SELECT count(*)::int AS n FROM users'),
    workers: await count('SELECT count(*)::int AS n FROM workers'),
    cases: await count('SELECT count(*)::int AS n FROM cases'),
    consultations: await count('SELECT count(*)::int AS n FROM consultations'),
    referrals: await count('SELECT count(*)::int AS n FROM referrals'),
  });

  beforeAll(async () => {
    await migrate(databaseUrl);
    db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await dropDatabase(databaseUrl);
  });

  it('seeds a realistic desk once, and a second run adds nothing', async () => {
    const first = await seedDemo(config);
    expect(first.seeded).toBe(true);
    expect(first.counts.workers).toBeGreaterThanOrEqual(300);
    expect(first.counts.cases).toBeGreaterThanOrEqual(300);

    const kinds = await db.query(`SELECT kind, count(*)::int AS n FROM organizations GROUP BY kind ORDER BY kind`);
    expect(Object.fromEntries(kinds.rows.map((r) => [r.kind, r.n]))).toEqual({ embassy: 6, law_office: 1, ngo: 2 });
    const countries = await db.query(`SELECT country FROM organizations WHERE kind = 'embassy' ORDER BY country`);
    expect(countries.rows.map((r) => r.country)).toEqual(['BD', 'ID', 'MM', 'NP', 'PH', 'VN']);
    const roles = await db.query(`SELECT DISTINCT role FROM users ORDER BY role`);
    expect(roles.rows.map((r) => r.role)).toEqual(['admin', 'desk_staff', 'embassy_officer', 'lawyer', 'supervisor']);

    // Spread across nationalities, prefectures, categories, statuses and languages.
    expect(await count('SELECT count(DISTINCT nationality)::int AS n FROM workers')).toBeGreaterThanOrEqual(8);
    expect(await count('SELECT count(DISTINCT prefecture)::int AS n FROM workers')).toBeGreaterThanOrEqual(10);
    expect(await count('SELECT count(DISTINCT c) ::int AS n FROM cases, unnest(categories) c')).toBeGreaterThanOrEqual(
      12,
    );
    const statuses = await db.query(`SELECT DISTINCT status FROM cases ORDER BY status`);
    expect(statuses.rows.map((r) => r.status)).toEqual(['closed', 'in_progress', 'open', 'resolved', 'waiting']);
    expect(await count('SELECT count(DISTINCT language)::int AS n FROM consultations')).toBeGreaterThanOrEqual(6);
    expect(await count(`SELECT count(*)::int AS n FROM consultations WHERE case_id IS NULL`)).toBeGreaterThan(0);
    expect(await count(`SELECT count(*)::int AS n FROM cases WHERE status = 'resolved' AND outcome IS NULL`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM legal_assignments`)).toBeGreaterThan(0);
    expect(await count(`SELECT count(*)::int AS n FROM accompaniments`)).toBeGreaterThan(0);
    // Every referral stands on an active consent for its very embassy, as the API insists.
    expect(
      await count(`SELECT count(*)::int AS n FROM referrals r JOIN consents c ON c.id = r.consent_id
                    WHERE c.recipient_organization_id <> r.embassy_id OR c.withdrawn_at IS NOT NULL`),
    ).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM referrals`)).toBeGreaterThan(5);
    // Written through the services: audited like real work.
    expect(await count(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'case.create'`)).toBe(
      first.counts.cases,
    );

    const before = await totals();
    const second = await seedDemo(config);
    expect(second.seeded).toBe(false);
    expect(await totals()).toEqual(before);
  }, 300_000);

  it('prints logins that work, one of each role', async () => {
    expect(DEMO_LOGINS.map((l) => l.role).sort()).toEqual([
      'admin',
      'desk_staff',
      'embassy_officer',
      'lawyer',
      'supervisor',
    ]);
    const argon2 = await import('argon2');
    for (const login of DEMO_LOGINS) {
      const { rows } = await db.query('SELECT password_hash, role, active FROM users WHERE email = $1', [login.email]);
      expect(rows[0]).toMatchObject({ role: login.role, active: true });
      expect(await argon2.verify(rows[0].password_hash, DEMO_PASSWORD)).toBe(true);
    }
  });
});
