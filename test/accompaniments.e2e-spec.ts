import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { openCase, registerWorker } from './factories/cases.factory.js';
import { assignLawyer, minutesFromNow, scheduleAccompaniment } from './factories/desk.factory.js';
import { createUser, createWorld, signIn, type SignedIn, type World } from './factories/identity.factory.js';
import { startApi } from './support/test-app.js';

describe('accompaniments', () => {
  let app: NestExpressApplication;
  let world: World;
  let db: DataSource;
  const api = () => request(app.getHttpServer());
  const schedule = (who: SignedIn, caseId: string, body: object) =>
    api().post(`/api/v1/cases/${caseId}/accompaniments`).set('Authorization', who.auth).send(body);
  const move = (who: SignedIn, id: string, body: object) =>
    api().post(`/api/v1/accompaniments/${id}/transitions`).set('Authorization', who.auth).send(body);
  const rowsOf = async (caseId: string) =>
    (await db.query('SELECT count(*)::int AS n FROM accompaniments WHERE case_id = $1', [caseId]))[0].n as number;

  beforeAll(async () => {
    ({ app } = await startApi());
    world = await createWorld(app);
    db = app.get(DataSource);
  });
  afterAll(async () => {
    await app.close();
  });

  it('schedules an accompaniment, records it on the timeline and audits it', async () => {
    const { deskA, supA } = world.users;
    const worker = await registerWorker(app, deskA);
    const c = await openCase(app, deskA, worker.id);
    const scheduledAt = minutesFromNow(3 * 24 * 60);
    const res = await schedule(deskA, c.id, {
      scheduledAt,
      destination: 'labour_standards_office',
      escortId: supA.user.id,
      notes: 'Bring payslips',
    }).expect(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      caseId: c.id,
      organizationId: world.orgs.ngoA.id,
      scheduledAt: new Date(scheduledAt).toISOString(),
      destination: 'labour_standards_office',
      escortId: supA.user.id,
      notes: 'Bring payslips',
      status: 'scheduled',
      outcome: null,
      createdBy: deskA.user.id,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      version: 1,
    });
    const [row] = await db.query('SELECT status, escort_id, destination, version FROM accompaniments WHERE id = $1', [
      res.body.id,
    ]);
    expect(row).toEqual({
      status: 'scheduled',
      escort_id: supA.user.id,
      destination: 'labour_standards_office',
      version: 1,
    });
    const [event] = await db.query(
      `SELECT data FROM case_events WHERE case_id = $1 AND type = 'accompaniment.scheduled'`,
      [c.id],
    );
    expect(event.data).toEqual({
      accompanimentId: res.body.id,
      destination: 'labour_standards_office',
      scheduledAt: new Date(scheduledAt).toISOString(),
    });
    const timeline = await api().get(`/api/v1/cases/${c.id}/timeline`).set('Authorization', deskA.auth).expect(200);
    expect(timeline.body.map((t: { summary: string }) => t.summary)).toContain(
      'Accompaniment to labour_standards_office scheduled',
    );
    expect(JSON.stringify(timeline.body)).not.toContain('payslips');
    const audit = await db.query('SELECT action, changed_fields FROM audit_events WHERE subject_id = $1', [
      res.body.id,
    ]);
    expect(audit).toEqual([
      { action: 'accompaniment.create', changed_fields: ['scheduledAt', 'destination', 'escortId', 'notes'] },
    ]);
  });

  it('refuses a past time, an unknown destination, and an escort who may not see the case, writing nothing', async () => {
    const { deskA, supA, deskB } = world.users;
    const outsider = await signIn(app, await createUser(app, 'desk_staff', world.orgs.ngoA.id));
    const worker = await registerWorker(app, deskA);
    const restricted = await openCase(app, deskA, worker.id, { sensitivity: 'restricted' });
    const good = { scheduledAt: minutesFromNow(60), destination: 'hospital', escortId: deskA.user.id };
    for (const bad of [
      { ...good, scheduledAt: minutesFromNow(-60) },
      { ...good, scheduledAt: 'tomorrow' },
      { ...good, destination: 'karaoke' },
      { ...good, escortId: 'nobody' },
      { ...good, status: 'done' },
    ]) {
      const res = await schedule(deskA, restricted.id, bad);
      expect([JSON.stringify(bad), res.status, res.body.error.code]).toEqual([
        JSON.stringify(bad),
        400,
        'VALIDATION_FAILED',
      ]);
    }
    for (const escort of [deskB.user.id, outsider.user.id, world.users.lawyerA.user.id]) {
      const res = await schedule(deskA, restricted.id, { ...good, escortId: escort }).expect(422);
      expect(res.body.error.details).toEqual([{ field: 'escortId' }]);
    }
    expect(await rowsOf(restricted.id)).toBe(0);
    await schedule(deskA, restricted.id, { ...good, escortId: supA.user.id }).expect(201);
  });

  it('moves scheduled → done with an outcome, and answers 409 with no allowed targets from a final state', async () => {
    const { deskA } = world.users;
    const worker = await registerWorker(app, deskA);
    const c = await openCase(app, deskA, worker.id);
    const a = await scheduleAccompaniment(app, deskA, c.id, deskA.user.id);
    const done = await move(deskA, a.id, { to: 'done', outcome: 'Complaint filed; inspector will visit' }).expect(200);
    expect(done.body).toMatchObject({
      id: a.id,
      status: 'done',
      outcome: 'Complaint filed; inspector will visit',
      version: 2,
    });
    const [row] = await db.query('SELECT status, outcome, version FROM accompaniments WHERE id = $1', [a.id]);
    expect(row).toEqual({ status: 'done', outcome: 'Complaint filed; inspector will visit', version: 2 });

    const illegal = await move(deskA, a.id, { to: 'cancelled' }).expect(409);
    expect(illegal.body.error).toMatchObject({
      code: 'CONFLICT',
      details: [{ from: 'done', to: 'cancelled', allowed: [] }],
    });
    await move(deskA, a.id, { to: 'scheduled' }).expect(400);
    await move(deskA, a.id, { to: 'done', reason: 'x' }).expect(400);
    const [unchanged] = await db.query('SELECT status, version FROM accompaniments WHERE id = $1', [a.id]);
    expect(unchanged).toEqual({ status: 'done', version: 2 });

    const events = await db.query(
      `SELECT data FROM case_events WHERE case_id = $1 AND type = 'accompaniment.status_changed'`,
      [c.id],
    );
    expect(events).toEqual([{ data: { accompanimentId: a.id, from: 'scheduled', to: 'done' } }]);
    const audit = await db.query('SELECT action, changed_fields FROM audit_events WHERE subject_id = $1 ORDER BY seq', [
      a.id,
    ]);
    expect(audit.map((x: { action: string }) => x.action)).toEqual([
      'accompaniment.create',
      'accompaniment.transition',
    ]);
    expect(audit[1].changed_fields).toEqual(['status', 'outcome']);

    for (const to of ['cancelled', 'no_show'] as const) {
      const b = await scheduleAccompaniment(app, deskA, c.id, deskA.user.id);
      expect((await move(deskA, b.id, { to }).expect(200)).body).toMatchObject({ status: to, outcome: null });
      expect((await move(deskA, b.id, { to: 'done' }).expect(409)).body.error.details[0].allowed).toEqual([]);
    }
  });

  it('moves once when transitions race: one 200, the others 409', async () => {
    const { deskA, supA } = world.users;
    const worker = await registerWorker(app, deskA);
    const c = await openCase(app, deskA, worker.id);
    const a = await scheduleAccompaniment(app, deskA, c.id, deskA.user.id);
    const results = await Promise.all(
      (['done', 'cancelled', 'no_show', 'done'] as const).map(async (to, i) => {
        const res = await move(i % 2 ? supA : deskA, a.id, { to });
        return res.status;
      }),
    );
    expect(results.sort()).toEqual([200, 409, 409, 409]);
    const [row] = await db.query('SELECT version FROM accompaniments WHERE id = $1', [a.id]);
    expect(row.version).toBe(2);
  });

  it('is visible only through its case: 404 outside it, 403 to roles that never schedule', async () => {
    const { deskA, supA, deskB, supB, lawyerA, officerVN, admin } = world.users;
    const outsider = await signIn(app, await createUser(app, 'desk_staff', world.orgs.ngoA.id));
    const worker = await registerWorker(app, deskA);
    const restricted = await openCase(app, deskA, worker.id, { sensitivity: 'restricted' });
    await assignLawyer(app, restricted.id, lawyerA, 'accepted');
    const a = await scheduleAccompaniment(app, deskA, restricted.id, supA.user.id);
    const body = { scheduledAt: minutesFromNow(120), destination: 'police', escortId: deskA.user.id };
    for (const who of [outsider, deskB, supB]) {
      expect((await schedule(who, restricted.id, body).expect(404)).body.error.code).toBe('NOT_FOUND');
      await move(who, a.id, { to: 'cancelled' }).expect(404);
    }
    for (const who of [lawyerA, officerVN, admin]) {
      expect((await schedule(who, restricted.id, body).expect(403)).body.error.code).toBe('FORBIDDEN');
      await move(who, a.id, { to: 'cancelled' }).expect(403);
    }
    const [row] = await db.query('SELECT status, version FROM accompaniments WHERE id = $1', [a.id]);
    expect(row).toEqual({ status: 'scheduled', version: 1 });
    expect(await rowsOf(restricted.id)).toBe(1);
    await move(supA, a.id, { to: 'no_show' }).expect(200);
  });

  it('refuses to schedule on a closed case', async () => {
    const { deskA, supA } = world.users;
    const worker = await registerWorker(app, deskA);
    const c = await openCase(app, deskA, worker.id);
    const transition = (to: string, extra: object = {}) =>
      api()
        .post(`/api/v1/cases/${c.id}/transitions`)
        .set('Authorization', supA.auth)
        .send({ to, ...extra })
        .expect(200);
    await transition('in_progress');
    await transition('resolved', { outcome: { result: 'worker_withdrew', remedies: [] } });
    await scheduleAccompaniment(app, deskA, c.id, deskA.user.id);
    await transition('closed', { reason: 'done' });
    const res = await schedule(deskA, c.id, {
      scheduledAt: minutesFromNow(60),
      destination: 'court',
      escortId: deskA.user.id,
    }).expect(422);
    expect(res.body.error.code).toBe('RULE_VIOLATION');
    expect(await rowsOf(c.id)).toBe(1);
  });
});
