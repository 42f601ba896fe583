import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { openCase, registerWorker } from './factories/cases.factory.js';
import { createWorld, type World } from './factories/identity.factory.js';
import { startApi } from './support/test-app.js';

describe('embassy referrals', () => {
  let app: NestExpressApplication;
  let world: World;
  const api = () => request(app.getHttpServer());

  beforeAll(async () => {
    ({ app } = await startApi());
    world = await createWorld(app);
  });
  afterAll(async () => {
    await app.close();
  });

  async function consent(workerId: string, fields: string[], embassyId = world.orgs.embassyVN.id) {
    const res = await api()
      .post(`/api/v1/workers/${workerId}/consents`)
      .set('Authorization', world.users.deskA.auth)
      .send({
        purpose: 'embassy_referral',
        recipientOrganizationId: embassyId,
        fields,
        method: 'verbal',
        language: 'vi',
      })
      .expect(201);
    return res.body;
  }

  it('refers with consent, shows the embassy only the consented fields, and ends access on withdrawal', async () => {
    const { deskA, officerVN, officerPH } = world.users;
    const worker = await registerWorker(app, deskA, { phone: '090-1111-2222', employer: { name: 'Sakura Foods' } });
    const c = await openCase(app, deskA, worker.id, { summary: 'Passport kept by the employer' });
    const k = await consent(worker.id, ['fullName', 'nationality']);
    expect(k.active).toBe(true);

    await api()
      .post(`/api/v1/cases/${c.id}/referrals`)
      .set('Authorization', deskA.auth)
      .send({ embassyId: world.orgs.embassyPH.id, consentId: k.id, reason: 'wrong embassy' })
      .expect(422);
    const sent = await api()
      .post(`/api/v1/cases/${c.id}/referrals`)
      .set('Authorization', deskA.auth)
      .send({ embassyId: world.orgs.embassyVN.id, consentId: k.id, reason: 'passport' })
      .expect(201);
    expect(sent.body.status).toBe('sent');

    const seen = await api().get(`/api/v1/referrals/${sent.body.id}`).set('Authorization', officerVN.auth).expect(200);
    expect(seen.body.worker).toEqual({ fullName: 'Nguyễn Văn An', nationality: 'VN' });
    expect(seen.body.case).toEqual({ reference: c.reference, categories: ['unpaid_overtime'], urgency: 'normal' });
    expect(JSON.stringify(seen.body)).not.toContain('090-1111-2222');
    expect(JSON.stringify(seen.body)).not.toContain('Sakura');
    await api().get(`/api/v1/referrals/${sent.body.id}`).set('Authorization', officerPH.auth).expect(404);

    const notices = await api().get('/api/v1/notifications').set('Authorization', officerVN.auth).expect(200);
    expect(notices.body.items.map((n: { kind: string }) => n.kind)).toContain('referral.new');

    await api()
      .post(`/api/v1/referrals/${sent.body.id}/transitions`)
      .set('Authorization', officerVN.auth)
      .send({ to: 'acknowledged' })
      .expect(200);
    await api()
      .post(`/api/v1/referrals/${sent.body.id}/messages`)
      .set('Authorization', officerVN.auth)
      .send({ body: 'Come on Thursday' })
      .expect(201);
    const thread = await api()
      .get(`/api/v1/referrals/${sent.body.id}/messages`)
      .set('Authorization', deskA.auth)
      .expect(200);
    expect(thread.body.map((x: { body: string }) => x.body)).toEqual(['Come on Thursday']);
    const deskNotices = await api().get('/api/v1/notifications').set('Authorization', deskA.auth).expect(200);
    expect(deskNotices.body.items.map((n: { kind: string }) => n.kind).sort()).toEqual([
      'referral.message',
      'referral.status',
    ]);

    await api().post(`/api/v1/consents/${k.id}/withdraw`).set('Authorization', deskA.auth).send({}).expect(200);
    await api().get(`/api/v1/referrals/${sent.body.id}`).set('Authorization', officerVN.auth).expect(404);
    const list = await api().get('/api/v1/referrals').set('Authorization', officerVN.auth).expect(200);
    expect(list.body.items.map((r: { id: string }) => r.id)).not.toContain(sent.body.id);
    const audit = await app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'referral.read' AND actor_id = $1`, [
        officerVN.user.id,
      ]);
    expect(audit[0].n).toBeGreaterThan(0);
  });

  it('lets a lawyer see an assigned case from pending on, write reviews once accepted, and lose it on withdrawal', async () => {
    const { deskA, supA, lawyerA, lawyerB } = world.users;
    const worker = await registerWorker(app, deskA);
    const c = await openCase(app, deskA, worker.id);
    await api().get(`/api/v1/cases/${c.id}`).set('Authorization', lawyerA.auth).expect(404);
    const a = await api()
      .post(`/api/v1/cases/${c.id}/legal-assignments`)
      .set('Authorization', deskA.auth)
      .send({ lawyerId: lawyerA.user.id })
      .expect(201);
    expect(a.body).toMatchObject({ status: 'pending', conflictWarning: false });
    await api()
      .post(`/api/v1/cases/${c.id}/legal-assignments`)
      .set('Authorization', deskA.auth)
      .send({ lawyerId: lawyerA.user.id })
      .expect(422);
    await api().get(`/api/v1/cases/${c.id}`).set('Authorization', lawyerA.auth).expect(200);
    await api().get(`/api/v1/cases/${c.id}`).set('Authorization', lawyerB.auth).expect(404);
    await api()
      .post(`/api/v1/cases/${c.id}/legal-reviews`)
      .set('Authorization', lawyerA.auth)
      .send({ body: 'too early' })
      .expect(404);
    await api()
      .post(`/api/v1/legal-assignments/${a.body.id}/transitions`)
      .set('Authorization', lawyerA.auth)
      .send({ to: 'accepted' })
      .expect(200);
    await api()
      .post(`/api/v1/cases/${c.id}/legal-reviews`)
      .set('Authorization', lawyerA.auth)
      .send({ body: 'Privileged opinion' })
      .expect(201);
    const bySupervisor = await api()
      .get(`/api/v1/cases/${c.id}/legal-reviews`)
      .set('Authorization', supA.auth)
      .expect(200);
    expect(bySupervisor.body.map((r: { body: string }) => r.body)).toEqual(['Privileged opinion']);
    await api().get(`/api/v1/cases/${c.id}/legal-reviews`).set('Authorization', deskA.auth).expect(404);
    await api().get(`/api/v1/cases/${c.id}/legal-reviews`).set('Authorization', lawyerB.auth).expect(404);
    await api()
      .post(`/api/v1/legal-assignments/${a.body.id}/transitions`)
      .set('Authorization', deskA.auth)
      .send({ to: 'withdrawn' })
      .expect(200);
    await api().get(`/api/v1/cases/${c.id}`).set('Authorization', lawyerA.auth).expect(404);
    await api().get(`/api/v1/cases/${c.id}/legal-reviews`).set('Authorization', lawyerA.auth).expect(404);
  });
});
