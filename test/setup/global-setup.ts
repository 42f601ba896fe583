import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { migrate } from '#database';

/**
 * Each test run gets a database and a queue prefix of its own, so runs never see each
 * other's data; both are removed by global-teardown.ts.
 */
export default async function globalSetup(): Promise<void> {
  const runId = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const base = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/madoguchi');
  base.pathname = `/madoguchi_test_${runId}`;
  process.env.DATABASE_URL = base.toString();
  process.env.QUEUE_PREFIX = `test_${runId}`;
  process.env.NODE_ENV = 'test';
  process.env.LOG_LEVEL ??= 'debug';
  // Every test signs in from 127.0.0.1; the per-address limit has a test of its own.
  process.env.LOGIN_IP_MAX_ATTEMPTS = '1000000';
  process.env.TEST_LOG_DIR = `test-results/logs/${runId}`;
  mkdirSync(process.env.TEST_LOG_DIR, { recursive: true });
  await migrate(process.env.DATABASE_URL);
}
