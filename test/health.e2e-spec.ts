import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { ChildProcess } from 'node:child_process';
import request from 'supertest';
import { freePort, startRedis, stopProcess, waitFor } from './support/processes.js';
import { startApi } from './support/test-app.js';

describe('readiness follows Redis going away and coming back', () => {
  let app: NestExpressApplication;
  let redis: ChildProcess;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    ({ app } = await startApi({ REDIS_URL: `redis://127.0.0.1:${port}` }));
  });
  afterAll(async () => {
    await app.close();
    await stopProcess(redis);
  });

  it('is 200, then 503 naming Redis while it is stopped, then 200 again without restarting the api', async () => {
    await request(app.getHttpServer()).get('/api/health/ready').expect(200);

    await stopProcess(redis);
    const down = await request(app.getHttpServer()).get('/api/health/ready').expect(503);
    expect(down.body.error).toMatchObject({ code: 'SERVICE_UNAVAILABLE', message: 'Not ready: redis down' });
    expect(down.body.error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ dependency: 'postgres', status: 'up' }),
        expect.objectContaining({ dependency: 'redis', status: 'down' }),
      ]),
    );

    redis = await startRedis(port);
    await waitFor(
      async () => (await request(app.getHttpServer()).get('/api/health/ready')).status === 200,
      10_000,
      'ready',
    );
    const up = await request(app.getHttpServer()).get('/api/health/ready').expect(200);
    expect(up.body.details.redis.status).toBe('up');
  });
});
