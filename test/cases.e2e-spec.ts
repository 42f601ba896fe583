import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { openCase, registerWorker } from './factories/cases.factory.js';
import { createOrganization, createUser, createWorld, signIn, type World } from './factories/identity.factory.js';
import { startApi } from './support/test-app.js';

describe('cases', () => {
  let app: NestExpressApplication;
  let world: World;
  let db: DataSource;
  const api = () => request(app.getHttpServer());

  beforeAll(async () => {
    ({ app } = await startApi());
    world = await createWorld(app);
    db = app.get(DataSource);
  });
  afterAll(async () => {
    await app.close();
  });

  it('opens a case with a reference, version 1 and status open, and audits it', async () => {
    const { deskA } = world.users;
    const worker = await registerWorker(app, deskA);
    const res = await api()
      .post('/api/v1/cases')
      .set('Authorization', deskA.auth)
      .send({ workerId: worker.id, title: '賃金未払い', categories: ['wage_arrears'], urgency: 'high' })
      .expect(201);
    const year = new Date(Date.now() + 9 * 3600_000).getUTCFullYear();
    expect(res.body).toMatchObject({
      status: 'open',
      version: 1,
      ownerId: deskA.user.id,
      organizationId: world.orgs.ngoA.id,
      sensitivity: 'normal',
      outcome: null,
      collaboratorIds: [],
    });
    expect(res.body.reference).toMatch(new RegExp(`^MDG-${year}-\\d{6}$`));
    const [row] = await db.query('SELECT reference, status FROM cases WHERE id = $1', [res.body.id]);
    expect(row).toEqual({ reference: res.body.reference, status: 'open' });
    const audit = await db.query(`SELECT action FROM audit_events WHERE subject_id = $1`, [res.body.id]);
    expect(audit.map((a: { action: string }) => a.action)).toContain('case.create');
  });

  it('numbers 200 cases created by 20 parallel requests consecutively, without gaps or repeats', async () => {
    const ngo = await createOrganization(app, 'ngo');
    const desk = await signIn(app, await createUser(app, 'desk_staff', ngo.id));
    const worker = await registerWorker(app, desk);
    const references: string[] = [];
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        for (let i = 0; i < 10; i++) references.push((await openCase(app, desk, worker.id)).reference);
      }),
    );
    const numbers = references.map((r) => Number(r.slice(-6))).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(200);
    expect(numbers).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
  });

  it('answers a stale version with 409 and changes nothing', async () => {
    const { deskA } = world.users;
    const worker = await registerWorker(app, deskA);
    const c = await openCase(app, deskA, worker.id);
    await api()
      .patch(`/api/v1/cases/${c.id}`)
      .set('Authorization', deskA.auth)
      .send({ version: 1, title: 'first' })
      .expect(200);
    const stale = await api()
      .patch(`/api/v1/cases/${c.id}`)
      .set('Authorization', deskA.auth)
      .send({ version: 1, title: 'second' })
      .expect(409);
    expect(stale.body.error.code).toBe('CONFLICT');
    const [row] = await db.query('SELECT title, version FROM cases WHERE id = $1', [c.id]);
    expect(row).toEqual({ title: 'first', version: 2 });
  });

  it('moves through the status machine and refuses illegal moves with the allowed targets', async () => {
    const { deskA, supA } = world.users;
    const worker = await registerWorker(app, deskA);
    const c = await openCase(app, deskA, worker.id);
    const move = (who: typeof deskA, body: object) =>
      api().post(`/api/v1/cases/${c.id}/transitions`).set('Authorization', who.auth).send(body);
    const illegal = await move(deskA, { to: 'closed' }).expect(409);
    expect(illegal.body.error.details[0]).toMatchObject({ from: 'open', allowed: ['in_progress'] });
    await move(deskA, { to: 'in_progress' }).expect(200);
    await move(deskA, { to: 'waiting', reason: 'waiting for payslips' }).expect(200);
    await move(deskA, { to: 'resolved' }).expect(400);
    const resolved = await move(deskA, {
      to: 'resolved',
      outcome: { result: 'remedy_obtained', remedies: ['wages_paid'], amountRecoveredJpy: 350000 },
    }).expect(200);
    expect(resolved.body.outcome).toEqual({
      result: 'remedy_obtained',
      remedies: ['wages_paid'],
      amountRecoveredJpy: 350000,
      remedyRoute: null,
    });
    const closed = await move(supA, { to: 'closed', reason: 'paid' }).expect(200);
    expect(closed.body.closedAt).not.toBeNull();
    await move(supA, { to: 'in_progress' }).expect(400);
    const reopened = await move(supA, { to: 'in_progress', reason: 'employer stopped paying again' }).expect(200);
    expect(reopened.body).toMatchObject({ status: 'in_progress', closedAt: null });
    const timeline = await api().get(`/api/v1/cases/${c.id}/timeline`).set('Authorization', deskA.auth).expect(200);
    expect(timeline.body.map((t: { type: string }) => t.type)).toEqual([
      'case.opened',
      'case.status_changed',
      'case.status_changed',
      'case.status_changed',
      'case.status_changed',
      'case.status_changed',
    ]);
  });

  it('lets only the owner or a supervisor close, and shows restricted cases only to owner, collaborators and supervisors', async () => {
    const { deskA, supA } = world.users;
    const other = await signIn(app, await createUser(app, 'desk_staff', world.orgs.ngoA.id));
    const collaborator = await signIn(app, await createUser(app, 'desk_staff', world.orgs.ngoA.id));
    const worker = await registerWorker(app, deskA);
    const c = await openCase(app, deskA, worker.id, {
      sensitivity: 'restricted',
      collaboratorIds: [collaborator.user.id],
    });
    await api().get(`/api/v1/cases/${c.id}`).set('Authorization', deskA.auth).expect(200);
    await api().get(`/api/v1/cases/${c.id}`).set('Authorization', supA.auth).expect(200);
    const seen = await api().get(`/api/v1/cases/${c.id}`).set('Authorization', collaborator.auth).expect(200);
    expect(seen.body.collaboratorIds).toEqual([collaborator.user.id]);
    // The list and a search read each case's collaborators in the statement that reads the case.
    for (const query of ['limit=100', `q=${encodeURIComponent(String(c.title))}&limit=100`]) {
      const page = await api().get(`/api/v1/cases?${query}`).set('Authorization', collaborator.auth).expect(200);
      const item = page.body.items.find((x: { id: string }) => x.id === c.id);
      expect(item?.collaboratorIds).toEqual([collaborator.user.id]);
      expect(page.body.items.every((x: { collaboratorIds: unknown }) => Array.isArray(x.collaboratorIds))).toBe(true);
    }
    const hidden = await api().get(`/api/v1/cases/${c.id}`).set('Authorization', other.auth).expect(404);
    expect(hidden.body.error.code).toBe('NOT_FOUND');
    const listed = await api().get('/api/v1/cases?limit=100').set('Authorization', other.auth).expect(200);
    expect(listed.body.items.map((x: { id: string }) => x.id)).not.toContain(c.id);
    await api().get(`/api/v1/cases/${c.id}`).set('Authorization', world.users.deskB.auth).expect(404);
  });

  it('finds a worker by romaji, katakana, diacritics, half-width katakana, phone and email', async () => {
    const ngo = await createOrganization(app, 'ngo');
    const desk = await signIn(app, await createUser(app, 'desk_staff', ngo.id));
    const an = await registerWorker(app, desk, { phone: '090-1234-5678', email: 'an.nguyen@example.com' });
    await registerWorker(app, desk, {
      fullName: 'Maria Santos',
      nameKatakana: 'マリア・サントス',
      nationality: 'PH',
      preferredLanguage: 'tl',
    });
    for (const q of [
      'Nguyễn Văn An',
      'nguyen van an',
      'NGUYEN',
      'グエン・ヴァン・アン',
      'ヴァン',
      'ｸﾞｴﾝ',
      'van an',
      '09012345678',
      '1234-5678',
      'an.nguyen@example',
    ]) {
      const res = await api().get('/api/v1/workers').query({ q }).set('Authorization', desk.auth).expect(200);
      expect([q, res.body.items.map((w: { id: string }) => w.id)]).toEqual([q, [an.id]]);
    }
  });
});
