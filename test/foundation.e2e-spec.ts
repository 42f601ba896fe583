import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { startApi } from './support/test-app.js';

describe('the HTTP foundation', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    ({ app } = await startApi());
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers live and ready', async () => {
    await request(app.getHttpServer()).get('/api/health/live').expect(200, { status: 'ok' });
    const ready = await request(app.getHttpServer()).get('/api/health/ready').expect(200);
    expect(ready.body.details).toMatchObject({ postgres: { status: 'up' }, redis: { status: 'up' } });
  });

  it('answers an unknown route with the error shape and a request id', async () => {
    const res = await request(app.getHttpServer()).get('/api/v1/nothing-here').expect(404);
    expect(res.body).toEqual({
      error: { code: 'NOT_FOUND', message: expect.any(String), details: [], requestId: res.headers['x-request-id'] },
    });
  });

  it('echoes a well-formed x-request-id and replaces a malformed one', async () => {
    const echoed = await request(app.getHttpServer()).get('/api/health/live').set('x-request-id', 'desk-42');
    expect(echoed.headers['x-request-id']).toBe('desk-42');
    const replaced = await request(app.getHttpServer()).get('/api/health/live').set('x-request-id', 'bad id <script>');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers malformed JSON with 400 in the error shape', async () => {
    const res = await request(app.getHttpServer())
      .post('/api/health/live')
      .set('content-type', 'application/json')
      .send('{"a":')
      .expect(400);
    expect(res.body.error).toMatchObject({ code: 'MALFORMED_JSON', requestId: res.headers['x-request-id'] });
  });

  it('answers an oversized body with 413 in the error shape', async () => {
    const res = await request(app.getHttpServer())
      .post('/api/health/live')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ a: 'x'.repeat(400_000) }))
      .expect(413);
    expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers a non-JSON body with 415 in the error shape', async () => {
    const res = await request(app.getHttpServer())
      .post('/api/health/live')
      .set('content-type', 'text/plain')
      .send('hello')
      .expect(415);
    expect(res.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('keeps CORS closed by default', async () => {
    const res = await request(app.getHttpServer()).options('/api/health/live').set('Origin', 'https://evil.example');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('sets the security headers of helmet', async () => {
    const res = await request(app.getHttpServer()).get('/api/health/live');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('serves the OpenAPI document and Swagger UI', async () => {
    const doc = await request(app.getHttpServer()).get('/api/docs-json').expect(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(doc.body.paths['/api/health/ready']).toBeDefined();
    await request(app.getHttpServer()).get('/api/docs').expect(200).expect('content-type', /html/);
  });
});

describe('CORS when configured', () => {
  it('allows exactly the configured origins', async () => {
    const { app } = await startApi({ CORS_ORIGINS: 'https://desk.example' });
    try {
      const allowed = await request(app.getHttpServer()).get('/api/health/live').set('Origin', 'https://desk.example');
      expect(allowed.headers['access-control-allow-origin']).toBe('https://desk.example');
      const other = await request(app.getHttpServer()).get('/api/health/live').set('Origin', 'https://evil.example');
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await app.close();
    }
  });
});
