import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSet } from './generate.js';
import type { LoadResult } from './http-load.js';
import type { Machine } from './machine.js';
import type { PgbenchResult } from './pgbench.js';
import type { ReminderResult, TransportResult } from './reminders.js';

export interface Results {
  quick: boolean;
  machine: Machine;
  data: DataSet;
  tickIntervalMs: number;
  http: LoadResult[];
  pgbench: { request: string; results: PgbenchResult[] }[];
  reminders: ReminderResult[];
  transport: TransportResult;
  memory: { process: string; idle: number; peak: number }[];
}

const n = (x: number) => (Number.isFinite(x) ? x.toLocaleString('en-US') : '–');
const mb = (x: number) => (Number.isFinite(x) ? `${Math.round(x)} MB` : '–');
/** A latency or ratio cell; a run that got no answer in its time shows a dash. */
const v = (x: number | undefined) => (x !== undefined && Number.isFinite(x) ? x : '–');

function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function find(r: Results, scenario: string, connections: number): LoadResult | undefined {
  return r.http.find((h) => h.scenario.startsWith(scenario) && h.connections === connections);
}

function ratio(r: Results, scenario: string, request: string, connections: number): number {
  const ours = find(r, scenario, connections)?.rps ?? NaN;
  const limit =
    r.pgbench.find((p) => p.request === request)?.results.find((x) => x.clients === connections)?.tps ?? NaN;
  return ours / limit;
}

/** Where we stand against each goal of the performance issue (the latency goals are set at 1,000,000 cases). */
export function goals(r: Results): { goal: string; measured: string; met: boolean }[] {
  const tick = r.tickIntervalMs / 1000;
  const spread = r.reminders[0];
  const burst = r.reminders[1];
  const create = ratio(r, 'create case', 'create case', 32);
  const get = find(r, 'get case', 32);
  const list = find(r, 'list cases', 32);
  const ja = find(r, 'search q= (Japanese)', 32);
  const vi = find(r, 'search q= (Vietnamese)', 32);
  const api = r.memory.find((m) => m.process === 'api');
  return [
    {
      goal: 'create case ≥ 50% of its pgbench TPS (32 connections)',
      measured: `${v(Math.round(create * 100))}%`,
      met: create >= 0.5,
    },
    { goal: 'get case p99 ≤ 25 ms (32 connections)', measured: `${v(get?.p99)} ms`, met: (get?.p99 ?? Infinity) <= 25 },
    {
      goal: 'list with filters p95 ≤ 50 ms (32 connections)',
      measured: `${v(list?.p95)} ms`,
      met: (list?.p95 ?? Infinity) <= 50,
    },
    {
      goal: 'search p95 ≤ 150 ms, Japanese (32 connections)',
      measured: `${v(ja?.p95)} ms`,
      met: (ja?.p95 ?? Infinity) <= 150,
    },
    {
      goal: 'search p95 ≤ 150 ms, Vietnamese (32 connections)',
      measured: `${v(vi?.p95)} ms`,
      met: (vi?.p95 ?? Infinity) <= 150,
    },
    {
      goal: 'reminders ≥ 2,000 notices/s (backlog drain)',
      measured: `${n(burst?.noticesPerSecond)}/s`,
      met: (burst?.noticesPerSecond ?? 0) >= 2000,
    },
    {
      goal: `due-to-visible p99 ≤ tick + 1 s = ${tick + 1} s (steady arrival)`,
      measured: `${v(spread?.p99)} s`,
      met: (spread?.p99 ?? Infinity) <= tick + 1,
    },
    { goal: 'api RSS ≤ 250 MB under load', measured: mb(api?.peak ?? NaN), met: (api?.peak ?? Infinity) <= 250 },
  ];
}

/** The generated block for one data-set size. */
export function renderBlock(r: Results): string {
  const m = r.machine;
  const d = r.data;
  const out: string[] = [];
  out.push(`## ${n(d.cases)} cases${r.quick ? ' (quick mode: short runs, not comparable)' : ''}`);
  out.push('');
  out.push(
    `Measured ${m.date.slice(0, 16).replace('T', ' ')} UTC at commit ${m.commit} on ${m.cores} cores (${m.cpu}), ${m.memoryGb} GB RAM; ` +
      `Node ${m.node}, PostgreSQL ${m.postgres}, Redis ${m.redis}, ${m.pgbench}, autocannon ${m.autocannon}. ` +
      `The load generator, the api, the worker, Postgres and Redis share these cores` +
      (m.load === undefined
        ? '.'
        : ` (1-minute load average at the end of the run: ${m.load}; other work on the machine counts in it).`),
  );
  out.push('');
  out.push(
    `Data set: ${Object.entries(d.rows)
      .map(([t, c]) => `${n(c)} ${t}`)
      .join(', ')}; generated in ${d.seconds} s (seed ${d.seed}).`,
  );
  out.push('');
  out.push('### HTTP (api and worker built, NODE_ENV=production, real users of the largest NGO)');
  out.push('');
  out.push(
    table(
      ['scenario', 'connections', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors'],
      r.http.map((h) => [h.scenario, h.connections, n(h.rps), v(h.p50), v(h.p95), v(h.p99), h.errors]),
    ),
  );
  out.push('');
  out.push('### The physical limit: the same SQL through pgbench');
  out.push('');
  const limitRows: (string | number)[][] = [];
  for (const p of r.pgbench) {
    for (const x of p.results) {
      const ours = find(r, p.request, x.clients)?.rps ?? NaN;
      limitRows.push([
        p.request,
        x.clients,
        n(x.tps),
        v(x.latencyMs),
        n(ours),
        `${v(Math.round((ours / x.tps) * 100))}%`,
      ]);
    }
  }
  out.push(table(['request', 'clients', 'pgbench TPS', 'pgbench latency ms', 'api req/s', 'api / pgbench'], limitRows));
  out.push('');
  out.push(`### Reminder engine (TICK_INTERVAL_MS=${r.tickIntervalMs})`);
  out.push('');
  out.push(
    table(
      ['phase', 'notices', 'notices/s', 'due→visible p50 s', 'p99 s', 'max s'],
      [
        ...r.reminders.map((x) => [
          x.phase,
          `${n(x.notices)} / ${n(x.expected)}`,
          n(x.noticesPerSecond),
          x.p50,
          x.p99,
          x.max,
        ]),
        [
          'bare BullMQ worker, no-op processor (transport ceiling)',
          `${n(r.transport.jobs)} jobs`,
          n(r.transport.jobsPerSecond),
          r.transport.p50,
          r.transport.p99,
          '–',
        ],
      ],
    ),
  );
  out.push('');
  out.push('### Resident memory (VmRSS)');
  out.push('');
  out.push(
    table(
      ['process', 'idle', 'peak under load'],
      r.memory.map((x) => [x.process, mb(x.idle), mb(x.peak)]),
    ),
  );
  out.push('');
  out.push('### Goals');
  out.push('');
  out.push(
    table(
      ['goal', 'measured', 'met'],
      goals(r).map((g) => [g.goal, g.measured, g.met ? 'yes' : '**no**']),
    ),
  );
  return out.join('\n');
}

const HEADER = `# Benchmarks

Written by \`npm run bench\` (see the README's "Benchmarks" section); each data-set size has its own
block below, rewritten by the next run of that size. The notes at the end are written by hand.
`;

/** Replaces (or adds) the block of this size in the file, leaving everything else as it was. */
export function writeReport(path: string, r: Results): void {
  const start = `<!-- bench:${r.data.cases}:start -->`;
  const end = `<!-- bench:${r.data.cases}:end -->`;
  const block = `${start}\n${renderBlock(r)}\n${end}`;
  let text = existsSync(path) ? readFileSync(path, 'utf8') : HEADER;
  if (text.includes(start) && text.includes(end)) {
    text = text.slice(0, text.indexOf(start)) + block + text.slice(text.indexOf(end) + end.length);
  } else {
    const notes = text.indexOf('<!-- bench:notes -->');
    text = notes >= 0 ? `${text.slice(0, notes)}${block}\n\n${text.slice(notes)}` : `${text.trimEnd()}\n\n${block}\n`;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
