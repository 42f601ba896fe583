import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createWorld, type World } from './factories/identity.factory.js';
import { ALL_SECTIONS } from './authorization/all-rows.js';
import { WHO, type MatrixContext } from './authorization/matrix.js';
import { startApi } from './support/test-app.js';

describe('the authorization matrix', () => {
  let app: NestExpressApplication;
  let world: World;
  const subjects: Record<string, string> = {};

  beforeAll(async () => {
    ({ app } = await startApi());
    world = await createWorld(app);
    for (const section of ALL_SECTIONS) await section.prepare?.({ app, world, subjects });
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers every route for every role exactly as declared', async () => {
    const ctx: MatrixContext = { app, world, subjects };
    const differences: string[] = [];
    for (const section of ALL_SECTIONS) {
      for (const row of section.rows) {
        for (const who of WHO) {
          const { method, path, body } = row.request(ctx, who);
          let req = request(app.getHttpServer())[method](path).set('Authorization', world.users[who].auth);
          if (body) req = req.send(body);
          const res = await req;
          if (res.status !== row.expect[who]) {
            differences.push(
              `${row.route} as ${who}: expected ${row.expect[who]}, got ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`,
            );
          }
          if (res.status >= 400) expect(res.body.error?.code).toEqual(expect.any(String));
        }
      }
    }
    expect(differences).toEqual([]);
  });

  it('refuses every route without a token', async () => {
    const ctx: MatrixContext = { app, world, subjects };
    for (const section of ALL_SECTIONS) {
      for (const row of section.rows) {
        const { method, path, body } = row.request(ctx, 'admin');
        const agent = request(app.getHttpServer());
        const res = await agent[method](path).send(body ?? undefined);
        expect([row.route, res.status]).toEqual([row.route, 401]);
      }
    }
  });
});
