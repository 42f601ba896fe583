import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { Redis } from 'ioredis';
import pg from 'pg';

export interface Machine {
  date: string;
  cores: number;
  cpu: string;
  memoryGb: number;
  node: string;
  postgres: string;
  redis: string;
  pgbench: string;
  autocannon: string;
  commit: string;
  /** 1-minute load average when the run ended: other work on the machine skews every figure. */
  load: number;
}

function quiet(run: () => string): string {
  try {
    return run().trim();
  } catch {
    return 'unknown';
  }
}

export async function describeMachine(databaseUrl: string, redisUrl: string): Promise<Machine> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const postgres = (await client.query('SHOW server_version')).rows[0].server_version as string;
  await client.end();
  const redis = new Redis(redisUrl, { lazyConnect: true });
  await redis.connect();
  const info = await redis.info('server');
  redis.disconnect();
  return {
    date: new Date().toISOString(),
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    postgres,
    redis: /redis_version:(\S+)/.exec(info)?.[1] ?? 'unknown',
    pgbench: quiet(() => execFileSync('/usr/bin/pgbench', ['--version'], { encoding: 'utf8' })),
    autocannon: quiet(() => JSON.parse(readFileSync('node_modules/autocannon/package.json', 'utf8')).version),
    commit: quiet(() => execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' })),
    load: Math.round(loadavg()[0] * 10) / 10,
  };
}
