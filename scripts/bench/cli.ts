import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { dropDatabase, migrate } from '#database';
import { bullPrefix, deleteKeysMatching } from '#queue';
import { peakRss, rssMb, startApps, type AppSettings } from './apps.js';
import { captureRequests } from './capture.js';
import { existingDataSet, generate, restoreDataSet } from './generate.js';
import { preparePools, runLoad, scenarios, type LoadResult } from './http-load.js';
import { benchUuid, benchUuidSql } from './ids.js';
import { describeMachine } from './machine.js';
import { BENCH_PASSWORD } from './organizations.js';
import { pgbenchScript, runPgbench, writeScript } from './pgbench.js';
import { benchReminders, benchTransport } from './reminders.js';
import { writeReport, renderBlock, type Results } from './report.js';
import { endProcess } from '#config';

/**
 * `npm run bench [-- --cases 1000000] [--quick]`: generate (or reuse) the data set, capture the
 * SQL of a create-case and a get-case request, load the api over HTTP, run the same SQL through
 * pgbench, measure the reminder engine beside a bare BullMQ worker, and write the results.
 * Only 127.0.0.1 is ever loaded, and every run is bounded in time.
 */
const { values: args } = parseArgs({
  options: {
    cases: { type: 'string' },
    quick: { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    'database-url': { type: 'string' },
    'redis-url': { type: 'string', default: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' },
    'queue-prefix': { type: 'string' },
    out: { type: 'string' },
    seconds: { type: 'string' },
    regenerate: { type: 'boolean', default: false },
    drop: { type: 'boolean', default: false },
  },
});

const quick = args.quick!;
const cases = Number(args.cases ?? (quick ? 2000 : 100_000));
const seed = Number(args.seed);
const seconds = Number(args.seconds ?? (quick ? 2 : 15));
const databaseUrl =
  args['database-url'] ??
  process.env.BENCH_DATABASE_URL ??
  // One database per size, so that the 100,000 and 1,000,000 data sets are both kept for reuse.
  `postgres://postgres@127.0.0.1:5432/madoguchi_bench${quick ? '_quick' : cases === 100_000 ? '' : `_${cases}`}`;
const queuePrefix = args['queue-prefix'] ?? `bench_${process.pid}`;
const out = args.out ?? (quick ? 'test-results/bench/BENCHMARKS.quick.md' : 'docs/BENCHMARKS.md');
const logDir = join('test-results', 'bench', queuePrefix);
const tickIntervalMs = 2000;
const connections = [8, 32];
const log = (line: string) => process.stdout.write(`bench: ${line}\n`);
for (const url of [databaseUrl, args['redis-url']!]) {
  if (!['127.0.0.1', 'localhost'].includes(new URL(url).hostname))
    throw new Error(`bench: only 127.0.0.1 is loaded (${url})`);
}
mkdirSync(logDir, { recursive: true });

const settings: AppSettings = { databaseUrl, redisUrl: args['redis-url']!, queuePrefix, logDir, tickIntervalMs };

async function main(): Promise<void> {
  const reused = args.regenerate ? null : await existingDataSet(databaseUrl, cases, seed);
  const data = reused ?? (await generate(databaseUrl, cases, seed, log));
  if (reused) log(`reusing the data set of ${cases} cases generated ${reused.generatedAt}`);
  if (reused) log(`removed ${await restoreDataSet(databaseUrl, reused)} cases earlier runs had created`);
  // A reused data set still gets the migrations added since (e.g. an index a bench run asked for).
  if (reused) log(`migrations run: ${(await migrate(databaseUrl)).join(', ') || 'none pending'}`);
  const main = data.organizations[0];
  const range = data.ranges[main.id];
  const desk = main.staff.find((s) => s.role === 'desk_staff')!;
  const token = async (baseUrl: string) => {
    const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: desk.email, password: BENCH_PASSWORD }),
    });
    return ((await res.json()) as { accessToken: string }).accessToken;
  };

  log('capturing the SQL of one create-case and one get-case request from the statement log');
  const workerNo = range.workers[0] + 7;
  const caseNo = range.cases[0] + 11;
  const [create, get] = await captureRequests(settings, token, [
    {
      method: 'POST',
      path: '/api/v1/cases',
      body: {
        workerId: benchUuid('w', workerNo),
        title: '残業代の未払い',
        categories: ['unpaid_overtime'],
        urgency: 'normal',
      },
    },
    { method: 'GET', path: `/api/v1/cases/${benchUuid('c', caseNo)}` },
  ]);
  const createRef = String(create.response.reference);
  const scripts = {
    'create case': writeScript(
      join(logDir, 'create-case.pgbench.sql'),
      pgbenchScript(create.statements, {
        prelude: [`\\set w random(${range.workers[0]}, ${range.workers[1]})`],
        substitutions: [
          { value: String(create.response.id), expression: ':c_id' },
          { value: createRef, expression: `'${createRef.slice(0, 9)}' || lpad(:r_last_value::text, 6, '0')` },
          { value: benchUuid('w', workerNo), expression: benchUuidSql('w', ':w') },
        ],
        keep: [main.id, desk.id],
        gsets: [
          { match: /INSERT INTO "cases"/, prefix: 'c_' },
          { match: /INSERT INTO case_reference_counters/, prefix: 'r_' },
        ],
      }),
    ),
    'get case': writeScript(
      join(logDir, 'get-case.pgbench.sql'),
      pgbenchScript(get.statements, {
        prelude: [`\\set c random(${range.cases[0]}, ${range.cases[1]})`],
        substitutions: [{ value: benchUuid('c', caseNo), expression: benchUuidSql('c', ':c') }],
        keep: [main.id, desk.id],
        gsets: [],
      }),
    ),
  };
  log(`create case issues ${create.statements.length} statements, get case ${get.statements.length}`);

  const apps = await startApps(settings);
  try {
    await sleep(3000);
    const idle = { api: rssMb(apps.api.pid), worker: rssMb(apps.worker!.pid) };
    const pools = await preparePools(apps.baseUrl, databaseUrl, data);
    const list = scenarios(pools);
    if (!quick) {
      log('warming up (2 s per scenario, not recorded)');
      for (const s of list) await runLoad(apps.baseUrl, s, 8, 2, seed);
    }
    const http: LoadResult[] = [];
    const pids = [apps.api.pid, apps.worker!.pid];
    const { peaks } = await peakRss(pids, async () => {
      for (const s of list) {
        for (const c of connections) {
          const r = await runLoad(apps.baseUrl, s, c, seconds, seed + c);
          log(`${s.name} @${c}: ${r.rps} req/s, p50 ${r.p50} p95 ${r.p95} p99 ${r.p99} ms, ${r.errors} errors`);
          http.push(r);
        }
      }
    });
    const pgbench = [];
    for (const [request, path] of Object.entries(scripts)) {
      const results = [];
      for (const c of connections) {
        const r = await runPgbench(databaseUrl, path, c, seconds);
        log(`pgbench ${request} @${c}: ${r.tps} TPS, ${r.latencyMs} ms, ${r.failed} failed`);
        results.push(r);
      }
      pgbench.push({ request, results });
    }
    const total = quick ? 2000 : 100_000;
    const due = quick ? 400 : 20_000;
    const { result: reminders, peaks: workerPeaks } = await peakRss(pids, () =>
      benchReminders(databaseUrl, range.cases, total, due, quick ? 2000 : 10_000),
    );
    for (const r of reminders) log(`reminders ${r.phase}: ${r.noticesPerSecond}/s, p50 ${r.p50} s, p99 ${r.p99} s`);
    const transport = await benchTransport(settings.redisUrl, queuePrefix, due);
    log(`bare BullMQ: ${transport.jobsPerSecond} jobs/s`);
    const results: Results = {
      quick,
      machine: await describeMachine(databaseUrl, settings.redisUrl),
      data,
      tickIntervalMs,
      http,
      pgbench,
      reminders,
      transport,
      memory: [
        { process: 'api', idle: idle.api, peak: Math.max(peaks[0], workerPeaks[0]) },
        { process: 'worker', idle: idle.worker, peak: Math.max(peaks[1], workerPeaks[1]) },
      ],
    };
    writeFileSync(join(logDir, 'results.json'), JSON.stringify(results, null, 2));
    writeReport(out, results);
    log(`wrote ${out}`);
    process.stdout.write(`\n${renderBlock(results)}\n`);
  } finally {
    await apps.stop();
    await cleanRedis(settings.redisUrl, queuePrefix);
    if (args.drop) await dropDatabase(databaseUrl);
  }
}

async function cleanRedis(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl);
  try {
    for (const pattern of [`${bullPrefix(prefix)}*`, `${bullPrefix(`${prefix}-noop`)}*`]) {
      await deleteKeysMatching(redis, pattern);
    }
  } finally {
    redis.disconnect();
  }
}

main().then(
  () => endProcess(0),
  (error: Error) => {
    process.stderr.write(`bench: failed: ${error.stack ?? error.message}\n`);
    endProcess(1);
  },
);
