import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { openCase, registerWorker } from './factories/cases.factory.js';
import { createOrganization, createUser, signIn, type SignedIn } from './factories/identity.factory.js';
import { startApi } from './support/test-app.js';

/**
 * The desk's case list: every filter of API.md, `q` over title and summary in scripts without
 * spaces or with diacritics, and keyset pages that stay right while new cases arrive.
 */
describe('the case list', () => {
  let app: NestExpressApplication;
  let desk: SignedIn;
  let colleague: SignedIn;
  let outsider: SignedIn;
  const ids: Record<string, string> = {};
  const api = () => request(app.getHttpServer());
  const list = async (who: SignedIn, query: string): Promise<string[]> => {
    const res = await api().get(`/api/v1/cases?limit=100&${query}`).set('Authorization', who.auth).expect(200);
    return res.body.items.map((c: { id: string }) => c.id);
  };
  const mine = (found: string[]) => found.filter((id) => Object.values(ids).includes(id)).sort();
  const named = (...keys: string[]) => keys.map((k) => ids[k]).sort();

  beforeAll(async () => {
    ({ app } = await startApi());
    const ngo = await createOrganization(app, 'ngo');
    desk = await signIn(app, await createUser(app, 'desk_staff', ngo.id));
    colleague = await signIn(app, await createUser(app, 'desk_staff', ngo.id));
    const other = await createOrganization(app, 'ngo');
    outsider = await signIn(app, await createUser(app, 'supervisor', other.id));
    const w = await registerWorker(app, desk);
    const open = (fields: Record<string, unknown>) => openCase(app, desk, w.id, fields).then((c) => c.id);
    ids.wages = await open({
      title: '給与の未払い（2か月分）',
      summary: 'Công ty chưa trả lương hai tháng',
      categories: ['wage_arrears'],
      urgency: 'high',
    });
    ids.injury = await open({
      title: 'Finger injured at a press',
      summary: 'プレス機で指を負傷した',
      categories: ['occupational_injury', 'social_insurance'],
      urgency: 'critical',
      ownerId: colleague.user.id,
    });
    ids.visa = await open({
      title: 'Renewing the period of stay',
      summary: 'Malapit na pong mag-expire ang residence card ko',
      categories: ['residence_status'],
      urgency: 'low',
    });
    await api()
      .post(`/api/v1/cases/${ids.visa}/transitions`)
      .set('Authorization', desk.auth)
      .send({ to: 'in_progress' })
      .expect(200);
  });
  afterAll(async () => {
    await app.close();
  });

  it('filters by status, urgency, category and owner, alone and together', async () => {
    expect(mine(await list(desk, 'status=open'))).toEqual(named('wages', 'injury'));
    expect(mine(await list(desk, 'status=in_progress'))).toEqual(named('visa'));
    expect(mine(await list(desk, 'urgency=critical'))).toEqual(named('injury'));
    expect(mine(await list(desk, 'category=social_insurance'))).toEqual(named('injury'));
    expect(mine(await list(desk, `ownerId=${colleague.user.id}`))).toEqual(named('injury'));
    expect(mine(await list(desk, `status=open&ownerId=${desk.user.id}`))).toEqual(named('wages'));
    expect(mine(await list(desk, 'status=closed'))).toEqual([]);
  });

  it('searches title and summary in Japanese, Vietnamese with or without diacritics, and Tagalog', async () => {
    expect(mine(await list(desk, `q=${encodeURIComponent('未払い')}`))).toEqual(named('wages'));
    expect(mine(await list(desk, `q=${encodeURIComponent('指を負傷')}`))).toEqual(named('injury'));
    expect(mine(await list(desk, `q=${encodeURIComponent('trả lương')}`))).toEqual(named('wages'));
    expect(mine(await list(desk, 'q=tra%20luong'))).toEqual(named('wages'));
    expect(mine(await list(desk, 'q=residence%20card'))).toEqual(named('visa'));
    expect(mine(await list(desk, 'q=PRESS'))).toEqual(named('injury'));
    // Wildcards in the query are text, not patterns.
    expect(mine(await list(desk, 'q=%25'))).toEqual([]);
    expect(mine(await list(desk, 'q=2%25'))).toEqual([]);
  });

  it("shows nothing of another organization's cases, whatever the filter", async () => {
    expect(mine(await list(outsider, ''))).toEqual([]);
    expect(mine(await list(outsider, `q=${encodeURIComponent('未払い')}`))).toEqual([]);
  });

  it('pages newest first without repeats or gaps while new cases are opened between pages', async () => {
    const w = await registerWorker(app, colleague);
    const before = [];
    for (let i = 0; i < 5; i++) before.push((await openCase(app, colleague, w.id, { title: `paging ${i}` })).id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const res = await api()
        .get(`/api/v1/cases?limit=2&ownerId=${colleague.user.id}${query}`)
        .set('Authorization', colleague.auth)
        .expect(200);
      seen.push(...res.body.items.map((c: { id: string }) => c.id));
      cursor = res.body.nextCursor;
      // A case opened meanwhile is newer than every page already handed out: it never shifts one.
      await openCase(app, colleague, w.id, { title: `arrived during paging ${pages}` });
      pages++;
    } while (cursor && pages < 20);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining([...before, ids.injury]));
    expect(seen.slice(0, 5)).toEqual([...before].reverse());
  });

  it('finds matches older than the newest cases a search tests first, in order and across pages', async () => {
    // The search tests the newest 2,000 candidate cases, then asks the text indexes for older
    // matches: the older ones must come after the newer ones, page by page, with nothing
    // another actor may not see (restricted, another organization's).
    const ngo = await createOrganization(app, 'ngo');
    const searcher = await signIn(app, await createUser(app, 'desk_staff', ngo.id));
    const owner = await signIn(app, await createUser(app, 'desk_staff', ngo.id));
    const w = await registerWorker(app, searcher);
    const opened = async (who: SignedIn, fields: Record<string, unknown>) =>
      (await openCase(app, who, w.id, fields)).id;
    const old: string[] = [];
    for (const title of ['労災の申請 1', '技能実習 労災 2', '労災保険 3']) old.push(await opened(searcher, { title }));
    await opened(owner, { title: '労災 restricted', sensitivity: 'restricted' });
    await openCase(app, outsider, (await registerWorker(app, outsider)).id, { title: '労災 elsewhere' });
    const ds = app.get(DataSource);
    // 2,050 newer cases (copies of one case, a millisecond apart), two of them matching.
    await ds.query(
      `INSERT INTO cases SELECT (jsonb_populate_record(c, jsonb_build_object(
          'id', gen_random_uuid(), 'reference', 'FILL-' || g,
          'title', CASE WHEN g % 1000 = 0 THEN '労災 filler ' || g ELSE 'filler ' || g END,
          'search_text', CASE WHEN g % 1000 = 0 THEN '労災 filler ' || g ELSE 'filler ' || g END,
          'created_at', c.created_at + interval '1 s' + g * interval '1 ms'))).*
         FROM cases c, generate_series(1, 2050) g WHERE c.id = $1`,
      [old[0]],
    );
    const [fill1000, fill2000]: string[] = (
      await ds.query(`SELECT id FROM cases WHERE reference IN ('FILL-1000', 'FILL-2000') ORDER BY created_at`)
    ).map((r: { id: string }) => r.id);
    const expected = [fill2000, fill1000, ...[...old].reverse()];
    const pagesOf = async (term: string): Promise<string[][]> => {
      const pages: string[][] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
        const res = await api()
          .get(`/api/v1/cases?limit=2&q=${encodeURIComponent(term)}${query}`)
          .set('Authorization', searcher.auth)
          .expect(200);
        pages.push(res.body.items.map((c: { id: string }) => c.id));
        cursor = res.body.nextCursor;
      } while (cursor && pages.length < 10);
      return pages;
    };
    const expectPages = async () => {
      for (const term of ['労災', '労災保', 'filler 2000', '災']) {
        const pages = await pagesOf(term);
        const want = expected.filter((id) => id !== fill1000 || term !== 'filler 2000');
        if (term === '労災保') expect(pages.flat()).toEqual([old[2]]);
        else if (term === 'filler 2000') expect(pages.flat()).toEqual([fill2000]);
        else expect([term, pages]).toEqual([term, [want.slice(0, 2), want.slice(2, 4), want.slice(4)]]);
      }
    };
    await expectPages();
    // The older matches are looked up one 30-day period at a time, newest first: spread over
    // periods months apart, the oldest of them the oldest case there is (the walk's last
    // period), they still come in order, and none is missed.
    for (const [i, days] of [400, 95, 40].entries()) {
      await ds.query(`UPDATE cases SET created_at = created_at - make_interval(days => $2) WHERE id = $1`, [
        old[i],
        days,
      ]);
    }
    const [{ oldest }] = await ds.query(
      `SELECT min(created_at) = (SELECT created_at FROM cases WHERE id = $1) AS oldest
                                           FROM cases`,
      [old[0]],
    );
    expect(oldest).toBe(true);
    await expectPages();
  });

  it('refuses unknown filter values, out-of-range limits and foreign cursors with 400', async () => {
    for (const query of ['status=archived', 'urgency=urgent', 'category=nope', 'ownerId=42', 'limit=0', 'limit=101']) {
      const res = await api().get(`/api/v1/cases?${query}`).set('Authorization', desk.auth);
      expect([query, res.status, res.body.error?.code]).toEqual([query, 400, 'VALIDATION_FAILED']);
    }
    const res = await api().get('/api/v1/cases?cursor=not-ours').set('Authorization', desk.auth);
    expect(res.status).toBe(400);
    expect((await api().get('/api/v1/cases?colour=red').set('Authorization', desk.auth)).status).toBe(400);
  });
});
