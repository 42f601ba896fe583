import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { openCase, registerWorker } from './factories/cases.factory.js';
import { logConsultation, minutesFromNow, scheduleAccompaniment } from './factories/desk.factory.js';
import { createOrganization, createUser, signIn, type SignedIn } from './factories/identity.factory.js';
import { isolatedDatabase, isolatedPrefix } from './support/isolated-database.js';
import { waitFor } from './support/processes.js';
import { startApi } from './support/test-app.js';
import { startWorker, stopWorker } from './support/worker-process.js';

interface Row {
  policy: string;
  state: string;
  due_at: Date;
  warn_at: Date | null;
}

/**
 * PRODUCT.md's table of deadlines, each started, met, recomputed or cancelled by the change that
 * causes it, in the same request: consultations, status moves, referrals, legal assignments,
 * accompaniments and SLA policy changes. A worker of the test's own fires the embassy's reminders.
 */
describe('deadlines follow the changes that cause them', () => {
  let app: NestExpressApplication;
  let db: DataSource;
  let dropDb: () => Promise<void>;
  let worker: ReturnType<typeof startWorker>;
  let desk: SignedIn;
  let supervisor: SignedIn;
  let officer: SignedIn;
  let lawyer: SignedIn;
  let embassyId: string;
  const api = () => request(app.getHttpServer());

  beforeAll(async () => {
    const isolated = await isolatedDatabase('wiring');
    dropDb = isolated.drop;
    const env = { DATABASE_URL: isolated.url, QUEUE_PREFIX: isolatedPrefix('wiring') };
    ({ app } = await startApi(env));
    db = app.get(DataSource);
    const ngo = await createOrganization(app, 'ngo');
    const embassy = await createOrganization(app, 'embassy', { country: 'VN' });
    const lawOffice = await createOrganization(app, 'law_office');
    embassyId = embassy.id;
    desk = await signIn(app, await createUser(app, 'desk_staff', ngo.id));
    supervisor = await signIn(app, await createUser(app, 'supervisor', ngo.id));
    officer = await signIn(app, await createUser(app, 'embassy_officer', embassy.id));
    lawyer = await signIn(app, await createUser(app, 'lawyer', lawOffice.id));
    worker = startWorker({ ...env, TICK_INTERVAL_MS: '500' });
  });
  afterAll(async () => {
    await stopWorker(worker);
    await app.close();
    await dropDb();
  });

  const deadlines = (subjectId: string): Promise<Row[]> =>
    db.query(`SELECT policy, state, due_at, warn_at FROM deadlines WHERE subject_id = $1 ORDER BY created_at, id`, [
      subjectId,
    ]);
  const states = async (subjectId: string, policy: string) =>
    (await deadlines(subjectId)).filter((d) => d.policy === policy).map((d) => d.state);

  async function newCase() {
    return openCase(app, desk, (await registerWorker(app, desk)).id);
  }

  it('a consultation answers the first response and the follow-up, starts the next one, and restarts inactivity', async () => {
    const c = await newCase();
    await api()
      .patch(`/api/v1/cases/${c.id}`)
      .set('Authorization', desk.auth)
      .send({ version: c.version, nextFollowUpAt: minutesFromNow(60) })
      .expect(200);
    const next = minutesFromNow(120);
    await logConsultation(app, desk, c.id, { followUpAt: next });

    expect(await states(c.id, 'first_response')).toEqual(['met']);
    expect(await states(c.id, 'inactivity')).toEqual(['cancelled', 'cancelled', 'pending']);
    const followUps = (await deadlines(c.id)).filter((d) => d.policy === 'follow_up');
    expect(followUps.map((d) => d.state)).toEqual(['met', 'pending']);
    expect(followUps[1].due_at.toISOString()).toBe(next);
  });

  it('waiting pauses the inactivity clock, resuming restarts it, resolving ends every deadline', async () => {
    const c = await newCase();
    const move = (to: string, extra: object = {}) =>
      api()
        .post(`/api/v1/cases/${c.id}/transitions`)
        .set('Authorization', desk.auth)
        .send({ to, ...extra })
        .expect(200);
    await move('in_progress');
    await move('waiting');
    let open = (await deadlines(c.id)).filter((d) => d.state === 'pending').map((d) => d.policy);
    expect(open).toEqual(['first_response']);
    await move('in_progress');
    open = (await deadlines(c.id)).filter((d) => d.state === 'pending').map((d) => d.policy);
    expect(open.sort()).toEqual(['first_response', 'inactivity']);
    await move('resolved', { outcome: { result: 'remedy_obtained', remedies: ['wages_paid'] } });
    expect((await deadlines(c.id)).filter((d) => d.state === 'pending')).toEqual([]);
  });

  it('a legal assignment awaits the lawyer, and accepting it meets the deadline', async () => {
    const c = await newCase();
    const created = await api()
      .post(`/api/v1/cases/${c.id}/legal-assignments`)
      .set('Authorization', desk.auth)
      .send({ lawyerId: lawyer.user.id })
      .expect(201);
    expect(await states(created.body.id, 'lawyer_acceptance')).toEqual(['pending']);
    await api()
      .post(`/api/v1/legal-assignments/${created.body.id}/transitions`)
      .set('Authorization', lawyer.auth)
      .send({ to: 'accepted' })
      .expect(200);
    expect(await states(created.body.id, 'lawyer_acceptance')).toEqual(['met']);
  });

  it('an accompaniment reminds its escort 24 h and 2 h before, until it is cancelled', async () => {
    const c = await newCase();
    const at = new Date(Date.now() + 25 * 3_600_000);
    const a = await scheduleAccompaniment(app, desk, c.id, desk.user.id, { scheduledAt: at.toISOString() });
    const [d] = await deadlines(a.id);
    expect(d).toMatchObject({ policy: 'accompaniment', state: 'pending' });
    expect(d.warn_at!.getTime()).toBe(at.getTime() - 24 * 3_600_000);
    await api()
      .post(`/api/v1/accompaniments/${a.id}/transitions`)
      .set('Authorization', desk.auth)
      .send({ to: 'cancelled' })
      .expect(200);
    expect(await states(a.id, 'accompaniment')).toEqual(['cancelled']);
  });

  it('a change of SLA policy recomputes the pending deadlines', async () => {
    const c = await newCase();
    const [before] = await deadlines(c.id);
    await api()
      .put('/api/v1/sla-policies/first_response')
      .set('Authorization', supervisor.auth)
      .send({ durations: { default: 'PT5H' }, clock: 'calendar', warningRatio: 0.5 })
      .expect(200);
    const [after] = (await deadlines(c.id)).filter((d) => d.policy === 'first_response');
    expect(after.state).toBe('pending');
    expect(after.due_at.getTime() - new Date(c.createdAt as string).getTime()).toBeCloseTo(5 * 3_600_000, -3);
    expect(after.due_at.getTime()).not.toBe(before.due_at.getTime());
    // Back to a long one for the next test's cases.
    await api()
      .put('/api/v1/sla-policies/first_response')
      .set('Authorization', supervisor.auth)
      .send({ durations: { default: 'P3D' }, clock: 'business', warningRatio: 0.8 })
      .expect(200);
  });

  it('the embassy is reminded of a referral it does not acknowledge, and not of one it does', async () => {
    await api()
      .put('/api/v1/sla-policies/referral_acknowledgement')
      .set('Authorization', supervisor.auth)
      .send({ durations: { default: 'PT3S' }, clock: 'calendar', warningRatio: 0.5 })
      .expect(200);
    const refer = async () => {
      const c = await newCase();
      const consent = await api()
        .post(`/api/v1/workers/${c.workerId}/consents`)
        .set('Authorization', desk.auth)
        .send({
          purpose: 'embassy_referral',
          recipientOrganizationId: embassyId,
          fields: ['fullName'],
          method: 'verbal',
          language: 'vi',
        })
        .expect(201);
      const sent = await api()
        .post(`/api/v1/cases/${c.id}/referrals`)
        .set('Authorization', desk.auth)
        .send({ embassyId, consentId: consent.body.id, reason: 'Passport kept by the employer' })
        .expect(201);
      return sent.body.id as string;
    };
    const ignored = await refer();
    const answered = await refer();
    await api()
      .post(`/api/v1/referrals/${answered}/transitions`)
      .set('Authorization', officer.auth)
      .send({ to: 'acknowledged' })
      .expect(200);
    expect(await states(answered, 'referral_acknowledgement')).toEqual(['met']);

    const kinds = async (userId: string, subjectId: string): Promise<string[]> =>
      (
        await db.query(`SELECT kind FROM notifications WHERE user_id = $1 AND subject_id = $2 ORDER BY created_at`, [
          userId,
          subjectId,
        ])
      ).map((r: { kind: string }) => r.kind);
    await waitFor(
      async () => (await kinds(officer.user.id, ignored)).includes('sla.breach'),
      20_000,
      'the breach to reach the embassy',
    );
    // The officer: the new referral, the warning, and reminded again at the breach.
    expect(await kinds(officer.user.id, ignored)).toEqual(['referral.new', 'sla.warning', 'sla.breach']);
    expect(await kinds(desk.user.id, ignored)).toEqual(['sla.breach']);
    expect(await kinds(supervisor.user.id, ignored)).toEqual(['sla.breach']);
    expect(await kinds(officer.user.id, answered)).toEqual(['referral.new']);
    const listed = await api().get('/api/v1/notifications').set('Authorization', officer.auth).expect(200);
    const warning = listed.body.items.find((n: { kind: string; subjectId: string }) => n.kind === 'sla.warning');
    expect(warning).toMatchObject({ subjectType: 'referral', subjectId: ignored });
  });
});
