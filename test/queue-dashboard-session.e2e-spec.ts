import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createOrganization, createUser, signIn, TEST_PASSWORD, type SignedIn } from './factories/identity.factory.js';
import { startApi } from './support/test-app.js';

/** The web app's way into the dashboard: a cookie for its path only, worth what the token is worth. */
describe('the queue dashboard from a browser', () => {
  let app: NestExpressApplication;
  let admin: SignedIn;
  let supervisor: SignedIn;
  const api = () => request(app.getHttpServer());

  beforeAll(async () => {
    ({ app } = await startApi());
    const ngo = await createOrganization(app, 'ngo');
    admin = await signIn(app, await createUser(app, 'admin', ngo.id));
    supervisor = await signIn(app, await createUser(app, 'supervisor', ngo.id));
  });
  afterAll(async () => {
    await app.close();
  });

  const sessionCookie = async (who: SignedIn): Promise<string> => {
    const res = await api().post('/api/v1/admin/queue-dashboard/session').set('Authorization', who.auth).expect(204);
    const [cookie] = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    return cookie;
  };

  it('sets an HttpOnly, SameSite=Strict cookie scoped to the dashboard, which opens it without a header', async () => {
    const cookie = await sessionCookie(admin);
    expect(cookie).toMatch(/^madoguchi_queues=/);
    expect(cookie).toMatch(/; Path=\/api\/admin\/queues(;|$)/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Max-Age=900/);
    const pair = cookie.split(';')[0];
    await api().get('/api/admin/queues').set('Cookie', pair).expect(200);
    await api().get('/api/admin/queues/api/queues').set('Cookie', pair).expect(200);
    // Not a credential anywhere else.
    await api().get('/api/v1/me').set('Cookie', pair).expect(401);
  });

  it('refuses other roles, and a mangled or stale cookie', async () => {
    await api().post('/api/v1/admin/queue-dashboard/session').set('Authorization', supervisor.auth).expect(403);
    await api().post('/api/v1/admin/queue-dashboard/session').expect(401);
    const withBody = await api()
      .post('/api/v1/admin/queue-dashboard/session')
      .set('Authorization', admin.auth)
      .send({ ttl: 86400 });
    expect([withBody.status, withBody.body.error.code, withBody.headers['set-cookie']]).toEqual([
      400,
      'VALIDATION_FAILED',
      undefined,
    ]);
    await api().get('/api/admin/queues').set('Cookie', 'madoguchi_queues=%E0%A4%A').expect(401);
    await api().get('/api/admin/queues').set('Cookie', 'madoguchi_queues=not.a.token').expect(401);
    // Once the admin's tokens are revoked (here: a new password), the cookie is worth nothing either.
    const pair = (await sessionCookie(admin)).split(';')[0];
    await api()
      .put('/api/v1/me/password')
      .set('Authorization', admin.auth)
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'another long passphrase 2027' })
      .expect(204);
    await api().get('/api/admin/queues').set('Cookie', pair).expect(401);
  });
});
