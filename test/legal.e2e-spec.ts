import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { labelOf } from '#i18n';
import { openCase, registerWorker } from './factories/cases.factory.js';
import { logConsultation } from './factories/desk.factory.js';
import {
  createOrganization,
  createUser,
  createWorld,
  signIn,
  type SignedIn,
  type World,
} from './factories/identity.factory.js';
import { startApi } from './support/test-app.js';

/**
 * Legal support (API.md, Legal support; PRODUCT.md, Legal assignment): the assignment state
 * machine split between lawyer and staff, what a lawyer sees and for how long, privileged
 * reviews, the conflict check, and the notifications and audit rows of legal support and
 * embassy referrals.
 */
describe('legal support', () => {
  let app: NestExpressApplication;
  let world: World;
  let db: DataSource;
  /** A second lawyer of law office A. */
  let colleagueA: SignedIn;
  const api = () => request(app.getHttpServer());

  beforeAll(async () => {
    ({ app } = await startApi());
    world = await createWorld(app);
    db = app.get(DataSource);
    colleagueA = await signIn(app, await createUser(app, 'lawyer', world.orgs.lawA.id));
  });
  afterAll(async () => {
    await app.close();
  });

  async function newCase(fields: Record<string, unknown> = {}) {
    const worker = await registerWorker(app, world.users.deskA, fields);
    const c = await openCase(app, world.users.deskA, worker.id);
    return { worker, c };
  }

  function assign(caseId: string, lawyer: SignedIn, by = world.users.deskA) {
    return api()
      .post(`/api/v1/cases/${caseId}/legal-assignments`)
      .set('Authorization', by.auth)
      .send({ lawyerId: lawyer.user.id });
  }

  async function assigned(caseId: string, lawyer: SignedIn, status?: 'accepted' | 'completed') {
    const res = await assign(caseId, lawyer);
    expect([res.status, res.body.error]).toEqual([201, undefined]);
    if (status) await move(res.body.id, lawyer, 'accepted').expect(200);
    if (status === 'completed') await move(res.body.id, lawyer, 'completed').expect(200);
    return res.body as { id: string; status: string; conflictWarning: boolean; conflictReferences: string[] };
  }

  function move(id: string, who: SignedIn, to: string, extra: Record<string, unknown> = {}) {
    return api()
      .post(`/api/v1/legal-assignments/${id}/transitions`)
      .set('Authorization', who.auth)
      .send({ to, ...extra });
  }

  async function expectIllegal(id: string, who: SignedIn, to: string, allowed: string[]) {
    const res = await move(id, who, to);
    expect([to, res.status, res.body.error?.code]).toEqual([to, 409, 'CONFLICT']);
    expect([...res.body.error.details[0].allowed].sort()).toEqual([...allowed].sort());
  }

  function get(who: SignedIn, path: string) {
    return api().get(path).set('Authorization', who.auth);
  }

  function review(caseId: string, who: SignedIn, body = 'Privileged opinion') {
    return api().post(`/api/v1/cases/${caseId}/legal-reviews`).set('Authorization', who.auth).send({ body });
  }

  function consult(caseId: string, who: SignedIn) {
    return api()
      .post(`/api/v1/cases/${caseId}/consultations`)
      .set('Authorization', who.auth)
      .send({
        occurredAt: new Date(Date.now() - 60_000).toISOString(),
        channel: 'video',
        language: 'vi',
        interpreterUsed: true,
        summary: 'Lawyer met the worker about the dismissal',
      });
  }

  /** What a lawyer gets when reading a case: the case, its timeline and consultations, the worker, the list. */
  async function lawyerView(lawyer: SignedIn, caseId: string, workerId: string) {
    const [kase, timeline, consultations, worker, list] = await Promise.all([
      get(lawyer, `/api/v1/cases/${caseId}`),
      get(lawyer, `/api/v1/cases/${caseId}/timeline`),
      get(lawyer, `/api/v1/cases/${caseId}/consultations`),
      get(lawyer, `/api/v1/workers/${workerId}`),
      get(lawyer, '/api/v1/cases?limit=100'),
    ]);
    expect(list.status).toBe(200);
    return {
      case: kase.status,
      timeline: timeline.status,
      consultations: consultations.status,
      worker: worker.status,
      listed: list.body.items.some((x: { id: string }) => x.id === caseId),
    };
  }
  const SEES = { case: 200, timeline: 200, consultations: 200, worker: 200, listed: true };
  const BLIND = { case: 404, timeline: 404, consultations: 404, worker: 404, listed: false };

  describe('the assignment state machine', () => {
    it('moves pending → accepted → completed, each side only its own moves, and 409 with the allowed targets otherwise', async () => {
      const { deskA, supA, lawyerA } = world.users;
      const { c } = await newCase();
      const a = await assigned(c.id, lawyerA);
      expect(a).toMatchObject({
        status: 'pending',
        caseId: c.id,
        lawyerId: lawyerA.user.id,
        conflictWarning: false,
        conflictReferences: [],
      });

      await expectIllegal(a.id, lawyerA, 'completed', ['accepted', 'declined']);
      await expectIllegal(a.id, lawyerA, 'withdrawn', ['accepted', 'declined']); // a lawyer never withdraws
      await expectIllegal(a.id, deskA, 'accepted', ['withdrawn']); // staff never accept for the lawyer
      await expectIllegal(a.id, supA, 'declined', ['withdrawn']);
      await expectIllegal(a.id, deskA, 'pending', ['withdrawn']);

      const accepted = await move(a.id, lawyerA, 'accepted').expect(200);
      expect(accepted.body.status).toBe('accepted');
      await expectIllegal(a.id, lawyerA, 'accepted', ['completed']);
      await expectIllegal(a.id, lawyerA, 'declined', ['completed']);
      await expectIllegal(a.id, deskA, 'completed', ['withdrawn']);

      const completed = await move(a.id, lawyerA, 'completed', { outcome: 'Settled at the labour tribunal' }).expect(
        200,
      );
      expect(completed.body).toMatchObject({ status: 'completed', outcome: 'Settled at the labour tribunal' });
      await expectIllegal(a.id, lawyerA, 'accepted', []);
      await expectIllegal(a.id, deskA, 'withdrawn', []);

      const timeline = await get(deskA, `/api/v1/cases/${c.id}/timeline`).expect(200);
      expect(
        timeline.body
          .filter((e: { type: string }) => e.type.startsWith('legal_assignment.'))
          .map((e: { type: string; data: { to?: string } }) => `${e.type}${e.data.to ? `:${e.data.to}` : ''}`),
      ).toEqual([
        'legal_assignment.created',
        'legal_assignment.status_changed:accepted',
        'legal_assignment.status_changed:completed',
      ]);
      const audit = await db.query(`SELECT action, actor_id FROM audit_events WHERE subject_id = $1 ORDER BY seq`, [
        a.id,
      ]);
      expect(audit).toEqual([
        { action: 'legal_assignment.create', actor_id: deskA.user.id },
        { action: 'legal_assignment.transition', actor_id: lawyerA.user.id },
        { action: 'legal_assignment.transition', actor_id: lawyerA.user.id },
      ]);
    });

    it('moves pending → declined, pending → withdrawn and accepted → withdrawn, and nothing leaves those states', async () => {
      const { deskA, supA, lawyerA } = world.users;
      const declined = await assigned((await newCase()).c.id, lawyerA);
      expect(
        (await move(declined.id, lawyerA, 'declined', { reason: 'Conflict of interest' }).expect(200)).body,
      ).toMatchObject({ status: 'declined', reason: 'Conflict of interest' });
      await expectIllegal(declined.id, lawyerA, 'accepted', []);
      await expectIllegal(declined.id, deskA, 'withdrawn', []);

      const pendingWithdrawn = await assigned((await newCase()).c.id, lawyerA);
      expect((await move(pendingWithdrawn.id, deskA, 'withdrawn').expect(200)).body.status).toBe('withdrawn');
      await expectIllegal(pendingWithdrawn.id, deskA, 'withdrawn', []);

      const acceptedWithdrawn = await assigned((await newCase()).c.id, lawyerA, 'accepted');
      expect((await move(acceptedWithdrawn.id, supA, 'withdrawn').expect(200)).body.status).toBe('withdrawn');
      await expectIllegal(acceptedWithdrawn.id, supA, 'accepted', []);

      const bogus = await move(acceptedWithdrawn.id, supA, 'archived').expect(400);
      expect(bogus.body.error.code).toBe('VALIDATION_FAILED');
    });

    it('lets nobody outside the case move an assignment', async () => {
      const { deskB, supB, lawyerB, officerVN, admin } = world.users;
      const a = await assigned((await newCase()).c.id, world.users.lawyerA);
      for (const [who, to, status] of [
        [deskB, 'withdrawn', 404],
        [supB, 'withdrawn', 404],
        [lawyerB, 'accepted', 404],
        [colleagueA, 'accepted', 404],
        [officerVN, 'withdrawn', 403],
        [admin, 'withdrawn', 403],
      ] as const) {
        expect([who.user.role, (await move(a.id, who, to)).status]).toEqual([who.user.role, status]);
      }
      const still = await get(world.users.deskA, '/api/v1/legal-assignments?status=pending&limit=100').expect(200);
      expect(still.body.items.map((x: { id: string }) => x.id)).toContain(a.id);
    });

    it('refuses (422) a second active assignment of the same lawyer on a case, and a non-lawyer', async () => {
      const { deskA, supA, lawyerA } = world.users;
      const { c } = await newCase();
      const first = await assigned(c.id, lawyerA);
      const again = await assign(c.id, lawyerA, supA).expect(422);
      expect(again.body.error.code).toBe('RULE_VIOLATION');
      await move(first.id, lawyerA, 'accepted').expect(200);
      await assign(c.id, lawyerA).expect(422);
      // Another lawyer may join; once the first assignment is over, the lawyer may be asked again.
      await assign(c.id, colleagueA).expect(201);
      await move(first.id, lawyerA, 'completed').expect(200);
      await assign(c.id, lawyerA).expect(201);
      expect((await assign(c.id, deskA).expect(422)).body.error.code).toBe('RULE_VIOLATION');
      await assign(c.id, world.users.deskB).expect(422);
      const [{ n }] = await db.query(
        `SELECT count(*)::int AS n FROM legal_assignments WHERE case_id = $1 AND lawyer_id = $2`,
        [c.id, lawyerA.user.id],
      );
      expect(n).toBe(2);
    });

    it("lists a lawyer's own assignments and an NGO's own, filtered by status", async () => {
      const { deskA, deskB, lawyerA, lawyerB } = world.users;
      const a = await assigned((await newCase()).c.id, lawyerA, 'accepted');
      const own = await get(lawyerA, '/api/v1/legal-assignments?status=accepted&limit=100').expect(200);
      expect(own.body.items.map((x: { id: string }) => x.id)).toContain(a.id);
      expect(own.body.items.every((x: { status: string; lawyerId: string }) => x.status === 'accepted')).toBe(true);
      expect(own.body.items.every((x: { lawyerId: string }) => x.lawyerId === lawyerA.user.id)).toBe(true);
      const ngo = await get(deskA, '/api/v1/legal-assignments?limit=100').expect(200);
      expect(ngo.body.items.map((x: { id: string }) => x.id)).toContain(a.id);
      for (const who of [lawyerB, colleagueA, deskB]) {
        const other = await get(who, '/api/v1/legal-assignments?limit=100').expect(200);
        expect(other.body.items.map((x: { id: string }) => x.id)).not.toContain(a.id);
      }
    });
  });

  describe("a lawyer's access to the case", () => {
    it('begins at pending, includes the worker, and ends on decline', async () => {
      const { lawyerA, lawyerB } = world.users;
      const { worker, c } = await newCase();
      expect(await lawyerView(lawyerA, c.id, worker.id)).toEqual(BLIND);
      const a = await assigned(c.id, lawyerA);
      expect(await lawyerView(lawyerA, c.id, worker.id)).toEqual(SEES);
      expect(await lawyerView(lawyerB, c.id, worker.id)).toEqual(BLIND);
      expect(await lawyerView(colleagueA, c.id, worker.id)).toEqual(BLIND);
      await move(a.id, lawyerA, 'declined').expect(200);
      expect(await lawyerView(lawyerA, c.id, worker.id)).toEqual(BLIND);
    });

    it('ends on withdrawal, pending or accepted', async () => {
      const { deskA, lawyerA } = world.users;
      const pending = await newCase();
      const p = await assigned(pending.c.id, lawyerA);
      await move(p.id, deskA, 'withdrawn').expect(200);
      expect(await lawyerView(lawyerA, pending.c.id, pending.worker.id)).toEqual(BLIND);

      const accepted = await newCase();
      const a = await assigned(accepted.c.id, lawyerA, 'accepted');
      await review(accepted.c.id, lawyerA).expect(201);
      expect(await lawyerView(lawyerA, accepted.c.id, accepted.worker.id)).toEqual(SEES);
      await move(a.id, deskA, 'withdrawn').expect(200);
      expect(await lawyerView(lawyerA, accepted.c.id, accepted.worker.id)).toEqual(BLIND);
      await get(lawyerA, `/api/v1/cases/${accepted.c.id}/legal-reviews`).expect(404);
      await review(accepted.c.id, lawyerA).expect(404);
    });

    it('stays readable but not writable once completed', async () => {
      const { deskA, lawyerA } = world.users;
      const { worker, c } = await newCase();
      const a = await assigned(c.id, lawyerA, 'accepted');
      await review(c.id, lawyerA, 'Opinion before completion').expect(201);
      await move(a.id, lawyerA, 'completed').expect(200);

      expect(await lawyerView(lawyerA, c.id, worker.id)).toEqual(SEES);
      const reviews = await get(lawyerA, `/api/v1/cases/${c.id}/legal-reviews`).expect(200);
      expect(reviews.body.map((r: { body: string }) => r.body)).toEqual(['Opinion before completion']);
      expect((await review(c.id, lawyerA, 'too late')).status).toBe(404);
      expect((await consult(c.id, lawyerA)).status).toBe(404);
      const patch = await api()
        .patch(`/api/v1/cases/${c.id}`)
        .set('Authorization', lawyerA.auth)
        .send({ version: 1, title: 'changed by the lawyer' });
      expect(patch.status).toBe(403);
      const kase = await get(deskA, `/api/v1/cases/${c.id}`).expect(200);
      expect(kase.body.title).not.toBe('changed by the lawyer');
    });

    it('shows a lawyer of another office, or an unassigned colleague, nothing of the case', async () => {
      const { deskA, lawyerA, lawyerB } = world.users;
      const { worker, c } = await newCase();
      const a = await assigned(c.id, lawyerA, 'accepted');
      await review(c.id, lawyerA, 'Review: lynx opinion').expect(201);
      await logConsultation(app, deskA, c.id);
      for (const outsider of [lawyerB, colleagueA]) {
        expect(await lawyerView(outsider, c.id, worker.id)).toEqual(BLIND);
        const answers = await Promise.all([
          get(outsider, `/api/v1/cases/${c.id}/legal-reviews`),
          get(outsider, `/api/v1/cases/${c.id}/deadlines`),
          review(c.id, outsider),
          consult(c.id, outsider),
          move(a.id, outsider, 'completed'),
          move(a.id, outsider, 'declined'),
        ]);
        expect(answers.map((r) => r.status)).toEqual([404, 404, 404, 404, 404, 404]);
        for (const r of answers) expect(r.text).not.toContain('lynx');
        const list = await get(outsider, '/api/v1/legal-assignments?limit=100').expect(200);
        expect(list.body.items.map((x: { id: string }) => x.id)).not.toContain(a.id);
        const notices = await get(outsider, '/api/v1/notifications?limit=100').expect(200);
        expect(notices.body.items.map((n: { subjectId: string }) => n.subjectId)).not.toContain(a.id);
      }
    });
  });

  describe('consultations by lawyers', () => {
    it('lets a lawyer log a consultation on a case they accepted, and only then', async () => {
      const { deskA, lawyerA, lawyerB } = world.users;
      const { c } = await newCase();
      const a = await assigned(c.id, lawyerA);
      expect((await consult(c.id, lawyerA)).status).toBe(404); // pending
      expect((await consult(c.id, lawyerB)).status).toBe(404); // another office
      await move(a.id, lawyerA, 'accepted').expect(200);
      const logged = await consult(c.id, lawyerA).expect(201);
      expect(logged.body).toMatchObject({ caseId: c.id });
      expect((await consult(c.id, lawyerB)).status).toBe(404);
      expect((await consult(c.id, colleagueA)).status).toBe(404);
      const listed = await get(deskA, `/api/v1/cases/${c.id}/consultations`).expect(200);
      expect(listed.body.items.map((x: { id: string }) => x.id)).toContain(logged.body.id);
      await move(a.id, lawyerA, 'completed').expect(200);
      expect((await consult(c.id, lawyerA)).status).toBe(404); // completed: read-only

      const declined = await newCase();
      const d = await assigned(declined.c.id, lawyerA);
      await move(d.id, lawyerA, 'declined').expect(200);
      expect((await consult(declined.c.id, lawyerA)).status).toBe(404);
      // A lawyer has no desk: no consultation outside a case.
      const standalone = await api()
        .post('/api/v1/consultations')
        .set('Authorization', lawyerA.auth)
        .send({
          occurredAt: new Date(Date.now() - 60_000).toISOString(),
          channel: 'phone',
          language: 'vi',
          categories: ['dismissal'],
          summary: 'x',
        });
      expect(standalone.status).toBe(403);
    });
  });

  describe('legal reviews', () => {
    it("are read only by the lawyer who wrote them and the owning NGO's supervisors", async () => {
      const { deskA, supA, deskB, supB, lawyerA, lawyerB, officerVN, admin } = world.users;
      const { c } = await newCase();
      await assigned(c.id, lawyerA, 'accepted');
      const written = await review(c.id, lawyerA, 'Review: privileged okapi opinion').expect(201);
      expect(written.body).toMatchObject({
        caseId: c.id,
        lawyerId: lawyerA.user.id,
        body: 'Review: privileged okapi opinion',
      });

      // A second lawyer on the same case writes and reads only their own.
      await assigned(c.id, colleagueA, 'accepted');
      await review(c.id, colleagueA, 'Review: colleague tapir opinion').expect(201);

      const read = async (who: SignedIn) => {
        const res = await get(who, `/api/v1/cases/${c.id}/legal-reviews`);
        return [res.status, res.status === 200 ? res.body.map((r: { body: string }) => r.body).sort() : res.text];
      };
      expect(await read(lawyerA)).toEqual([200, ['Review: privileged okapi opinion']]);
      expect(await read(colleagueA)).toEqual([200, ['Review: colleague tapir opinion']]);
      expect(await read(supA)).toEqual([200, ['Review: colleague tapir opinion', 'Review: privileged okapi opinion']]);
      for (const who of [deskA, deskB, supB, lawyerB]) {
        const [status, text] = await read(who);
        expect([who.user.role, status]).toEqual([who.user.role, 404]);
        expect(text).not.toContain('okapi');
      }
      for (const who of [officerVN, admin]) expect((await read(who))[0]).toBe(403);
      for (const who of [deskA, supA, officerVN, admin]) expect((await review(c.id, who)).status).toBe(403);

      // The desk staff who owns the case does not get at them any other way.
      const around = await Promise.all([
        get(deskA, `/api/v1/cases/${c.id}`),
        get(deskA, `/api/v1/cases/${c.id}/timeline`),
        get(deskA, `/api/v1/cases/${c.id}/consultations`),
        get(deskA, '/api/v1/consultations?limit=100'),
        get(deskA, '/api/v1/cases/export?format=csv'),
        get(deskA, '/api/v1/notifications?limit=100'),
      ]);
      for (const res of around) {
        expect(res.status).toBe(200);
        expect(res.text).not.toContain('okapi');
      }
      const denied = await db.query(
        `SELECT outcome FROM audit_events WHERE action = 'legal_review.read' AND actor_id = $1 AND subject_id = $2`,
        [deskA.user.id, c.id],
      );
      expect(denied).toEqual([{ outcome: 'denied' }]);
    });
  });

  describe('the conflict check', () => {
    it("warns when the office already acts against the same employer for another worker (case and width don't matter)", async () => {
      const { deskA, lawyerA, lawyerB } = world.users;
      const first = await newCase({ fullName: 'Worker One', employer: { name: 'Sakura Foods K.K.' } });
      const second = await newCase({ fullName: 'Worker Two', employer: { name: 'ＳＡＫＵＲＡ FOODS k.k.' } });

      // A pending assignment on the first case is not yet a conflict.
      const onFirst = await assigned(first.c.id, lawyerA);
      const early = await assigned(second.c.id, colleagueA);
      expect(early).toMatchObject({ conflictWarning: false, conflictReferences: [] });
      await move(early.id, deskA, 'withdrawn').expect(200);

      await move(onFirst.id, lawyerA, 'accepted').expect(200);
      const flagged = await assigned(second.c.id, colleagueA);
      expect(flagged).toMatchObject({
        status: 'pending',
        conflictWarning: true,
        conflictReferences: [first.c.reference],
      });
      const listed = await get(deskA, '/api/v1/legal-assignments?limit=100').expect(200);
      expect(listed.body.items.find((x: { id: string }) => x.id === flagged.id)).toMatchObject({
        conflictWarning: true,
        conflictReferences: [first.c.reference],
      });

      const notices = await get(colleagueA, '/api/v1/notifications?limit=100').expect(200);
      const notice = notices.body.items.find((n: { subjectId: string }) => n.subjectId === flagged.id);
      expect(notice).toMatchObject({ kind: 'assignment.new', subjectType: 'legal_assignment' });
      expect(`${notice.title} ${notice.body}`).toContain(first.c.reference);
      const quiet = notices.body.items.find((n: { subjectId: string }) => n.subjectId === early.id);
      expect(`${quiet.title} ${quiet.body}`).not.toContain(first.c.reference);

      // Another law office has no conflict; nor does another case of the same worker.
      const otherOffice = await assigned(second.c.id, lawyerB);
      expect(otherOffice).toMatchObject({ conflictWarning: false, conflictReferences: [] });
      const sameWorker = await openCase(app, deskA, first.worker.id, { title: 'Second problem' });
      expect(await assigned(sameWorker.id, colleagueA)).toMatchObject({
        conflictWarning: false,
        conflictReferences: [],
      });
    });

    it('warns when the office already acts against the same sending agency for another worker', async () => {
      const { lawyerA, lawyerB } = world.users;
      const first = await newCase({ employer: { name: 'Kappa Farm' }, sendingAgency: 'Hanoi Manpower JSC' });
      const second = await newCase({ employer: { name: 'Other Farm' }, sendingAgency: 'ＨＡＮＯＩ manpower jsc' });
      await assigned(first.c.id, lawyerA, 'accepted');
      expect(await assigned(second.c.id, colleagueA)).toMatchObject({
        conflictWarning: true,
        conflictReferences: [first.c.reference],
      });
      expect(await assigned(second.c.id, lawyerB)).toMatchObject({ conflictWarning: false, conflictReferences: [] });
    });

    it("warns across NGOs, but never shows an NGO the reference of another NGO's case", async () => {
      const { deskA, deskB, lawyerA } = world.users;
      const employer = { name: 'Tsubaki Electronics Co.' };
      const workerOfB = await registerWorker(app, deskB, { employer });
      const caseOfB = await openCase(app, deskB, workerOfB.id);
      const onB = await assign(caseOfB.id, lawyerA, deskB).expect(201);
      await move(onB.body.id, lawyerA, 'accepted').expect(200);

      const { c } = await newCase({ employer: { name: 'TSUBAKI ELECTRONICS CO.' } });
      const flagged = await assign(c.id, colleagueA).expect(201);
      // The office is warned; NGO A learns that there is a conflict, not which case of NGO B it is
      // (references are numbered per organization, so NGO B's could even read as one of A's own).
      expect(flagged.body).toMatchObject({ conflictWarning: true, conflictReferences: [] });
      const listed = await get(deskA, '/api/v1/legal-assignments?limit=100').expect(200);
      expect(listed.text).not.toContain(caseOfB.reference);
      // The lawyer, whose office holds that assignment, is told which case it is.
      const notices = await get(colleagueA, '/api/v1/notifications?limit=100').expect(200);
      const notice = notices.body.items.find((n: { subjectId: string }) => n.subjectId === flagged.body.id);
      expect(`${notice.title} ${notice.body}`).toContain(caseOfB.reference);
    });
  });

  describe('notifications', () => {
    it('tells the lawyer of a new assignment, and nobody else', async () => {
      const { lawyerA, lawyerB } = world.users;
      const { c } = await newCase();
      const a = await assigned(c.id, lawyerA);
      const mine = await get(lawyerA, '/api/v1/notifications?unread=true&limit=100').expect(200);
      const notice = mine.body.items.find((n: { subjectId: string }) => n.subjectId === a.id);
      expect(notice).toMatchObject({ kind: 'assignment.new', subjectType: 'legal_assignment', readAt: null });
      expect(notice.title).toContain(c.reference);
      for (const who of [lawyerB, colleagueA]) {
        const theirs = await get(who, '/api/v1/notifications?limit=100').expect(200);
        expect(theirs.body.items.map((n: { subjectId: string }) => n.subjectId)).not.toContain(a.id);
      }

      // Only the addressee marks it read.
      await api().post(`/api/v1/notifications/${notice.id}/read`).set('Authorization', lawyerB.auth).expect(404);
      const read = await api()
        .post(`/api/v1/notifications/${notice.id}/read`)
        .set('Authorization', lawyerA.auth)
        .expect(200);
      expect(read.body.readAt).toEqual(expect.any(String));
      const unread = await get(lawyerA, '/api/v1/notifications?unread=true&limit=100').expect(200);
      expect(unread.body.items.map((n: { id: string }) => n.id)).not.toContain(notice.id);
    });

    it('tells every officer of the embassy of a new referral, and the referring staff member of its status and messages', async () => {
      const { deskA, supA, officerVN, officerPH } = world.users;
      const embassy = await createOrganization(app, 'embassy', { country: 'VN' });
      const [first, second] = await Promise.all([
        createUser(app, 'embassy_officer', embassy.id).then((u) => signIn(app, u)),
        createUser(app, 'embassy_officer', embassy.id).then((u) => signIn(app, u)),
      ]);
      const { worker, c } = await newCase();
      const consent = await api()
        .post(`/api/v1/workers/${worker.id}/consents`)
        .set('Authorization', deskA.auth)
        .send({
          purpose: 'embassy_referral',
          recipientOrganizationId: embassy.id,
          fields: ['fullName'],
          method: 'verbal',
          language: 'vi',
        })
        .expect(201);
      // The supervisor refers (the case's owner is deskA).
      const referral = await api()
        .post(`/api/v1/cases/${c.id}/referrals`)
        .set('Authorization', supA.auth)
        .send({ embassyId: embassy.id, consentId: consent.body.id, reason: 'Passport' })
        .expect(201);
      const kindsFor = async (who: SignedIn) => {
        const res = await get(who, '/api/v1/notifications?limit=100').expect(200);
        return res.body.items
          .filter((n: { subjectId: string }) => n.subjectId === referral.body.id)
          .map((n: { kind: string; subjectType: string }) => `${n.subjectType}:${n.kind}`)
          .sort();
      };
      expect(await kindsFor(first)).toEqual(['referral:referral.new']);
      expect(await kindsFor(second)).toEqual(['referral:referral.new']);
      for (const who of [officerVN, officerPH, supA]) expect(await kindsFor(who)).toEqual([]);

      await api()
        .post(`/api/v1/referrals/${referral.body.id}/transitions`)
        .set('Authorization', first.auth)
        .send({ to: 'acknowledged' })
        .expect(200);
      await api()
        .post(`/api/v1/referrals/${referral.body.id}/messages`)
        .set('Authorization', second.auth)
        .send({ body: 'Please bring the worker on Thursday' })
        .expect(201);
      expect(await kindsFor(supA)).toEqual(['referral:referral.message', 'referral:referral.status']);
      const status = (await get(supA, '/api/v1/notifications?limit=100').expect(200)).body.items.find(
        (n: { kind: string; subjectId: string }) => n.kind === 'referral.status' && n.subjectId === referral.body.id,
      );
      // In the reader's own staff language, from the catalogs.
      expect(`${status.title} ${status.body}`).toContain(labelOf(supA.user.locale, 'referralStatus', 'acknowledged'));
      const [embassyRow] = await app
        .get(DataSource)
        .query('SELECT name FROM organizations WHERE id = $1', [first.user.organizationId]);
      expect(status.body).toContain(embassyRow.name);
      expect(`${status.title} ${status.body}`).not.toContain('Thursday');

      // The NGO's answer goes to the embassy's officers.
      await api()
        .post(`/api/v1/referrals/${referral.body.id}/messages`)
        .set('Authorization', supA.auth)
        .send({ body: 'We will' })
        .expect(201);
      expect(await kindsFor(first)).toEqual(['referral:referral.message', 'referral:referral.new']);
      expect(await kindsFor(second)).toEqual(['referral:referral.message', 'referral:referral.new']);
    });
  });

  describe('audit of embassy reads', () => {
    it('records a referral.read row for every referral an officer reads, one by one or in a list', async () => {
      const { deskA } = world.users;
      const embassy = await createOrganization(app, 'embassy', { country: 'VN' });
      const officer = await signIn(app, await createUser(app, 'embassy_officer', embassy.id));
      const { worker, c } = await newCase();
      const consent = await api()
        .post(`/api/v1/workers/${worker.id}/consents`)
        .set('Authorization', deskA.auth)
        .send({
          purpose: 'embassy_referral',
          recipientOrganizationId: embassy.id,
          fields: ['fullName'],
          method: 'verbal',
          language: 'vi',
        })
        .expect(201);
      const refer = async () =>
        (
          await api()
            .post(`/api/v1/cases/${c.id}/referrals`)
            .set('Authorization', deskA.auth)
            .send({ embassyId: embassy.id, consentId: consent.body.id, reason: 'Passport' })
            .expect(201)
        ).body.id as string;
      const [r1, r2] = [await refer(), await refer()];
      const reads = async () =>
        (await db.query(
          `SELECT subject_id, outcome, actor_role, actor_organization_id FROM audit_events
            WHERE action = 'referral.read' AND actor_id = $1 ORDER BY seq`,
          [officer.user.id],
        )) as { subject_id: string; outcome: string }[];
      expect(await reads()).toEqual([]);

      await get(officer, `/api/v1/referrals/${r1}`).expect(200);
      expect(await reads()).toEqual([
        { subject_id: r1, outcome: 'success', actor_role: 'embassy_officer', actor_organization_id: embassy.id },
      ]);
      await get(officer, '/api/v1/referrals').expect(200);
      expect(
        (await reads())
          .slice(1)
          .map((r) => r.subject_id)
          .sort(),
      ).toEqual([r1, r2].sort());
      await get(officer, `/api/v1/referrals/${r2}/messages`).expect(200);
      const [thread] = await db.query(
        `SELECT count(*)::int AS n FROM audit_events WHERE action LIKE 'referral.%read' AND actor_id = $1 AND subject_id = $2`,
        [officer.user.id, r2],
      );
      expect(thread.n).toBe(2);

      // A refused read is recorded too.
      await api()
        .post(`/api/v1/consents/${consent.body.id}/withdraw`)
        .set('Authorization', deskA.auth)
        .send({})
        .expect(200);
      await get(officer, `/api/v1/referrals/${r1}`).expect(404);
      expect((await reads()).at(-1)).toMatchObject({ subject_id: r1, outcome: 'denied' });
    });
  });
});
