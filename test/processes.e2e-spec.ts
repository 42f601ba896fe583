import { describe, expect, it } from '@jest/globals';
import { type ChildProcess, spawn } from 'node:child_process';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { freePort, waitFor } from './support/processes.js';

/** These tests run the built apps (npm test builds first) as separate processes, as in production. */
const API = 'dist/apps/api/src/main.js';
const WORKER = 'dist/apps/worker/src/main.js';

function run(
  script: string,
  env: Record<string, string>,
): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [script], { env: { ...process.env, LOG_FILE: '', ...env }, stdio: 'pipe' });
  let output = '';
  child.stdout?.on('data', (d) => (output += String(d)));
  child.stderr?.on('data', (d) => (output += String(d)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

describe('the api process', () => {
  it.each([
    [{ DATABASE_URL: 'not a url' }, 'madoguchi-api: configuration error: DATABASE_URL is not a valid URL'],
    [
      { NODE_ENV: 'production', JWT_SECRET: '' },
      'madoguchi-api: configuration error: JWT_SECRET is required in production',
    ],
  ])('refuses to start with %j, in one clear line', async (env, line) => {
    const api = run(API, env);
    expect(await api.exited).toBe(1);
    expect(api.output().trim()).toBe(line);
  });

  it('finishes a request that is in flight when SIGTERM arrives, then exits 0', async () => {
    const port = await freePort();
    const api = run(API, { PORT: String(port) });
    await waitFor(() => api.output().includes('listening'), 20_000, 'the api to listen');

    const socket = connect(port, '127.0.0.1');
    let response = '';
    socket.on('data', (d) => (response += String(d)));
    const body = JSON.stringify({ email: 'a@example.org', pad: 'x' });
    socket.write(
      `POST /api/health/live HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
    );
    socket.write(body.slice(0, 5));
    await sleep(200);
    api.child.kill('SIGTERM');
    await sleep(300);
    socket.write(body.slice(5));
    await waitFor(() => response.includes('\r\n\r\n'), 5000, 'the response');
    socket.end();

    expect(await api.exited).toBe(0);
    expect(response).toMatch(/^HTTP\/1\.1 404/);
    expect(api.output()).toContain('SIGTERM received');
  });
});

describe('the worker process', () => {
  it('connects with QUEUE_PREFIX, logs its queues, beats, and exits 0 on SIGTERM', async () => {
    const prefix = `${process.env.QUEUE_PREFIX}_worker`;
    const worker = run(WORKER, { QUEUE_PREFIX: prefix });
    await waitFor(() => worker.output().includes('madoguchi-worker ready'), 20_000, 'the worker to start');
    expect(worker.output()).toContain(
      `prefix {${prefix}}, queues housekeeping, audit, deadlines, notifications, webhooks`,
    );

    const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    try {
      await waitFor(async () => (await redis.get(`{${prefix}}:app:worker:heartbeat`)) !== null, 10_000, 'a heartbeat');
      worker.child.kill('SIGTERM');
      expect(await worker.exited).toBe(0);
      const keys = await redis.keys(`{${prefix}}*`);
      if (keys.length) await redis.del(...keys);
    } finally {
      redis.disconnect();
    }
  });
});
