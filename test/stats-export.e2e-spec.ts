import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { openCase, registerWorker } from './factories/cases.factory.js';
import { logConsultation } from './factories/desk.factory.js';
import { createOrganization, createUser, signIn, type SignedIn } from './factories/identity.factory.js';
import { startApi } from './support/test-app.js';

/** RFC 4180, as a spreadsheet reads it: quoted cells may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

const HEADER = [
  'reference',
  'title',
  'status',
  'urgency',
  'sensitivity',
  'categories',
  'owner',
  'nationality',
  'prefecture',
  'created_at',
  'updated_at',
  'closed_at',
  'next_follow_up_at',
  'outcome_result',
  'remedies',
  'amount_recovered_jpy',
];

const zeros = (keys: string[]) => Object.fromEntries(keys.map((k) => [k, 0]));
const STATUSES = zeros(['open', 'in_progress', 'waiting', 'resolved', 'closed']);
const URGENCIES = zeros(['critical', 'high', 'normal', 'low']);
const RESULTS = zeros([
  'remedy_obtained',
  'partial_remedy',
  'referred_elsewhere',
  'worker_withdrew',
  'lost_contact',
  'no_remedy_possible',
  'other',
]);

describe('stats and export', () => {
  let app: NestExpressApplication;
  let db: DataSource;
  const api = () => request(app.getHttpServer());
  let desk: SignedIn;
  let owner: SignedIn;
  let sup: SignedIn;
  const cases: Record<string, { id: string; reference: string }> = {};

  /** The raw bytes of a CSV answer, so that the BOM is seen as sent. */
  const download = (who: SignedIn, query = 'format=csv') =>
    api()
      .get(`/api/v1/cases/export?${query}`)
      .set('Authorization', who.auth)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
  const exported = async (who: SignedIn, query?: string) => {
    const res = await download(who, query).expect(200);
    return parseCsv((res.body as Buffer).toString('utf8').replace(/^\uFEFF/, ''));
  };
  const stats = async (who: SignedIn, query = '') =>
    (await api().get(`/api/v1/stats/overview${query}`).set('Authorization', who.auth).expect(200)).body;
  const resolve = async (caseId: string, outcome: object) => {
    for (const body of [{ to: 'in_progress' }, { to: 'resolved', outcome }]) {
      await api().post(`/api/v1/cases/${caseId}/transitions`).set('Authorization', sup.auth).send(body).expect(200);
    }
  };

  /**
   * A fresh desk, counted by hand: `desk` (plain desk staff) sees c1, c2, c4, c5; c3 is a
   * restricted case of `owner`, which only `owner` and the supervisor see.
   */
  beforeAll(async () => {
    ({ app } = await startApi());
    db = app.get(DataSource);
    const ngo = await createOrganization(app, 'ngo');
    desk = await signIn(app, await createUser(app, 'desk_staff', ngo.id, { displayName: 'Sato Hana' }));
    owner = await signIn(app, await createUser(app, 'desk_staff', ngo.id));
    sup = await signIn(app, await createUser(app, 'supervisor', ngo.id));
    const an = await registerWorker(app, desk, { prefecture: 'Aichi', phone: '090-1111-2222' });
    const maria = await registerWorker(app, desk, {
      fullName: 'Maria Santos',
      nationality: 'PH',
      preferredLanguage: 'tl',
      prefecture: 'Tokyo',
      email: 'maria@example.com',
    });
    const hoa = await registerWorker(app, owner, { fullName: 'Đặng Thị Hoa' });
    cases.c1 = await openCase(app, desk, an.id, {
      title: 'Wages and overtime unpaid',
      categories: ['wage_arrears', 'unpaid_overtime'],
      urgency: 'high',
    });
    cases.c2 = await openCase(app, desk, maria.id, { title: 'Dismissed after injury', categories: ['dismissal'] });
    cases.c3 = await openCase(app, owner, hoa.id, {
      title: 'Confidential dormitory violence',
      categories: ['harassment', 'wage_arrears'],
      urgency: 'critical',
      sensitivity: 'restricted',
    });
    cases.c4 = await openCase(app, desk, an.id, { title: '=HYPERLINK("x")', categories: ['other'], urgency: 'low' });
    cases.c5 = await openCase(app, desk, maria.id, {
      title: 'Unpaid, "night" shift\nsecond line',
      categories: ['wage_arrears'],
    });
    await resolve(cases.c1.id, {
      result: 'remedy_obtained',
      remedies: ['wages_paid', 'compensation_paid'],
      amountRecoveredJpy: 350000,
    });
    await resolve(cases.c3.id, { result: 'partial_remedy', remedies: ['wages_paid'], amountRecoveredJpy: 100000 });
    // A follow-up that has passed (the API only accepts future ones, so the clock is set back here).
    await db.query(`UPDATE cases SET next_follow_up_at = now() - interval '1 hour' WHERE id = $1`, [cases.c2.id]);
  });
  afterAll(async () => {
    await app.close();
  });

  describe('GET /stats/overview', () => {
    it('counts the visible cases only, equal to the hand count, for plain desk staff', async () => {
      expect(await stats(desk)).toEqual({
        from: null,
        to: null,
        total: 4,
        overdue: 1,
        amountRecoveredJpy: 350000,
        byStatus: { ...STATUSES, open: 3, resolved: 1 },
        byUrgency: { ...URGENCIES, high: 1, normal: 2, low: 1 },
        byCategory: expect.objectContaining({
          wage_arrears: 2,
          unpaid_overtime: 1,
          dismissal: 1,
          other: 1,
          harassment: 0,
          trafficking: 0,
        }),
        byNationality: { VN: 2, PH: 2 },
        byPrefecture: { Aichi: 2, Tokyo: 2 },
        byOutcomeResult: { ...RESULTS, remedy_obtained: 1 },
        byRemedy: expect.objectContaining({ wages_paid: 1, compensation_paid: 1, reinstated: 0 }),
      });
    });

    it('counts the restricted case too for the supervisor and for its owner', async () => {
      const expected = {
        total: 5,
        overdue: 1,
        amountRecoveredJpy: 450000,
        byStatus: { ...STATUSES, open: 3, resolved: 2 },
        byUrgency: { critical: 1, high: 1, normal: 2, low: 1 },
        byCategory: expect.objectContaining({ wage_arrears: 3, harassment: 1, unpaid_overtime: 1 }),
        byNationality: { VN: 3, PH: 2 },
        byPrefecture: { Aichi: 2, Tokyo: 2, unknown: 1 },
        byOutcomeResult: { ...RESULTS, remedy_obtained: 1, partial_remedy: 1 },
        byRemedy: expect.objectContaining({ wages_paid: 2, compensation_paid: 1 }),
      };
      expect(await stats(sup)).toMatchObject(expected);
      expect(await stats(owner)).toMatchObject(expected);
      const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
      const all = await stats(sup);
      expect(sum(all.byStatus)).toBe(all.total);
      expect(sum(all.byCategory)).toBe(7); // c1 2, c2 1, c3 2, c4 1, c5 1
    });

    it('agrees with the list on what is overdue, filters by period and audits the read', async () => {
      const overdueList = await api().get('/api/v1/cases?overdue=true').set('Authorization', desk.auth).expect(200);
      expect(overdueList.body.items.map((c: { id: string }) => c.id)).toEqual([cases.c2.id]);
      const later = encodeURIComponent(new Date(Date.now() + 60_000).toISOString());
      const earlier = encodeURIComponent(new Date(Date.now() - 3600_000).toISOString());
      expect(await stats(sup, `?from=${later}`)).toMatchObject({ total: 0, overdue: 0, amountRecoveredJpy: 0 });
      expect(await stats(sup, `?to=${earlier}`)).toMatchObject({ total: 0, byStatus: STATUSES });
      expect(await stats(sup, `?from=${earlier}&to=${later}`)).toMatchObject({ total: 5 });
      for (const bad of [`?from=${later}&to=${earlier}`, '?from=yesterday', '?status=open']) {
        await api().get(`/api/v1/stats/overview${bad}`).set('Authorization', sup.auth).expect(400);
      }
      const audit = await db.query(`SELECT count(*)::int AS n FROM audit_events WHERE actor_id = $1 AND action = $2`, [
        sup.user.id,
        'stats.read',
      ]);
      expect(audit[0].n).toBeGreaterThanOrEqual(5);
    });

    it("counts nothing of another organization's cases", async () => {
      const ngo = await createOrganization(app, 'ngo');
      const stranger = await signIn(app, await createUser(app, 'supervisor', ngo.id));
      expect(await stats(stranger)).toMatchObject({ total: 0, byNationality: {}, amountRecoveredJpy: 0 });
    });
  });

  describe('GET /cases/export', () => {
    it('streams visible cases as UTF-8 CSV with a BOM, a header, safe quoting and neutralised formulas', async () => {
      const res = await download(desk).expect(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe('attachment; filename="cases.csv"');
      const bytes = res.body as Buffer;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(text).toContain(`"'=HYPERLINK(""x"")"`);
      expect(text).toContain('"Unpaid, ""night"" shift\nsecond line"');
      const rows = parseCsv(text.slice(1));
      expect(rows[0]).toEqual(HEADER);
      const byRef = Object.fromEntries(rows.slice(1).map((r) => [r[0], r]));
      expect(Object.keys(byRef).sort()).toEqual(
        [cases.c1.reference, cases.c2.reference, cases.c4.reference, cases.c5.reference].sort(),
      );
      expect(rows.slice(1).every((r) => r.length === HEADER.length)).toBe(true);
      expect(byRef[cases.c4.reference][1]).toBe(`'=HYPERLINK("x")`);
      expect(byRef[cases.c5.reference][1]).toBe('Unpaid, "night" shift\nsecond line');
      expect(byRef[cases.c1.reference]).toEqual([
        cases.c1.reference,
        'Wages and overtime unpaid',
        'resolved',
        'high',
        'normal',
        'wage_arrears;unpaid_overtime',
        'Sato Hana',
        'VN',
        'Aichi',
        expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        '',
        '',
        'remedy_obtained',
        'wages_paid;compensation_paid',
        '350000',
      ]);
      // Nothing that names or reaches the worker.
      for (const personal of ['Nguyễn', 'Maria Santos', '090-1111-2222', '09011112222', 'maria@example.com']) {
        expect(text).not.toContain(personal);
      }
    });

    it('exports the restricted case to the supervisor and its owner only, honouring the list filters', async () => {
      const refs = async (who: SignedIn, query?: string) => (await exported(who, query)).slice(1).map((r) => r[0]);
      expect(await refs(desk)).not.toContain(cases.c3.reference);
      expect(await refs(sup)).toHaveLength(5);
      expect(await refs(owner)).toContain(cases.c3.reference);
      expect(await refs(desk, 'format=csv&status=resolved')).toEqual([cases.c1.reference]);
      expect(await refs(sup, 'format=csv&status=resolved')).toEqual([cases.c3.reference, cases.c1.reference]);
      expect(await refs(desk, 'format=csv&overdue=true')).toEqual([cases.c2.reference]);
      expect(await refs(desk, 'format=csv&category=wage_arrears')).toEqual([cases.c5.reference, cases.c1.reference]);
      expect(await refs(desk, 'format=csv&q=dormitory')).toEqual([]);
      expect(await refs(sup, 'format=csv&q=dormitory')).toEqual([cases.c3.reference]);
      expect(await refs(desk, 'status=open')).toHaveLength(3);
      for (const bad of ['format=xlsx', 'format=csv&limit=10', 'format=csv&status=lost']) {
        const res = await api().get(`/api/v1/cases/export?${bad}`).set('Authorization', desk.auth).expect(400);
        expect(res.body.error.code).toBe('VALIDATION_FAILED');
      }
    });

    it('is one audit event per export, recorded for the whole file rather than per case', async () => {
      const countOf = async (action: string) =>
        (
          await db.query('SELECT count(*)::int AS n FROM audit_events WHERE actor_id = $1 AND action = $2', [
            owner.user.id,
            action,
          ])
        )[0].n as number;
      const [exportsBefore, readsBefore] = [await countOf('case.export'), await countOf('case.read')];
      await exported(owner, 'format=csv&urgency=critical');
      expect(await countOf('case.export')).toBe(exportsBefore + 1);
      expect(await countOf('case.read')).toBe(readsBefore);
      const [row] = await db.query(
        `SELECT subject_organization_id, changed_fields FROM audit_events WHERE actor_id = $1 AND action = 'case.export'
          ORDER BY seq DESC LIMIT 1`,
        [owner.user.id],
      );
      expect(row).toEqual({ subject_organization_id: owner.user.organizationId, changed_fields: ['urgency'] });
    });

    it('pages through more rows than one batch, newest first, without repeats or gaps', async () => {
      const ngo = await createOrganization(app, 'ngo');
      const big = await signIn(app, await createUser(app, 'supervisor', ngo.id));
      const worker = await registerWorker(app, big);
      // Straight into the table: 1,203 cases, created in groups of three sharing a timestamp.
      await db.query(
        `INSERT INTO cases (organization_id, reference, worker_id, title, categories, urgency, owner_id, search_text,
           created_by, created_at)
         SELECT $1, 'MDG-2026-' || lpad(g::text, 6, '0'), $2, 'Case ' || g, ARRAY['other'], 'normal', $3, 'case',
           $3, now() - ((1203 - g) / 3) * interval '1 second'
         FROM generate_series(1, 1203) AS g`,
        [ngo.id, worker.id, big.user.id],
      );
      const rows = (await exported(big)).slice(1);
      expect(rows).toHaveLength(1203);
      const numbers = rows.map((r) => Number(r[0].slice(-6)));
      expect(new Set(numbers).size).toBe(1203);
      const createdAt = rows.map((r) => r[9]);
      expect([...createdAt].sort().reverse()).toEqual(createdAt);
    });
  });

  describe('visibility of a restricted case on every path', () => {
    it('hides it from plain desk staff in get, list, search, consultation lists, stats and export', async () => {
      const c3 = cases.c3.id;
      const hiddenConsultation = await logConsultation(app, owner, c3, { summary: 'Talked about the dormitory' });
      const seenBy = async (who: SignedIn) => ({
        get: (await api().get(`/api/v1/cases/${c3}`).set('Authorization', who.auth)).status,
        list: (await api().get('/api/v1/cases?limit=100').set('Authorization', who.auth)).body.items.some(
          (c: { id: string }) => c.id === c3,
        ),
        search: (await api().get('/api/v1/cases?q=dormitory').set('Authorization', who.auth)).body.items.length,
        caseConsultations: (await api().get(`/api/v1/cases/${c3}/consultations`).set('Authorization', who.auth)).status,
        consultations: (
          await api().get('/api/v1/consultations?limit=100').set('Authorization', who.auth)
        ).body.items.some((c: { id: string }) => c.id === hiddenConsultation.id),
        timeline: (await api().get(`/api/v1/cases/${c3}/timeline`).set('Authorization', who.auth)).status,
        statsTotal: (await stats(who)).total,
        exported: (await exported(who)).some((r) => r[0] === cases.c3.reference),
      });
      expect(await seenBy(desk)).toEqual({
        get: 404,
        list: false,
        search: 0,
        caseConsultations: 404,
        consultations: false,
        timeline: 404,
        statsTotal: 4,
        exported: false,
      });
      const visible = {
        get: 200,
        list: true,
        search: 1,
        caseConsultations: 200,
        consultations: true,
        timeline: 200,
        statsTotal: 5,
        exported: true,
      };
      expect(await seenBy(sup)).toEqual(visible);
      expect(await seenBy(owner)).toEqual(visible);
    });
  });
});
