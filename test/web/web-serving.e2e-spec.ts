import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { startApi } from '../support/test-app.js';
import { assertPrerequisites } from './browser.js';

describe('the api serves the web app at /', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    assertPrerequisites();
    ({ app } = await startApi());
  });
  afterAll(async () => {
    await app.close();
  });

  it('serves index.html at / and for client-side routes, with a strict CSP of its own', async () => {
    for (const path of ['/', '/cases', '/cases/0190a0c4-0000-7000-8000-000000000000', '/referrals/x?y=1']) {
      const res = await request(app.getHttpServer()).get(path).expect(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.text).toContain('<div id="root"></div>');
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.headers['content-security-policy']).not.toContain('unsafe-inline');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('serves the hashed bundles with a long cache, and a missing bundle is a 404', async () => {
    const html = (await request(app.getHttpServer()).get('/')).text;
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const res = await request(app.getHttpServer()).get(script!).expect(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toContain('immutable');
    await request(app.getHttpServer()).get('/assets/nothing-here.js').expect(404);
  });

  it('leaves /api and /metrics to the api: unknown routes keep the error shape', async () => {
    for (const path of ['/api/v1/nothing-here', '/api', '/api/v1', '/api/cases/new']) {
      const res = await request(app.getHttpServer()).get(path).expect(404);
      expect(res.body).toEqual({
        error: { code: 'NOT_FOUND', message: expect.any(String), details: [], requestId: res.headers['x-request-id'] },
      });
    }
    await request(app.getHttpServer()).get('/api/health/live').expect(200, { status: 'ok' });
    const metrics = await request(app.getHttpServer()).get('/metrics/anything');
    expect(metrics.text).not.toContain('<div id="root"></div>');
  });

  it('never serves files outside the build, nor dotfiles', async () => {
    for (const path of ['/../package.json', '/%2e%2e/%2e%2e/package.json', '/.env']) {
      const res = await request(app.getHttpServer()).get(path);
      expect(res.text).not.toContain('"name": "madoguchi"');
    }
  });

  it('answers writes to a web path like any unknown route', async () => {
    const res = await request(app.getHttpServer()).post('/cases').send({}).expect(404);
    expect(res.body).toEqual({
      error: { code: 'NOT_FOUND', message: expect.any(String), details: [], requestId: res.headers['x-request-id'] },
    });
  });
});
