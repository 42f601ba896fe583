import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface AppSettings {
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
  logDir: string;
  tickIntervalMs: number;
  /** Extra Node flags, e.g. --cpu-prof when profiling. */
  nodeFlags?: string[];
  /** The api alone (capturing its statements: nothing else may talk to the database). */
  withoutWorker?: boolean;
}

export interface RunningApps {
  baseUrl: string;
  api: ChildProcess;
  worker: ChildProcess | null;
  stop(): Promise<void>;
}

/** Resident memory of a process in MB, from /proc/<pid>/status (VmRSS), or NaN once it is gone. */
export function rssMb(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return kb / 1024;
  } catch {
    return NaN;
  }
}

/** Samples the peak RSS of some processes while something runs. */
export async function peakRss<T>(
  pids: (number | undefined)[],
  run: () => Promise<T>,
): Promise<{ result: T; peaks: number[] }> {
  const peaks = pids.map(() => 0);
  const timer = setInterval(() => pids.forEach((pid, i) => (peaks[i] = Math.max(peaks[i], rssMb(pid) || 0))), 200);
  try {
    const result = await run();
    return { result, peaks };
  } finally {
    clearInterval(timer);
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The runtime settings of the Dockerfile's image (apps.spec.ts checks that the two agree). */
export const IMAGE_RUNTIME_ENV = {
  NODE_OPTIONS: '--enable-source-maps --max-old-space-size=160',
  MALLOC_ARENA_MAX: '2',
  MALLOC_TRIM_THRESHOLD_: '131072',
  MALLOC_MMAP_THRESHOLD_: '131072',
} as const;

/**
 * The api and the worker as production runs them: the built files, NODE_ENV=production, the
 * image's Node and memory settings, a real secret, request logs at info level (to a file, as a deployment ships them somewhere).
 * Tokens live an hour so that one sign-in per user lasts the whole run.
 */
export async function startApps(s: AppSettings): Promise<RunningApps> {
  const port = await freePort();
  const env = {
    ...process.env,
    ...IMAGE_RUNTIME_ENV,
    NODE_ENV: 'production',
    DATABASE_URL: s.databaseUrl,
    REDIS_URL: s.redisUrl,
    QUEUE_PREFIX: s.queuePrefix,
    PORT: String(port),
    JWT_SECRET: randomBytes(32).toString('hex'),
    ACCESS_TOKEN_TTL_SECONDS: '3600',
    TICK_INTERVAL_MS: String(s.tickIntervalMs),
    LOG_LEVEL: 'info',
    DEMO: 'false',
  };
  const start = (name: string, script: string): ChildProcess => {
    const out = openSync(join(s.logDir, `${name}.log`), 'w');
    return spawn(process.execPath, [...(s.nodeFlags ?? []), script], {
      env: { ...env, LOG_FILE: join(s.logDir, `${name}.log`) },
      stdio: ['ignore', out, out],
    });
  };
  const api = start('api', 'dist/apps/api/src/main.js');
  const worker = s.withoutWorker ? null : start('worker', 'dist/apps/worker/src/main.js');
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await Promise.all([api, worker].map((child) => child && stopChild(child)));
  };
  try {
    await waitUntil(async () => (await fetch(`${baseUrl}/api/health/ready`)).ok, 60_000, 'the api to be ready');
    if (worker)
      await waitUntil(
        () => readFileSync(join(s.logDir, 'worker.log'), 'utf8').includes('madoguchi-worker ready'),
        60_000,
        'the worker to be ready',
      );
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, api, worker, stop };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function waitUntil(
  check: () => Promise<boolean> | boolean,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (
      await Promise.resolve()
        .then(check)
        .catch(() => false)
    )
      return;
    await sleep(200);
  }
  throw new Error(`Timed out waiting for ${what}`);
}
