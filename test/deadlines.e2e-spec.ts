import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { type ClientRequest, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { openCase, registerWorker } from './factories/cases.factory.js';
import { createOrganization, createUser, signIn, type SignedIn } from './factories/identity.factory.js';
import { freePort, waitFor } from './support/processes.js';
import { startApi } from './support/test-app.js';
import { startWorker, stopWorker } from './support/worker-process.js';

interface Mail {
  to: string;
  raw: string;
}

/** A real SMTP server of the test's own: the worker delivers to it through nodemailer. */
async function startSmtp(port: number, inbox: Mail[]): Promise<SMTPServer> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk) => (raw += String(chunk)));
      stream.on('end', () => {
        for (const to of session.envelope.rcptTo) inbox.push({ to: to.address, raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

describe('deadlines, reminders and escalations, end to end', () => {
  let app: NestExpressApplication;
  let db: DataSource;
  let worker: ReturnType<typeof startWorker>;
  let smtp: SMTPServer;
  const inbox: Mail[] = [];
  let owner: SignedIn;
  let colleague: SignedIn;
  let supervisors: SignedIn[];
  let admin: { id: string };
  const streamed: string[] = [];
  const streams: ClientRequest[] = [];
  const api = () => request(app.getHttpServer());

  beforeAll(async () => {
    const smtpPort = await freePort();
    smtp = await startSmtp(smtpPort, inbox);
    ({ app } = await startApi());
    await app.listen(0, '127.0.0.1');
    db = app.get(DataSource);
    worker = startWorker({ TICK_INTERVAL_MS: '2000', SMTP_URL: `smtp://127.0.0.1:${smtpPort}` });
    const ngo = await createOrganization(app, 'ngo');
    owner = await signIn(app, await createUser(app, 'desk_staff', ngo.id, { locale: 'en' }));
    colleague = await signIn(app, await createUser(app, 'desk_staff', ngo.id));
    supervisors = [
      await signIn(app, await createUser(app, 'supervisor', ngo.id)),
      await signIn(app, await createUser(app, 'supervisor', ngo.id)),
    ];
    // The end of the escalation chain (other test files may add admins of their own).
    admin = await createUser(app, 'admin', ngo.id);
  });
  afterAll(async () => {
    for (const s of streams) s.destroy();
    await stopWorker(worker);
    await app.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  function listenTo(who: SignedIn): void {
    const { port } = app.getHttpServer().address() as AddressInfo;
    const req = httpRequest(
      { port, path: '/api/v1/notifications/stream', headers: { Authorization: who.auth } },
      (res) => {
        res.on('data', (chunk) => streamed.push(String(chunk)));
      },
    );
    req.on('error', () => undefined);
    req.end();
    streams.push(req);
  }

  const kinds = async (userId: string, subjectId: string): Promise<string[]> =>
    (
      await db.query(`SELECT kind FROM notifications WHERE user_id = $1 AND subject_id = $2 ORDER BY created_at`, [
        userId,
        subjectId,
      ])
    ).map((r: { kind: string }) => r.kind);

  it('warns the owner, then tells the supervisors, exactly once each; an answered case and a follow-up behave', async () => {
    const policy = await api()
      .put('/api/v1/sla-policies/first_response')
      .set('Authorization', supervisors[0].auth)
      .send({ durations: { default: 'PT6S' }, clock: 'calendar', warningRatio: 0.5 })
      .expect(200);
    expect(policy.body).toMatchObject({ key: 'first_response', custom: true, clock: 'calendar' });
    listenTo(owner);

    const person = await registerWorker(app, owner);
    const unanswered = await openCase(app, owner, person.id);
    const answered = await openCase(app, owner, person.id);
    // Answering in time: the case is handed to another person (a consultation would do as well).
    await api()
      .patch(`/api/v1/cases/${answered.id}`)
      .set('Authorization', owner.auth)
      .send({ version: 1, ownerId: colleague.user.id })
      .expect(200);
    const followed = await openCase(app, owner, person.id, {
      nextFollowUpAt: new Date(Date.now() + 4000).toISOString(),
    });

    await waitFor(
      async () => (await kinds(supervisors[1].user.id, unanswered.id)).includes('sla.breach'),
      20_000,
      'the breach to reach the supervisors',
    );
    await waitFor(
      async () => (await kinds(owner.user.id, followed.id)).includes('reminder.follow_up'),
      10_000,
      'the follow-up',
    );
    // The last step of the chain: the admins, a further period after the breach.
    const escalated = async () =>
      (
        await db.query(`SELECT user_id FROM notifications WHERE subject_id = $1 AND kind = 'escalation'`, [
          unanswered.id,
        ])
      ).map((r: { user_id: string }) => r.user_id);
    await waitFor(async () => (await escalated()).length > 0, 20_000, 'the escalation to the admins');
    // Another two ticks: nothing more may come of what already fired.
    await new Promise((r) => setTimeout(r, 4500));
    const admins = await escalated();
    expect(new Set(admins).size).toBe(admins.length);
    const [{ n: adminCount }] = await db.query(
      `SELECT count(*)::int AS n FROM users WHERE role = 'admin' AND active AND id = ANY($1::uuid[])`,
      [admins],
    );
    expect(adminCount).toBe(admins.length);
    expect(admins).toContain(admin.id);

    expect(await kinds(owner.user.id, unanswered.id)).toEqual(['sla.warning', 'sla.breach']);
    for (const s of supervisors) expect(await kinds(s.user.id, unanswered.id)).toEqual(['sla.breach']);
    expect(await kinds(owner.user.id, answered.id)).toEqual([]);
    expect(await kinds(colleague.user.id, answered.id)).toEqual([]);
    expect((await kinds(owner.user.id, followed.id)).filter((k) => k === 'reminder.follow_up')).toEqual([
      'reminder.follow_up',
    ]);

    const deadlines = await api()
      .get(`/api/v1/cases/${unanswered.id}/deadlines`)
      .set('Authorization', owner.auth)
      .expect(200);
    expect(deadlines.body.find((d: { policy: string }) => d.policy === 'first_response')).toMatchObject({
      state: 'breached',
      level: 3,
    });
    const overdue = await api()
      .get('/api/v1/cases?overdue=true&limit=100')
      .set('Authorization', supervisors[0].auth)
      .expect(200);
    expect(overdue.body.items.map((c: { id: string }) => c.id)).toContain(unanswered.id);
    expect(overdue.body.items.map((c: { id: string }) => c.id)).not.toContain(answered.id);

    const listed = await api().get('/api/v1/notifications?unread=true').set('Authorization', owner.auth).expect(200);
    const warning = listed.body.items.find(
      (n: { kind: string; subjectId: string }) => n.kind === 'sla.warning' && n.subjectId === unanswered.id,
    );
    expect(warning).toMatchObject({ subjectType: 'case', readAt: null, title: expect.any(String) });
    await api().post(`/api/v1/notifications/${warning.id}/read`).set('Authorization', owner.auth).expect(200);
    await api().post(`/api/v1/notifications/${warning.id}/read`).set('Authorization', colleague.auth).expect(404);

    await waitFor(() => inbox.some((m) => m.to === supervisors[0].user.email), 10_000, 'the breach email');
    expect(
      inbox.filter((m) => m.to === owner.user.email && m.raw.includes(unanswered.reference)).length,
    ).toBeGreaterThanOrEqual(2);
    await waitFor(() => streamed.join('').includes(warning.id), 5000, 'the warning on the live stream');
    expect(streamed.join('')).not.toContain(supervisors[0].user.id);
  });
});
