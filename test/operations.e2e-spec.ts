import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { QUEUES } from '#queue';
import { createOrganization, createUser, signIn, type SignedIn } from './factories/identity.factory.js';
import { isolatedPrefix } from './support/isolated-database.js';
import { freePort } from './support/processes.js';
import { startApi } from './support/test-app.js';

const METRICS_TOKEN = 'metrics-token-for-the-operations-test';

describe('operations: the queue dashboard, /metrics and the readiness detail', () => {
  let app: NestExpressApplication;
  let admin: SignedIn;
  let desk: SignedIn;
  let webhooks: Queue;
  let metricsPort: number;
  const api = () => request(app.getHttpServer());

  beforeAll(async () => {
    metricsPort = await freePort();
    // A prefix of its own: the delayed jobs below must stay where the counts can see them.
    ({ app } = await startApi({
      METRICS_TOKEN,
      METRICS_PORT: String(metricsPort),
      QUEUE_PREFIX: isolatedPrefix('ops'),
    }));
    const ngo = await createOrganization(app, 'ngo');
    admin = await signIn(app, await createUser(app, 'admin', ngo.id));
    desk = await signIn(app, await createUser(app, 'desk_staff', ngo.id));
    webhooks = app.get<Queue>(getQueueToken(QUEUES.webhooks));
    await webhooks.addBulk(
      [1, 2, 3].map((n) => ({ name: 'webhook.deliver', data: { outboxId: `x${n}` }, opts: { delay: 3_600_000 } })),
    );
  });
  afterAll(async () => {
    await webhooks.obliterate({ force: true });
    await app.close();
  });

  it('opens the dashboard to admins only: anonymous 401, other roles 403, a stale admin token 401', async () => {
    const page = await api().get('/api/admin/queues').set('Authorization', admin.auth).expect(200);
    expect(page.text).toContain('<div id="root">');
    const queues = await api().get('/api/admin/queues/api/queues').set('Authorization', admin.auth).expect(200);
    expect(queues.body.queues.map((q: { name: string }) => q.name)).toEqual(
      expect.arrayContaining(['notifications', 'webhooks', 'deadlines']),
    );

    for (const path of ['/api/admin/queues', '/api/admin/queues/api/queues', '/api/admin/queues/static/x.js']) {
      const anonymous = await api().get(path).expect(401);
      expect(anonymous.body.error.code).toBe('UNAUTHENTICATED');
      const staff = await api().get(path).set('Authorization', desk.auth).expect(403);
      expect(staff.body.error.code).toBe('FORBIDDEN');
      await api().get(path).set('Authorization', 'Bearer not-a-token').expect(401);
    }
    // A mutating call of bull-board's API is refused the same way.
    await api().put('/api/admin/queues/api/queues/webhooks/retry/failed').set('Authorization', desk.auth).expect(403);

    // The token version is checked as on every api route: after a bump, the old token is dead.
    await app
      .get(DataSource)
      .query('UPDATE users SET token_version = token_version + 1 WHERE id = $1', [admin.user.id]);
    await api().get('/api/admin/queues').set('Authorization', admin.auth).expect(401);
    admin = await signIn(app, admin.user);
    await api().get('/api/admin/queues').set('Authorization', admin.auth).expect(200);
  });

  it('refuses /metrics without the token and shows queue depth with it, and on the metrics port', async () => {
    const none = await api().get('/metrics').expect(401);
    expect(none.body.error.code).toBe('UNAUTHENTICATED');
    await api().get('/metrics').set('Authorization', 'Bearer wrong-token').expect(401);
    await api().get('/metrics').set('Authorization', admin.auth).expect(401);

    const scraped = await api().get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`).expect(200);
    expect(scraped.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(scraped.text).toContain('# TYPE madoguchi_queue_jobs gauge');
    expect(scraped.text).toContain('madoguchi_queue_jobs{queue="webhooks",state="delayed"} 3\n');
    expect(scraped.text).toMatch(/^madoguchi_queue_jobs\{queue="notifications",state="waiting"\} \d+$/m);
    expect(scraped.text).toMatch(/^madoguchi_queue_jobs\{queue="webhooks",state="failed"\} \d+$/m);
    expect(scraped.text).toMatch(/^madoguchi_outbox_failed \d+$/m);
    expect(scraped.text).toContain('madoguchi_queue_up 1\n');
    const viaHeader = await api().get('/metrics').set('x-metrics-token', METRICS_TOKEN).expect(200);
    expect(viaHeader.text).toContain('madoguchi_queue_jobs');

    const port = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
    expect(port.status).toBe(200);
    expect(await port.text()).toContain('madoguchi_queue_jobs{queue="webhooks",state="delayed"} 3\n');
    expect((await fetch(`http://127.0.0.1:${metricsPort}/api/v1/me`)).status).toBe(404);
  });

  it('adds every queue’s job counts to the readiness detail', async () => {
    const ready = await api().get('/api/health/ready').expect(200);
    expect(ready.body.details.queues).toMatchObject({
      status: 'up',
      available: true,
      counts: { webhooks: { delayed: 3, failed: 0 }, notifications: { waiting: expect.any(Number) } },
    });
  });
});
