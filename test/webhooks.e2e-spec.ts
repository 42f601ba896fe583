import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { openCase, registerWorker } from './factories/cases.factory.js';
import { createOrganization, createUser, signIn, type SignedIn } from './factories/identity.factory.js';
import { isolatedDatabase, isolatedPrefix } from './support/isolated-database.js';
import { waitFor } from './support/processes.js';
import { startApi } from './support/test-app.js';
import { startWorker, stopWorker } from './support/worker-process.js';

interface Received {
  path: string;
  at: number;
  delivery: string;
  timestamp: string;
  signature: string;
  body: string;
  answered: number;
}

const SECRET = 'whsec-of-the-webhook-test-0123456789abcdef';
const FAILURES_BEFORE_SUCCESS = 3;

/**
 * A receiver of the test's own. `/flaky` answers 500 to the first three attempts of each
 * delivery and 200 after; `/down` always answers 500.
 */
async function startReceiver(received: Received[]): Promise<Server> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += String(chunk)));
    req.on('end', () => {
      const delivery = String(req.headers['x-madoguchi-delivery']);
      const earlier = received.filter((r) => r.delivery === delivery).length;
      const answered = req.url === '/flaky' && earlier >= FAILURES_BEFORE_SUCCESS ? 200 : 500;
      received.push({
        path: req.url ?? '',
        at: Date.now(),
        delivery,
        timestamp: String(req.headers['x-madoguchi-timestamp']),
        signature: String(req.headers['x-madoguchi-signature']),
        body,
        answered,
      });
      res.writeHead(answered).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

describe('signed webhooks per organization', () => {
  let app: NestExpressApplication;
  let db: DataSource;
  let dropDb: () => Promise<void>;
  let worker: ReturnType<typeof startWorker>;
  let receiver: Server;
  const received: Received[] = [];
  let base: string;
  let admin: SignedIn;
  const api = () => request(app.getHttpServer());

  beforeAll(async () => {
    receiver = await startReceiver(received);
    base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    // A database and prefix of its own: no other test's worker delivers (or retries) these.
    const isolated = await isolatedDatabase('webhooks');
    dropDb = isolated.drop;
    const env = { DATABASE_URL: isolated.url, QUEUE_PREFIX: isolatedPrefix('webhooks') };
    ({ app } = await startApi(env));
    db = app.get(DataSource);
    const operators = await createOrganization(app, 'ngo');
    admin = await signIn(app, await createUser(app, 'admin', operators.id));
    worker = startWorker({
      ...env,
      TICK_INTERVAL_MS: '500',
      WEBHOOK_RETRY_DELAY_MS: '200',
      WEBHOOK_MAX_ATTEMPTS: '5',
    });
  });
  afterAll(async () => {
    await stopWorker(worker);
    await app.close();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
    await dropDb();
  });

  /** An NGO with an owner and a supervisor, an SLA of 2 s and a case falling due under it. */
  async function deskWithCase(warningRatio: number) {
    const ngo = await createOrganization(app, 'ngo');
    const owner = await signIn(app, await createUser(app, 'desk_staff', ngo.id));
    const supervisor = await signIn(app, await createUser(app, 'supervisor', ngo.id));
    return { ngo, owner, supervisor, open: () => openUnanswered(owner, supervisor, warningRatio) };
  }

  async function openUnanswered(owner: SignedIn, supervisor: SignedIn, warningRatio: number) {
    await api()
      .put('/api/v1/sla-policies/first_response')
      .set('Authorization', supervisor.auth)
      .send({ durations: { default: 'PT2S' }, clock: 'calendar', warningRatio })
      .expect(200);
    return openCase(app, owner, (await registerWorker(app, owner)).id);
  }

  it('is set by admins with a long secret that is never echoed, and validated', async () => {
    const { ngo } = await deskWithCase(0);
    const path = `/api/v1/organizations/${ngo.id}/webhook`;
    const set = await api()
      .put(path)
      .set('Authorization', admin.auth)
      .send({ url: `${base}/x`, secret: SECRET });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ organizationId: ngo.id, url: `${base}/x`, secretSet: true });
    expect(set.text).not.toContain(SECRET);

    for (const body of [
      { url: `${base}/x`, secret: 'too-short' },
      { url: 'ftp://hooks.example.org/x', secret: SECRET },
      { url: 'not a url', secret: SECRET },
      { url: `${base}/x` },
      { url: `${base}/x`, secret: SECRET, extra: true },
    ]) {
      const refused = await api().put(path).set('Authorization', admin.auth).send(body);
      expect([JSON.stringify(body), refused.status, refused.body.error.code]).toEqual([
        JSON.stringify(body),
        400,
        'VALIDATION_FAILED',
      ]);
    }
    const [stored] = await db.query('SELECT webhook_url, webhook_secret FROM organizations WHERE id = $1', [ngo.id]);
    expect(stored).toEqual({ webhook_url: `${base}/x`, webhook_secret: SECRET });
    const [audited] = await db.query(
      `SELECT changed_fields FROM audit_events WHERE action = 'organization.webhook_set' AND subject_id = $1`,
      [ngo.id],
    );
    expect(audited.changed_fields).toEqual(['webhookUrl', 'webhookSecret']);

    await api().delete(path).set('Authorization', admin.auth).expect(204);
    const [cleared] = await db.query('SELECT webhook_url, webhook_secret FROM organizations WHERE id = $1', [ngo.id]);
    expect(cleared).toEqual({ webhook_url: null, webhook_secret: null });
  });

  it('signs each notice, retries a failing receiver with backoff, delivers once, and never notifies twice', async () => {
    const flaky = await deskWithCase(0.5);
    const down = await deskWithCase(0);
    for (const [desk, path] of [
      [flaky, '/flaky'],
      [down, '/down'],
    ] as const) {
      await api()
        .put(`/api/v1/organizations/${desk.ngo.id}/webhook`)
        .set('Authorization', admin.auth)
        .send({ url: `${base}${path}`, secret: SECRET })
        .expect(200);
    }
    const flakyCase = await flaky.open();
    const downCase = await down.open();

    // The warning to the owner, then the breach to the owner and the supervisor: three notices.
    const delivered = () => received.filter((r) => r.path === '/flaky' && r.answered === 200);
    await waitFor(() => delivered().length >= 3, 30_000, 'three deliveries to /flaky');
    const failed = async () =>
      (await api().get('/api/v1/admin/deliveries?state=failed').set('Authorization', admin.auth).expect(200)).body;
    await waitFor(async () => (await failed()).items.length >= 2, 30_000, 'the failures of /down to be listed');
    await new Promise((r) => setTimeout(r, 1500)); // time enough for any stray extra attempt to show

    // Signature: HMAC-SHA256 with the secret over `timestamp.body`, and a fresh timestamp.
    for (const r of received) {
      const expected = createHmac('sha256', SECRET).update(`${r.timestamp}.${r.body}`).digest('hex');
      expect(r.signature).toBe(`sha256=${expected}`);
      expect(Math.abs(Number(r.timestamp) - Date.now() / 1000)).toBeLessThan(120);
    }

    const notices: { id: string; dedupe_key: string }[] = await db.query(
      `SELECT id, dedupe_key FROM notifications WHERE subject_id = $1 AND user_id = ANY($2::uuid[])`,
      [flakyCase.id, [flaky.owner.user.id, flaky.supervisor.user.id]],
    );
    expect(notices).toHaveLength(3);
    // Each notice was delivered exactly once, after exactly three refusals, with growing gaps.
    const byDelivery = new Map<string, Received[]>();
    for (const r of received.filter((r) => r.path === '/flaky'))
      byDelivery.set(r.delivery, [...(byDelivery.get(r.delivery) ?? []), r]);
    expect(byDelivery.size).toBe(3);
    const deliveredIds = delivered().map((r) => JSON.parse(r.body).id);
    expect(deliveredIds.sort()).toEqual(notices.map((n) => n.id).sort());
    for (const attempts of byDelivery.values()) {
      expect(attempts.map((a) => a.answered)).toEqual([500, 500, 500, 200]);
      // Exponential backoff from WEBHOOK_RETRY_DELAY_MS (200 ms): each wait is at least double the
      // one before (less 50 ms of clock slack at the receiver). Lower bounds only: a busy machine
      // may make any retry late, which a "each gap longer than the last" test took for a bug.
      const gaps = attempts.slice(1).map((a, i) => a.at - attempts[i].at);
      expect(gaps[0]).toBeGreaterThanOrEqual(150);
      expect(gaps[1]).toBeGreaterThanOrEqual(350);
      expect(gaps[2]).toBeGreaterThanOrEqual(750);
      // The same notice each time: a retry re-sends, it does not re-notify.
      expect(new Set(attempts.map((a) => JSON.parse(a.body).id)).size).toBe(1);
    }
    const hooks = await db.query(
      `SELECT processed_at, attempts FROM outbox WHERE topic = 'webhook.deliver' AND payload->>'notificationId' = ANY($1::text[])`,
      [notices.map((n) => n.id)],
    );
    expect(hooks).toHaveLength(3);
    for (const h of hooks) expect(h).toMatchObject({ processed_at: expect.any(Date), attempts: 3 });

    // The receiver that never recovers: given up after five attempts, shown to admins without personal data.
    const downNotices: { id: string }[] = await db.query(
      `SELECT id FROM notifications WHERE subject_id = $1 AND user_id = ANY($2::uuid[])`,
      [downCase.id, [down.owner.user.id, down.supervisor.user.id]],
    );
    expect(downNotices).toHaveLength(2);
    const list = await failed();
    const mine = list.items.filter((d: { notificationId: string }) =>
      downNotices.some((n) => n.id === d.notificationId),
    );
    expect(mine).toHaveLength(2);
    for (const d of mine) {
      expect(d).toMatchObject({
        topic: 'webhook.deliver',
        attempts: 5,
        lastError: 'webhook answered 500',
        failedAt: expect.any(String),
        recipientOrganizationId: down.ngo.id,
      });
    }
    expect(received.filter((r) => r.path === '/down')).toHaveLength(10);
    const text = JSON.stringify(list);
    for (const who of [down.owner.user, down.supervisor.user]) {
      expect(text).not.toContain(who.email);
      expect(text).not.toContain(who.displayName);
    }
    expect(text).not.toContain(downCase.reference);
    await api().get('/api/v1/admin/deliveries?state=pending').set('Authorization', admin.auth).expect(200);
    await api().get('/api/v1/admin/deliveries?state=lost').set('Authorization', admin.auth).expect(400);
  });
});
