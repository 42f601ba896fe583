import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { openCase, registerWorker } from './factories/cases.factory.js';
import { assignLawyer, logConsultation, logStandalone, minutesFromNow } from './factories/desk.factory.js';
import {
  createOrganization,
  createUser,
  createWorld,
  signIn,
  type SignedIn,
  type World,
} from './factories/identity.factory.js';
import { startApi } from './support/test-app.js';

describe('consultations', () => {
  let app: NestExpressApplication;
  let world: World;
  let db: DataSource;
  const api = () => request(app.getHttpServer());
  const ids = (body: { items: { id: string }[] }) => body.items.map((x) => x.id);
  const count = async (sql: string, params: unknown[]) => (await db.query(sql, params))[0].n as number;
  const auditActions = async (subjectId: string) =>
    (await db.query('SELECT action, outcome FROM audit_events WHERE subject_id = $1 ORDER BY seq', [subjectId])).map(
      (a: { action: string; outcome: string }) => `${a.action}:${a.outcome}`,
    );

  beforeAll(async () => {
    ({ app } = await startApi());
    world = await createWorld(app);
    db = app.get(DataSource);
  });
  afterAll(async () => {
    await app.close();
  });

  describe('on a case', () => {
    it('logs a consultation as activity, sets the follow-up in the same transaction, and audits it', async () => {
      const { deskA } = world.users;
      const worker = await registerWorker(app, deskA);
      const c = await openCase(app, deskA, worker.id);
      await db.query(`UPDATE cases SET last_activity_at = now() - interval '3 days' WHERE id = $1`, [c.id]);
      const followUpAt = minutesFromNow(2 * 24 * 60);
      const res = await api()
        .post(`/api/v1/cases/${c.id}/consultations`)
        .set('Authorization', deskA.auth)
        .send({
          occurredAt: '2026-01-15T14:05:00+09:00',
          channel: 'zalo',
          language: 'vi',
          interpreterUsed: true,
          interpreterName: 'Tran Thi Mai',
          durationMinutes: 25,
          summary: 'Employer withholds the passport; worker is afraid to complain.',
          followUpAt,
        })
        .expect(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        organizationId: world.orgs.ngoA.id,
        caseId: c.id,
        workerId: worker.id,
        anonymousLabel: null,
        occurredAt: '2026-01-15T05:05:00.000Z',
        channel: 'zalo',
        language: 'vi',
        interpreterUsed: true,
        interpreterName: 'Tran Thi Mai',
        durationMinutes: 25,
        categories: [],
        summary: 'Employer withholds the passport; worker is afraid to complain.',
        followUpAt: new Date(followUpAt).toISOString(),
        loggedBy: deskA.user.id,
        createdAt: expect.any(String),
      });
      const [row] = await db.query(
        'SELECT case_id, worker_id, channel, summary, logged_by FROM consultations WHERE id = $1',
        [res.body.id],
      );
      expect(row).toEqual({
        case_id: c.id,
        worker_id: worker.id,
        channel: 'zalo',
        summary: 'Employer withholds the passport; worker is afraid to complain.',
        logged_by: deskA.user.id,
      });
      const [after] = await db.query(
        `SELECT next_follow_up_at, version, last_activity_at > now() - interval '1 minute' AS active FROM cases WHERE id = $1`,
        [c.id],
      );
      expect(after).toEqual({ next_follow_up_at: new Date(followUpAt), version: 2, active: true });
      // The timeline event holds the channel and language, never the summary.
      const events = await db.query(`SELECT type, data FROM case_events WHERE case_id = $1 ORDER BY type`, [c.id]);
      expect(events).toEqual([
        { type: 'case.opened', data: { urgency: 'normal' } },
        { type: 'case.updated', data: { fields: ['nextFollowUpAt'] } },
        { type: 'consultation.logged', data: { channel: 'zalo', language: 'vi' } },
      ]);
      const timeline = await api().get(`/api/v1/cases/${c.id}/timeline`).set('Authorization', deskA.auth).expect(200);
      expect(timeline.body.map((t: { summary: string }) => t.summary)).toContain('Consultation by zalo in vi');
      expect(JSON.stringify(timeline.body)).not.toContain('passport');
      expect(await auditActions(res.body.id)).toEqual(['consultation.create:success']);
      expect(await auditActions(c.id)).toContain('case.update:success');
    });

    it('refuses bad input with 400 and writes nothing', async () => {
      const { deskA } = world.users;
      const worker = await registerWorker(app, deskA);
      const c = await openCase(app, deskA, worker.id);
      const good = { occurredAt: minutesFromNow(-5), channel: 'phone', language: 'ja', summary: 'x' };
      for (const bad of [
        { ...good, occurredAt: minutesFromNow(60) },
        { ...good, occurredAt: '2026-01-15 14:05' },
        { ...good, followUpAt: minutesFromNow(-60) },
        { ...good, channel: 'telegram' },
        { ...good, language: 'not a language' },
        { ...good, durationMinutes: 0 },
        { ...good, summary: '' },
        { ...good, categories: ['wage_arrears'] },
        { ...good, caseId: c.id },
      ]) {
        const res = await api().post(`/api/v1/cases/${c.id}/consultations`).set('Authorization', deskA.auth).send(bad);
        expect([JSON.stringify(bad), res.status, res.body.error.code]).toEqual([
          JSON.stringify(bad),
          400,
          'VALIDATION_FAILED',
        ]);
      }
      expect(await count('SELECT count(*)::int AS n FROM consultations WHERE case_id = $1', [c.id])).toBe(0);
      const [row] = await db.query('SELECT version, next_follow_up_at FROM cases WHERE id = $1', [c.id]);
      expect(row).toEqual({ version: 1, next_follow_up_at: null });
    });

    it('lets a lawyer log only with an accepted assignment, read from pending on, and answers 404 to others', async () => {
      const { deskA, deskB, lawyerA, lawyerB, officerVN } = world.users;
      const worker = await registerWorker(app, deskA);
      const c = await openCase(app, deskA, worker.id);
      await logConsultation(app, deskA, c.id, { summary: 'first contact' });
      const assignment = await assignLawyer(app, c.id, lawyerA, 'pending');
      const body = { occurredAt: minutesFromNow(-5), channel: 'video', language: 'vi', summary: 'Legal advice' };
      const post = (who: SignedIn) =>
        api().post(`/api/v1/cases/${c.id}/consultations`).set('Authorization', who.auth).send(body);
      const list = (who: SignedIn) => api().get(`/api/v1/cases/${c.id}/consultations`).set('Authorization', who.auth);

      expect((await post(lawyerA).expect(404)).body.error.code).toBe('NOT_FOUND');
      expect(ids((await list(lawyerA).expect(200)).body)).toHaveLength(1);
      await db.query(`UPDATE legal_assignments SET status = 'accepted' WHERE id = $1`, [assignment]);
      const logged = await post(lawyerA).expect(201);
      expect(logged.body).toMatchObject({ caseId: c.id, loggedBy: lawyerA.user.id });
      expect(ids((await list(lawyerA).expect(200)).body)).toEqual([logged.body.id, expect.any(String)]);
      await db.query(`UPDATE legal_assignments SET status = 'completed' WHERE id = $1`, [assignment]);
      await post(lawyerA).expect(404);
      await list(lawyerA).expect(200);

      await post(lawyerB).expect(404);
      await list(lawyerB).expect(404);
      await post(deskB).expect(404);
      await list(deskB).expect(404);
      expect((await post(officerVN).expect(403)).body.error.code).toBe('FORBIDDEN');
      await list(officerVN).expect(403);
      await list(world.users.admin).expect(403);
      expect(await count('SELECT count(*)::int AS n FROM consultations WHERE case_id = $1', [c.id])).toBe(2);
      const denied = await db.query(
        `SELECT action FROM audit_events WHERE subject_id = $1 AND outcome = 'denied' AND actor_id = $2`,
        [c.id, deskB.user.id],
      );
      expect(denied.map((d: { action: string }) => d.action).sort()).toEqual([
        'consultation.create',
        'consultation.read',
      ]);
    });

    it("lists a case's consultations newest first with cursors, and audits each read", async () => {
      const { deskA } = world.users;
      const worker = await registerWorker(app, deskA);
      const c = await openCase(app, deskA, worker.id);
      const logged = [];
      for (const hoursAgo of [5, 1, 3]) {
        logged.push(await logConsultation(app, deskA, c.id, { occurredAt: minutesFromNow(-hoursAgo * 60) }));
      }
      const first = await api()
        .get(`/api/v1/cases/${c.id}/consultations?limit=2`)
        .set('Authorization', deskA.auth)
        .expect(200);
      expect(ids(first.body)).toEqual([logged[1].id, logged[2].id]);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await api()
        .get(`/api/v1/cases/${c.id}/consultations?limit=2&cursor=${first.body.nextCursor}`)
        .set('Authorization', deskA.auth)
        .expect(200);
      expect(second.body).toEqual({ items: [expect.objectContaining({ id: logged[0].id })], nextCursor: null });
      expect(await auditActions(logged[0].id)).toEqual(['consultation.create:success', 'consultation.read:success']);
      await api().get(`/api/v1/cases/${c.id}/consultations?cursor=forged`).set('Authorization', deskA.auth).expect(400);
    });

    it('hides the consultations of a restricted case from desk staff outside it', async () => {
      const { supA } = world.users;
      const owner = await signIn(app, await createUser(app, 'desk_staff', world.orgs.ngoA.id));
      const outsider = await signIn(app, await createUser(app, 'desk_staff', world.orgs.ngoA.id));
      const worker = await registerWorker(app, owner);
      const c = await openCase(app, owner, worker.id, { sensitivity: 'restricted' });
      await logConsultation(app, owner, c.id);
      await api().get(`/api/v1/cases/${c.id}/consultations`).set('Authorization', outsider.auth).expect(404);
      await logConsultation(app, supA, c.id);
      const seen = await api().get(`/api/v1/cases/${c.id}/consultations`).set('Authorization', supA.auth).expect(200);
      expect(seen.body.items).toHaveLength(2);
      await api()
        .post(`/api/v1/cases/${c.id}/consultations`)
        .set('Authorization', outsider.auth)
        .send({ occurredAt: minutesFromNow(-1), channel: 'phone', language: 'ja', summary: 'x' })
        .expect(404);
    });
  });

  describe('standalone', () => {
    it('logs an anonymous consultation, and refuses lawyers, other organizations\u2019 workers and bad input', async () => {
      const { deskA, deskB, lawyerA } = world.users;
      const res = await api()
        .post('/api/v1/consultations')
        .set('Authorization', deskA.auth)
        .send({
          anonymousLabel: 'Caller from Gifu, 14:05',
          occurredAt: minutesFromNow(-15),
          channel: 'phone',
          language: 'ne',
          categories: ['broker_debt', 'broker_debt', 'residence_status'],
          summary: 'Asked about debt to the sending agency',
        })
        .expect(201);
      expect(res.body).toMatchObject({
        caseId: null,
        workerId: null,
        anonymousLabel: 'Caller from Gifu, 14:05',
        categories: ['broker_debt', 'residence_status'],
        followUpAt: null,
        organizationId: world.orgs.ngoA.id,
      });
      const [row] = await db.query('SELECT case_id, worker_id, anonymous_label FROM consultations WHERE id = $1', [
        res.body.id,
      ]);
      expect(row).toEqual({ case_id: null, worker_id: null, anonymous_label: 'Caller from Gifu, 14:05' });
      expect(await auditActions(res.body.id)).toEqual(['consultation.create:success']);

      const worker = await registerWorker(app, deskA);
      const named = await logStandalone(app, deskA, { workerId: worker.id });
      expect(named).toMatchObject({ workerId: worker.id, caseId: null });

      const before = await count('SELECT count(*)::int AS n FROM consultations', []);
      const base = { occurredAt: minutesFromNow(-1), channel: 'phone', language: 'ja', summary: 'x' };
      const refused = await api()
        .post('/api/v1/consultations')
        .set('Authorization', lawyerA.auth)
        .send({ ...base, categories: ['other'] })
        .expect(403);
      expect(refused.body.error.code).toBe('FORBIDDEN');
      const foreign = await api()
        .post('/api/v1/consultations')
        .set('Authorization', deskB.auth)
        .send({ ...base, categories: ['other'], workerId: worker.id })
        .expect(422);
      expect(foreign.body.error.code).toBe('RULE_VIOLATION');
      for (const bad of [
        { ...base, categories: [] },
        { ...base },
        { ...base, categories: ['not_a_category'] },
        { ...base, categories: ['other'], followUpAt: minutesFromNow(60) },
        { ...base, categories: ['other'], workerId: 'not-a-uuid' },
      ]) {
        await api().post('/api/v1/consultations').set('Authorization', deskA.auth).send(bad).expect(400);
      }
      expect(await count('SELECT count(*)::int AS n FROM consultations', [])).toBe(before);
    });

    it("lists the organization's consultations with filters, cursors and the restricted-case rule", async () => {
      const ngo = await createOrganization(app, 'ngo');
      const desk = await signIn(app, await createUser(app, 'desk_staff', ngo.id));
      const other = await signIn(app, await createUser(app, 'desk_staff', ngo.id));
      const sup = await signIn(app, await createUser(app, 'supervisor', ngo.id));
      const worker = await registerWorker(app, desk);
      const open = await openCase(app, desk, worker.id, { categories: ['dismissal'] });
      const hidden = await openCase(app, other, worker.id, { sensitivity: 'restricted', categories: ['violence'] });
      const s1 = await logStandalone(app, desk, { occurredAt: minutesFromNow(-300), channel: 'line' });
      const s2 = await logStandalone(app, desk, {
        occurredAt: minutesFromNow(-200),
        channel: 'phone',
        categories: ['housing'],
      });
      const onCase = await logConsultation(app, desk, open.id, { occurredAt: minutesFromNow(-100) });
      const onHidden = await logConsultation(app, other, hidden.id, { occurredAt: minutesFromNow(-50) });
      await logStandalone(app, world.users.deskA);

      const list = async (who: SignedIn, query = '') =>
        ids((await api().get(`/api/v1/consultations${query}`).set('Authorization', who.auth).expect(200)).body);
      expect(await list(desk)).toEqual([onCase.id, s2.id, s1.id]);
      expect(await list(other)).toEqual([onHidden.id, onCase.id, s2.id, s1.id]);
      expect(await list(sup)).toEqual([onHidden.id, onCase.id, s2.id, s1.id]);
      expect(await list(sup, `?caseId=${hidden.id}`)).toEqual([onHidden.id]);
      expect(await list(desk, `?caseId=${hidden.id}`)).toEqual([]);
      expect(await list(sup, '?channel=line')).toEqual([s1.id]);
      expect(await list(sup, '?category=housing')).toEqual([s2.id]);
      expect(await list(sup, '?category=dismissal')).toEqual([onCase.id]);
      expect(await list(desk, '?category=violence')).toEqual([]);
      const from = encodeURIComponent(minutesFromNow(-250));
      const to = encodeURIComponent(minutesFromNow(-75));
      expect(await list(sup, `?from=${from}&to=${to}`)).toEqual([onCase.id, s2.id]);
      await api().get(`/api/v1/consultations?from=${to}&to=${from}`).set('Authorization', sup.auth).expect(400);
      await api().get('/api/v1/consultations?channel=pigeon').set('Authorization', sup.auth).expect(400);

      const page1 = await api().get('/api/v1/consultations?limit=3').set('Authorization', sup.auth).expect(200);
      expect(ids(page1.body)).toEqual([onHidden.id, onCase.id, s2.id]);
      // A consultation logged between two pages does not shift the second page.
      await logStandalone(app, desk, { occurredAt: minutesFromNow(-1) });
      const page2 = await api()
        .get(`/api/v1/consultations?limit=3&cursor=${page1.body.nextCursor}`)
        .set('Authorization', sup.auth)
        .expect(200);
      expect(page2.body).toEqual({ items: [expect.objectContaining({ id: s1.id })], nextCursor: null });
      expect(await list(world.users.deskB)).not.toContain(s1.id);
    });
  });

  describe('promotion', () => {
    it('opens a case from a consultation in one transaction and attaches the consultation', async () => {
      const { deskA } = world.users;
      const worker = await registerWorker(app, deskA);
      const standalone = await logStandalone(app, deskA, { categories: ['wage_arrears', 'housing'], language: 'tl' });
      const res = await api()
        .post(`/api/v1/consultations/${standalone.id}/promote`)
        .set('Authorization', deskA.auth)
        .send({ workerId: worker.id, title: 'Unpaid wages and dormitory eviction', urgency: 'high' })
        .expect(201);
      expect(res.body).toMatchObject({
        status: 'open',
        version: 1,
        workerId: worker.id,
        title: 'Unpaid wages and dormitory eviction',
        categories: ['wage_arrears', 'housing'],
        urgency: 'high',
        sensitivity: 'normal',
        ownerId: deskA.user.id,
      });
      expect(res.body.reference).toMatch(/^MDG-\d{4}-\d{6}$/);
      const [row] = await db.query('SELECT case_id, worker_id FROM consultations WHERE id = $1', [standalone.id]);
      expect(row).toEqual({ case_id: res.body.id, worker_id: worker.id });
      const events = await db.query('SELECT type, data FROM case_events WHERE case_id = $1 ORDER BY type', [
        res.body.id,
      ]);
      expect(events).toEqual([
        { type: 'case.opened', data: { urgency: 'high' } },
        { type: 'consultation.logged', data: { channel: 'line', language: 'tl' } },
      ]);
      expect(await auditActions(standalone.id)).toEqual([
        'consultation.create:success',
        'consultation.promote:success',
      ]);
      expect(await auditActions(res.body.id)).toEqual(['case.create:success']);
      const listed = await api()
        .get(`/api/v1/cases/${res.body.id}/consultations`)
        .set('Authorization', deskA.auth)
        .expect(200);
      expect(ids(listed.body)).toEqual([standalone.id]);

      const again = await api()
        .post(`/api/v1/consultations/${standalone.id}/promote`)
        .set('Authorization', deskA.auth)
        .send({ workerId: worker.id, title: 'Again', urgency: 'low' })
        .expect(422);
      expect(again.body.error.code).toBe('RULE_VIOLATION');
      expect(await count('SELECT count(*)::int AS n FROM cases WHERE worker_id = $1', [worker.id])).toBe(1);
    });

    it('refuses other organizations (404), a foreign or different worker (422), and rolls back', async () => {
      const { deskA, deskB, supB } = world.users;
      const worker = await registerWorker(app, deskA);
      const otherWorker = await registerWorker(app, deskA);
      const foreignWorker = await registerWorker(app, deskB);
      const anonymous = await logStandalone(app, deskA);
      const named = await logStandalone(app, deskA, { workerId: worker.id });
      const promote = (who: SignedIn, id: string, workerId: string) =>
        api()
          .post(`/api/v1/consultations/${id}/promote`)
          .set('Authorization', who.auth)
          .send({ workerId, title: 'Promoted', urgency: 'normal' });

      expect((await promote(deskB, anonymous.id, foreignWorker.id).expect(404)).body.error.code).toBe('NOT_FOUND');
      await promote(supB, anonymous.id, worker.id).expect(404);
      await promote(deskA, anonymous.id, foreignWorker.id).expect(422);
      await promote(deskA, named.id, otherWorker.id).expect(422);
      await promote(world.users.lawyerA, anonymous.id, worker.id).expect(403);
      const rows = await db.query('SELECT case_id FROM consultations WHERE id = ANY($1) ORDER BY id', [
        [anonymous.id, named.id],
      ]);
      expect(rows).toEqual([{ case_id: null }, { case_id: null }]);
      expect(
        await count('SELECT count(*)::int AS n FROM cases WHERE worker_id = ANY($1)', [[worker.id, otherWorker.id]]),
      ).toBe(0);
      const denied = await db.query(`SELECT actor_id FROM audit_events WHERE subject_id = $1 AND outcome = 'denied'`, [
        anonymous.id,
      ]);
      expect(denied.map((d: { actor_id: string }) => d.actor_id).sort()).toEqual([deskB.user.id, supB.user.id].sort());
    });

    it('promotes a consultation once when two requests race', async () => {
      const { deskA, supA } = world.users;
      const worker = await registerWorker(app, deskA);
      const standalone = await logStandalone(app, deskA);
      const statuses = await Promise.all(
        [deskA, supA, deskA, supA].map(
          async (who) =>
            (
              await api()
                .post(`/api/v1/consultations/${standalone.id}/promote`)
                .set('Authorization', who.auth)
                .send({ workerId: worker.id, title: 'Raced', urgency: 'normal' })
            ).status,
        ),
      );
      expect(statuses.sort()).toEqual([201, 422, 422, 422]);
      expect(await count('SELECT count(*)::int AS n FROM cases WHERE worker_id = $1', [worker.id])).toBe(1);
    });

    it('may open the promoted case as restricted, hiding the consultation from other desk staff', async () => {
      const { deskA, supA } = world.users;
      const outsider = await signIn(app, await createUser(app, 'desk_staff', world.orgs.ngoA.id));
      const worker = await registerWorker(app, deskA);
      const standalone = await logStandalone(app, deskA);
      const all = async (who: SignedIn) =>
        ids((await api().get('/api/v1/consultations?limit=100').set('Authorization', who.auth).expect(200)).body);
      expect(await all(outsider)).toContain(standalone.id);
      await api()
        .post(`/api/v1/consultations/${standalone.id}/promote`)
        .set('Authorization', deskA.auth)
        .send({
          workerId: worker.id,
          title: 'Violence at the dormitory',
          urgency: 'critical',
          sensitivity: 'restricted',
        })
        .expect(201);
      expect(await all(outsider)).not.toContain(standalone.id);
      expect(await all(deskA)).toContain(standalone.id);
      expect(await all(supA)).toContain(standalone.id);
    });
  });
});
