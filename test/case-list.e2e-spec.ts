import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
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
