import { type ChildProcess, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { endProcess, loadConfigOrStop } from '#config';
import { migrate } from '#database';
import { DEMO_LOGINS, DEMO_PASSWORD } from '#domain/demo';
import { seedDemo } from './demo-seed.js';

/**
 * `npm run demo`: migrate, seed the demo data, then run the api and the worker together in
 * the foreground. Ctrl-C (or SIGTERM) stops both, each finishing its in-flight work.
 */
const env = { ...process.env, DEMO: process.env.DEMO ?? 'true' };
const config = loadConfigOrStop('demo', env);

const ran = await migrate(config.databaseUrl);
process.stdout.write(ran.length ? `demo: ran migrations ${ran.join(', ')}\n` : 'demo: the database is up to date\n');
if (config.demo) {
  const seeded = await seedDemo(config);
  const { workers, cases, consultations } = seeded.counts;
  process.stdout.write(
    seeded.seeded
      ? `demo: seeded ${workers} workers, ${cases} cases and ${consultations} consultations\n`
      : 'demo: the demo data is already there\n',
  );
}

const children: ChildProcess[] = [
  spawn(process.execPath, ['dist/apps/api/src/main.js'], { env, stdio: 'inherit' }),
  spawn(process.execPath, ['dist/apps/worker/src/main.js'], { env, stdio: 'inherit' }),
];

let stopping = false;
function stopAll(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill(signal);
}
process.on('SIGINT', () => stopAll('SIGTERM'));
process.on('SIGTERM', () => stopAll('SIGTERM'));

const exits = children.map(
  (child) => new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? 1))),
);
// If either process dies on its own, stop the other one too: a half-running demo only confuses.
void Promise.race(exits).then(() => stopAll('SIGTERM'));

const base = `http://localhost:${config.port}`;
for (let i = 0; i < 100 && !stopping; i++) {
  const ready = await fetch(`${base}/api/health/ready`).then(
    (r) => r.ok,
    () => false,
  );
  if (ready) {
    process.stdout.write(
      `\nMadoguchi is running at ${base}/\n  API docs: ${base}/api/docs\n  Ready:    ${base}/api/health/ready\n` +
        (config.demo ? demoLogins() : '') +
        'Press Ctrl-C to stop.\n\n',
    );
    break;
  }
  await sleep(300);
}

const codes = await Promise.all(exits);
endProcess(codes.every((code) => code === 0) ? 0 : 1);

/** Printed in demo mode only: these accounts exist only in a demo database. */
function demoLogins(): string {
  const width = Math.max(...DEMO_LOGINS.map((l) => l.role.length));
  const lines = DEMO_LOGINS.map((l) => `  ${l.role.padEnd(width)}  ${l.email}`);
  return `\nDemo logins (password for all: ${DEMO_PASSWORD}):\n${lines.join('\n')}\n\n`;
}
