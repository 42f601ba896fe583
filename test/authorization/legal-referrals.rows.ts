import request from 'supertest';
import { DataSource } from 'typeorm';
import { NotificationsService } from '#domain/notifications';
import { openCase, registerWorker } from '../factories/cases.factory.js';
import { unique } from '../factories/identity.factory.js';
import { all, WHO, type MatrixContext, type MatrixSection, type Who } from './matrix.js';

/**
 * Legal support, consents, embassy referrals and notifications. Every subject belongs to
 * organization A and, where it matters, is addressed to law office A's lawyer or to the VN
 * embassy. A row whose request changes its subject (a transition, a withdrawal, a first
 * assignment) gets one subject per caller, so that no caller's answer depends on another's.
 */
const perCaller = (key: string, who: Who) => `${key}:${who}`;

async function post(ctx: MatrixContext, path: string, by: Who, body: object): Promise<{ id: string }> {
  const res = await request(ctx.app.getHttpServer())
    .post(path)
    .set('Authorization', ctx.world.users[by].auth)
    .send(body);
  if (res.status !== 200 && res.status !== 201) {
    throw new Error(`prepare ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body;
}

export const legalReferralRows: MatrixSection = {
  name: 'legal support, consents, referrals and notifications',
  prepare: async (ctx) => {
    const { app, world, subjects: s } = ctx;
    const { deskA, lawyerA } = world.users;
    const worker = await registerWorker(app, deskA);
    const newCase = async () => (await openCase(app, deskA, worker.id)).id;
    const consent = async () =>
      (
        await post(ctx, `/api/v1/workers/${worker.id}/consents`, 'deskA', {
          purpose: 'embassy_referral',
          recipientOrganizationId: world.orgs.embassyVN.id,
          fields: ['fullName', 'nationality'],
          method: 'verbal',
          language: 'vi',
        })
      ).id;
    const assign = async (caseId: string) =>
      (await post(ctx, `/api/v1/cases/${caseId}/legal-assignments`, 'deskA', { lawyerId: lawyerA.user.id })).id;
    const accept = (id: string) =>
      post(ctx, `/api/v1/legal-assignments/${id}/transitions`, 'lawyerA', { to: 'accepted' });
    const refer = async () =>
      (
        await post(ctx, `/api/v1/cases/${s.lrCase}/referrals`, 'deskA', {
          embassyId: world.orgs.embassyVN.id,
          consentId: s.lrConsent,
          reason: 'Passport kept by the employer',
        })
      ).id;

    s.lrWorker = worker.id;
    s.lrConsent = await consent();
    s.lrCase = await newCase();
    s.lrReferral = await refer();
    s.lrReviewCase = await newCase();
    await accept(await assign(s.lrReviewCase));
    await post(ctx, `/api/v1/cases/${s.lrReviewCase}/legal-reviews`, 'lawyerA', { body: 'Privileged opinion' });

    const notifications = app.get(NotificationsService);
    const notice = (userId: string) =>
      app.get(DataSource).transaction(async (m) => {
        const [id] = await notifications.notify(m, [userId], {
          kind: 'referral.message',
          subjectType: 'referral',
          subjectId: s.lrReferral,
          params: { reference: 'MDG-2026-000000' },
          dedupeKey: unique('matrix'),
        });
        return id;
      });

    for (const who of WHO) {
      s[perCaller('lrConsentToWithdraw', who)] = await consent();
      s[perCaller('lrCaseToAssign', who)] = await newCase();
      s[perCaller('lrPendingToAccept', who)] = await assign(await newCase());
      s[perCaller('lrPendingToWithdraw', who)] = await assign(await newCase());
      const accepted = await assign(await newCase());
      await accept(accepted);
      s[perCaller('lrAcceptedToComplete', who)] = accepted;
      s[perCaller('lrReferralToAcknowledge', who)] = await refer();
      s[perCaller('lrReferralToWithdraw', who)] = await refer();
      s[perCaller('lrNotice', who)] = await notice(world.users[who].user.id);
    }
  },
  rows: [
    {
      route: 'POST /v1/workers/:id/consents (a worker of A, to embassy VN)',
      request: (ctx) => ({
        method: 'post',
        path: `/api/v1/workers/${ctx.subjects.lrWorker}/consents`,
        body: {
          purpose: 'embassy_referral',
          recipientOrganizationId: ctx.world.orgs.embassyVN.id,
          fields: ['fullName'],
          method: 'written',
          language: 'vi',
        },
      }),
      expect: all(403, { deskA: 201, supA: 201, deskB: 404, supB: 404 }),
    },
    {
      route: 'GET /v1/workers/:id/consents (a worker of A)',
      request: (ctx) => ({ method: 'get', path: `/api/v1/workers/${ctx.subjects.lrWorker}/consents` }),
      expect: all(403, { deskA: 200, supA: 200, deskB: 404, supB: 404 }),
    },
    {
      route: 'POST /v1/consents/:id/withdraw (a consent of A, one per caller)',
      request: (ctx, who) => ({
        method: 'post',
        path: `/api/v1/consents/${ctx.subjects[perCaller('lrConsentToWithdraw', who)]}/withdraw`,
        body: { reason: 'The worker asked us to stop' },
      }),
      expect: all(403, { deskA: 200, supA: 200, deskB: 404, supB: 404 }),
    },
    {
      route: "POST /v1/cases/:id/legal-assignments (a case of A, one per caller, to law office A's lawyer)",
      request: (ctx, who) => ({
        method: 'post',
        path: `/api/v1/cases/${ctx.subjects[perCaller('lrCaseToAssign', who)]}/legal-assignments`,
        body: { lawyerId: ctx.world.users.lawyerA.user.id },
      }),
      expect: all(403, { deskA: 201, supA: 201, deskB: 404, supB: 404 }),
    },
    {
      route: 'GET /v1/legal-assignments',
      request: () => ({ method: 'get', path: '/api/v1/legal-assignments' }),
      expect: all(200, { admin: 403, officerVN: 403, officerPH: 403 }),
    },
    {
      route: 'POST /v1/legal-assignments/:id/transitions (accept a pending one, one per caller)',
      request: (ctx, who) => ({
        method: 'post',
        path: `/api/v1/legal-assignments/${ctx.subjects[perCaller('lrPendingToAccept', who)]}/transitions`,
        body: { to: 'accepted' },
      }),
      expect: all(403, { deskA: 409, supA: 409, deskB: 404, supB: 404, lawyerA: 200, lawyerB: 404 }),
    },
    {
      route: 'POST /v1/legal-assignments/:id/transitions (withdraw a pending one, one per caller)',
      request: (ctx, who) => ({
        method: 'post',
        path: `/api/v1/legal-assignments/${ctx.subjects[perCaller('lrPendingToWithdraw', who)]}/transitions`,
        body: { to: 'withdrawn', reason: 'Handled by the desk' },
      }),
      expect: all(403, { deskA: 200, supA: 200, deskB: 404, supB: 404, lawyerA: 409, lawyerB: 404 }),
    },
    {
      route: 'POST /v1/legal-assignments/:id/transitions (complete an accepted one, one per caller)',
      request: (ctx, who) => ({
        method: 'post',
        path: `/api/v1/legal-assignments/${ctx.subjects[perCaller('lrAcceptedToComplete', who)]}/transitions`,
        body: { to: 'completed', outcome: 'Settled' },
      }),
      expect: all(403, { deskA: 409, supA: 409, deskB: 404, supB: 404, lawyerA: 200, lawyerB: 404 }),
    },
    {
      route: 'POST /v1/cases/:id/legal-reviews (accepted by lawyer A)',
      request: (ctx) => ({
        method: 'post',
        path: `/api/v1/cases/${ctx.subjects.lrReviewCase}/legal-reviews`,
        body: { body: 'Another privileged note' },
      }),
      expect: all(403, { lawyerA: 201, lawyerB: 404 }),
    },
    {
      route: 'GET /v1/cases/:id/legal-reviews (accepted by lawyer A)',
      request: (ctx) => ({ method: 'get', path: `/api/v1/cases/${ctx.subjects.lrReviewCase}/legal-reviews` }),
      expect: all(404, { admin: 403, officerVN: 403, officerPH: 403, supA: 200, lawyerA: 200 }),
    },
    {
      route: 'POST /v1/cases/:id/referrals (a case of A, under an active consent for embassy VN)',
      request: (ctx) => ({
        method: 'post',
        path: `/api/v1/cases/${ctx.subjects.lrCase}/referrals`,
        body: { embassyId: ctx.world.orgs.embassyVN.id, consentId: ctx.subjects.lrConsent, reason: 'Passport' },
      }),
      expect: all(403, { deskA: 201, supA: 201, deskB: 404, supB: 404 }),
    },
    {
      route: 'GET /v1/referrals',
      request: () => ({ method: 'get', path: '/api/v1/referrals' }),
      expect: all(200, { admin: 403, lawyerA: 403, lawyerB: 403 }),
    },
    {
      route: 'GET /v1/referrals/:id (A to embassy VN)',
      request: (ctx) => ({ method: 'get', path: `/api/v1/referrals/${ctx.subjects.lrReferral}` }),
      expect: all(404, { admin: 403, lawyerA: 403, lawyerB: 403, deskA: 200, supA: 200, officerVN: 200 }),
    },
    {
      route: 'POST /v1/referrals/:id/transitions (acknowledge a sent one, one per caller)',
      request: (ctx, who) => ({
        method: 'post',
        path: `/api/v1/referrals/${ctx.subjects[perCaller('lrReferralToAcknowledge', who)]}/transitions`,
        body: { to: 'acknowledged' },
      }),
      expect: all(403, { deskA: 409, supA: 409, deskB: 404, supB: 404, officerVN: 200, officerPH: 404 }),
    },
    {
      route: 'POST /v1/referrals/:id/transitions (withdraw a sent one, one per caller)',
      request: (ctx, who) => ({
        method: 'post',
        path: `/api/v1/referrals/${ctx.subjects[perCaller('lrReferralToWithdraw', who)]}/transitions`,
        body: { to: 'withdrawn', reason: 'Sent by mistake' },
      }),
      expect: all(403, { deskA: 200, supA: 200, deskB: 404, supB: 404, officerVN: 409, officerPH: 404 }),
    },
    {
      route: 'GET /v1/referrals/:id/messages (A to embassy VN)',
      request: (ctx) => ({ method: 'get', path: `/api/v1/referrals/${ctx.subjects.lrReferral}/messages` }),
      expect: all(404, { admin: 403, lawyerA: 403, lawyerB: 403, deskA: 200, supA: 200, officerVN: 200 }),
    },
    {
      route: 'POST /v1/referrals/:id/messages (A to embassy VN)',
      request: (ctx) => ({
        method: 'post',
        path: `/api/v1/referrals/${ctx.subjects.lrReferral}/messages`,
        body: { body: 'Any news?' },
      }),
      expect: all(404, { admin: 403, lawyerA: 403, lawyerB: 403, deskA: 201, supA: 201, officerVN: 201 }),
    },
    {
      route: 'GET /v1/notifications',
      request: () => ({ method: 'get', path: '/api/v1/notifications' }),
      expect: all(200),
    },
    {
      route: "POST /v1/notifications/:id/read (the caller's own notice)",
      request: (ctx, who) => ({
        method: 'post',
        path: `/api/v1/notifications/${ctx.subjects[perCaller('lrNotice', who)]}/read`,
      }),
      expect: all(200),
    },
    {
      route: "POST /v1/notifications/:id/read (desk staff A's notice)",
      request: (ctx) => ({
        method: 'post',
        path: `/api/v1/notifications/${ctx.subjects[perCaller('lrNotice', 'deskA')]}/read`,
      }),
      expect: all(404, { deskA: 200 }),
    },
  ],
};
