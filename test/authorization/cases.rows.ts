import { openCase, registerWorker } from '../factories/cases.factory.js';
import {
  assignLawyer,
  logConsultation,
  logStandalone,
  minutesFromNow,
  scheduleAccompaniment,
} from '../factories/desk.factory.js';
import { all, type MatrixContext, type MatrixSection, type Who } from './matrix.js';

/**
 * Workers, cases, consultations, accompaniments, stats and export. Every subject belongs to
 * NGO A: its worker, a normal case (lawyerA holds an ACCEPTED assignment on it), a restricted
 * case of supA (deskA is outside it), and a case with lawyerA's assignment still PENDING.
 * A write that can succeed once per subject gets a subject per successful caller
 * (`key:deskA`, `key:supA`); everyone else is refused before the subject's state matters.
 */
const subject = (ctx: MatrixContext, key: string, who: Who) => ctx.subjects[`${key}:${who}`] ?? ctx.subjects[key];

/** NGO A's staff may; NGO B's staff get 404 (A's record is invisible); the other roles never may. */
const OWN_NGO = (ok: number) => all(403, { deskA: ok, supA: ok, deskB: 404, supB: 404 });
/** As OWN_NGO, and lawyerA sees the case through the accepted assignment; lawyerB does not. */
const CASE_READERS = (ok: number) => ({ ...OWN_NGO(ok), lawyerA: ok, lawyerB: 404 });
/** The restricted case: only its owner supA; deskA is outside it. */
const RESTRICTED = (ok: number) => ({ ...OWN_NGO(ok), deskA: 404, lawyerA: 404, lawyerB: 404 });
/** Routes every NGO desk uses on its own organization's data. */
const ANY_NGO = (ok: number) => all(403, { deskA: ok, supA: ok, deskB: ok, supB: ok });

const consultation = { channel: 'phone', language: 'vi', summary: 'Called about unpaid wages' };

export const casesRows: MatrixSection = {
  name: 'workers, cases, consultations, accompaniments, stats and export',
  prepare: async (ctx) => {
    const { app, subjects } = ctx;
    const { deskA, supA, lawyerA } = ctx.world.users;
    const worker = await registerWorker(app, deskA);
    subjects.workerA = worker.id;
    const caseA = await openCase(app, deskA, worker.id);
    subjects.caseA = caseA.id;
    await assignLawyer(app, caseA.id, lawyerA, 'accepted');
    subjects.restrictedA = (await openCase(app, supA, worker.id, { sensitivity: 'restricted' })).id;
    const pending = await openCase(app, deskA, worker.id);
    subjects.pendingA = pending.id;
    await assignLawyer(app, pending.id, lawyerA, 'pending');
    subjects.attachedConsultationA = (await logConsultation(app, deskA, caseA.id)).id;
    for (const who of ['deskA', 'supA'] as const) {
      subjects[`workerA:${who}`] = (await registerWorker(app, deskA)).id;
      subjects[`caseA:${who}`] = (await openCase(app, deskA, worker.id)).id;
      subjects[`standaloneA:${who}`] = (await logStandalone(app, deskA)).id;
      subjects[`accompanimentA:${who}`] = (await scheduleAccompaniment(app, deskA, caseA.id, deskA.user.id)).id;
    }
    subjects.standaloneA = subjects['standaloneA:deskA'];
    subjects.accompanimentA = subjects['accompanimentA:deskA'];
  },
  rows: [
    {
      route: 'POST /v1/workers',
      request: () => ({
        method: 'post',
        path: '/api/v1/workers',
        body: { fullName: 'Trần Văn Bình', nationality: 'VN', preferredLanguage: 'vi' },
      }),
      expect: ANY_NGO(201),
    },
    {
      route: 'GET /v1/workers',
      request: () => ({ method: 'get', path: '/api/v1/workers?q=nguyen' }),
      expect: ANY_NGO(200),
    },
    {
      route: "GET /v1/workers/:id (A's worker, on lawyerA's assigned case)",
      request: (ctx) => ({ method: 'get', path: `/api/v1/workers/${ctx.subjects.workerA}` }),
      expect: CASE_READERS(200),
    },
    {
      route: "PATCH /v1/workers/:id (A's worker)",
      request: (ctx, who) => ({
        method: 'patch',
        path: `/api/v1/workers/${subject(ctx, 'workerA', who)}`,
        body: { version: 1, notes: `changed by ${who}` },
      }),
      expect: OWN_NGO(200),
    },
    {
      // The worker is a body field, not the path: an invisible one answers as an absent one (422).
      route: "POST /v1/cases (for A's worker)",
      request: (ctx) => ({
        method: 'post',
        path: '/api/v1/cases',
        body: { workerId: ctx.subjects.workerA, title: 'Wage arrears', categories: ['wage_arrears'], urgency: 'high' },
      }),
      expect: all(403, { deskA: 201, supA: 201, deskB: 422, supB: 422 }),
    },
    {
      route: 'GET /v1/cases',
      request: () => ({ method: 'get', path: '/api/v1/cases' }),
      expect: all(403, { deskA: 200, supA: 200, deskB: 200, supB: 200, lawyerA: 200, lawyerB: 200 }),
    },
    {
      route: "GET /v1/cases/:id (A's case)",
      request: (ctx) => ({ method: 'get', path: `/api/v1/cases/${ctx.subjects.caseA}` }),
      expect: CASE_READERS(200),
    },
    {
      route: "GET /v1/cases/:id (A's restricted case of supA)",
      request: (ctx) => ({ method: 'get', path: `/api/v1/cases/${ctx.subjects.restrictedA}` }),
      expect: RESTRICTED(200),
    },
    {
      route: "PATCH /v1/cases/:id (A's case)",
      request: (ctx, who) => ({
        method: 'patch',
        path: `/api/v1/cases/${subject(ctx, 'caseA', who)}`,
        body: { version: 1, title: `Renamed by ${who}` },
      }),
      expect: OWN_NGO(200),
    },
    {
      route: "PATCH /v1/cases/:id (A's restricted case of supA)",
      request: (ctx) => ({
        method: 'patch',
        path: `/api/v1/cases/${ctx.subjects.restrictedA}`,
        body: { version: 1, urgency: 'normal' },
      }),
      expect: { ...RESTRICTED(200), lawyerA: 403, lawyerB: 403 },
    },
    {
      route: "POST /v1/cases/:id/transitions (A's case)",
      request: (ctx, who) => ({
        method: 'post',
        path: `/api/v1/cases/${subject(ctx, 'caseA', who)}/transitions`,
        body: { to: 'in_progress' },
      }),
      expect: OWN_NGO(200),
    },
    {
      route: "GET /v1/cases/:id/timeline (A's case)",
      request: (ctx) => ({ method: 'get', path: `/api/v1/cases/${ctx.subjects.caseA}/timeline` }),
      expect: CASE_READERS(200),
    },
    {
      route: "GET /v1/cases/:id/timeline (A's restricted case of supA)",
      request: (ctx) => ({ method: 'get', path: `/api/v1/cases/${ctx.subjects.restrictedA}/timeline` }),
      expect: RESTRICTED(200),
    },
    {
      route: "POST /v1/cases/:id/consultations (A's case, lawyerA accepted)",
      request: (ctx) => ({
        method: 'post',
        path: `/api/v1/cases/${ctx.subjects.caseA}/consultations`,
        body: { ...consultation, occurredAt: minutesFromNow(-5) },
      }),
      expect: CASE_READERS(201),
    },
    {
      route: "POST /v1/cases/:id/consultations (A's case, lawyerA still pending)",
      request: (ctx) => ({
        method: 'post',
        path: `/api/v1/cases/${ctx.subjects.pendingA}/consultations`,
        body: { ...consultation, occurredAt: minutesFromNow(-5) },
      }),
      expect: { ...OWN_NGO(201), lawyerA: 404, lawyerB: 404 },
    },
    {
      route: "POST /v1/cases/:id/consultations (A's restricted case of supA)",
      request: (ctx) => ({
        method: 'post',
        path: `/api/v1/cases/${ctx.subjects.restrictedA}/consultations`,
        body: { ...consultation, occurredAt: minutesFromNow(-5) },
      }),
      expect: RESTRICTED(201),
    },
    {
      route: "GET /v1/cases/:id/consultations (A's case)",
      request: (ctx) => ({ method: 'get', path: `/api/v1/cases/${ctx.subjects.caseA}/consultations` }),
      expect: CASE_READERS(200),
    },
    {
      route: "GET /v1/cases/:id/consultations (A's case, lawyerA still pending)",
      request: (ctx) => ({ method: 'get', path: `/api/v1/cases/${ctx.subjects.pendingA}/consultations` }),
      expect: CASE_READERS(200),
    },
    {
      route: "GET /v1/cases/:id/consultations (A's restricted case of supA)",
      request: (ctx) => ({ method: 'get', path: `/api/v1/cases/${ctx.subjects.restrictedA}/consultations` }),
      expect: RESTRICTED(200),
    },
    {
      route: 'POST /v1/consultations (anonymous)',
      request: () => ({
        method: 'post',
        path: '/api/v1/consultations',
        body: { ...consultation, occurredAt: minutesFromNow(-5), categories: ['wage_arrears'] },
      }),
      expect: ANY_NGO(201),
    },
    {
      route: "POST /v1/consultations (for A's worker)",
      request: (ctx) => ({
        method: 'post',
        path: '/api/v1/consultations',
        body: {
          ...consultation,
          occurredAt: minutesFromNow(-5),
          categories: ['wage_arrears'],
          workerId: ctx.subjects.workerA,
        },
      }),
      expect: all(403, { deskA: 201, supA: 201, deskB: 422, supB: 422 }),
    },
    {
      route: 'GET /v1/consultations',
      request: () => ({ method: 'get', path: '/api/v1/consultations?channel=phone' }),
      expect: ANY_NGO(200),
    },
    {
      route: "POST /v1/consultations/:id/promote (A's standalone consultation)",
      request: (ctx, who) => ({
        method: 'post',
        path: `/api/v1/consultations/${subject(ctx, 'standaloneA', who)}/promote`,
        body: { workerId: ctx.subjects.workerA, title: `Promoted by ${who}`, urgency: 'normal' },
      }),
      expect: OWN_NGO(201),
    },
    {
      route: "POST /v1/consultations/:id/promote (A's consultation already on a case)",
      request: (ctx) => ({
        method: 'post',
        path: `/api/v1/consultations/${ctx.subjects.attachedConsultationA}/promote`,
        body: { workerId: ctx.subjects.workerA, title: 'Again', urgency: 'normal' },
      }),
      expect: OWN_NGO(422),
    },
    {
      route: "POST /v1/cases/:id/accompaniments (A's case)",
      request: (ctx) => ({
        method: 'post',
        path: `/api/v1/cases/${ctx.subjects.caseA}/accompaniments`,
        body: {
          scheduledAt: minutesFromNow(24 * 60),
          destination: 'hello_work',
          escortId: ctx.world.users.deskA.user.id,
        },
      }),
      expect: OWN_NGO(201),
    },
    {
      route: "POST /v1/cases/:id/accompaniments (A's restricted case of supA)",
      request: (ctx) => ({
        method: 'post',
        path: `/api/v1/cases/${ctx.subjects.restrictedA}/accompaniments`,
        body: { scheduledAt: minutesFromNow(24 * 60), destination: 'hospital', escortId: ctx.world.users.supA.user.id },
      }),
      expect: { ...OWN_NGO(201), deskA: 404 },
    },
    {
      route: "POST /v1/accompaniments/:id/transitions (A's accompaniment)",
      request: (ctx, who) => ({
        method: 'post',
        path: `/api/v1/accompaniments/${subject(ctx, 'accompanimentA', who)}/transitions`,
        body: { to: 'done', outcome: 'Application filed' },
      }),
      expect: OWN_NGO(200),
    },
    {
      route: 'GET /v1/stats/overview',
      request: () => ({ method: 'get', path: '/api/v1/stats/overview' }),
      expect: ANY_NGO(200),
    },
    {
      route: 'GET /v1/cases/export?format=csv',
      request: () => ({ method: 'get', path: '/api/v1/cases/export?format=csv' }),
      expect: ANY_NGO(200),
    },
    {
      route: 'GET /v1/cases/export?format=xlsx',
      request: () => ({ method: 'get', path: '/api/v1/cases/export?format=xlsx' }),
      expect: ANY_NGO(400),
    },
  ],
};
