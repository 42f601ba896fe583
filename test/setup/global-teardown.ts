import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { dropDatabase } from '#database';
import { deleteKeysMatching } from '#queue';

export default async function globalTeardown(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl?.includes('madoguchi_test_')) await dropDatabase(databaseUrl);
  const prefix = process.env.QUEUE_PREFIX;
  if (prefix?.startsWith('test_')) await deleteKeys(`{${prefix}*`);
  assertNoSecretsInLogs(process.env.TEST_LOG_DIR);
}

/** Backstop of log-hygiene.e2e-spec.ts: the whole run's api logs, after every test file wrote its own. */
function assertNoSecretsInLogs(dir: string | undefined): void {
  if (!dir || !existsSync(dir)) return;
  const testPassword = factoryTestPassword();
  const patterns: [string, (text: string) => boolean][] = [
    ['an argon2 hash', (t) => t.includes('$argon2')],
    ['a JWT', (t) => /eyJ[\w-]{10,}\.[\w-]{10,}\.[\w-]{10,}/.test(t)],
    ['the test password', (t) => t.includes(testPassword)],
  ];
  const found: string[] = [];
  for (const file of readdirSync(dir, { withFileTypes: true }).filter((f) => f.isFile())) {
    const text = readFileSync(join(dir, file.name), 'utf8');
    for (const [what, occurs] of patterns) if (occurs(text)) found.push(`${what} in ${join(dir, file.name)}`);
  }
  if (found.length) throw new Error(`Secrets in the api logs of this run:\n${found.join('\n')}`);
}

/**
 * TEST_PASSWORD of the identity factory. Jest's global hooks run outside its module mapping, where
 * the factory (and its `.js`-suffixed TypeScript imports) cannot be loaded, so it is read from source.
 */
function factoryTestPassword(): string {
  const source = readFileSync(new URL('../factories/identity.factory.ts', import.meta.url), 'utf8');
  const match = source.match(/export const TEST_PASSWORD = '([^']+)';/);
  if (!match) throw new Error('global-teardown: TEST_PASSWORD not found in test/factories/identity.factory.ts');
  return match[1];
}

async function deleteKeys(pattern: string): Promise<void> {
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  try {
    await deleteKeysMatching(redis, pattern);
  } finally {
    redis.disconnect();
  }
}
