import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { APP_DATABASE_ROLE } from '#database';
import type { LoggedStatement } from './statement-log.js';

const run = promisify(execFile);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const UUID_ARRAY = /^\{[0-9a-f-]{36}(,[0-9a-f-]{36})*\}$/;

/** The ids a parameter holds: itself, or the elements of an array literal of ids (`{a,b}`). */
function idsOf(value: string): string[] {
  if (UUID.test(value)) return [value];
  return UUID_ARRAY.test(value) ? value.slice(1, -1).split(',') : [];
}

export interface ScriptPlan {
  /** pgbench meta-commands before the transaction, e.g. `\set w random(1, 1000)`. */
  prelude: string[];
  /** Values of the captured request replaced by an expression (a fresh id, a random row). */
  substitutions: { value: string; expression: string }[];
  /** Ids that stay as they are (the user, the organization). */
  keep: string[];
  /** Statements whose single result row becomes variables, for what later statements use. */
  gsets: { match: RegExp; prefix: string }[];
}

function quote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** A parameter value as SQL: its literal, with the parts to substitute spliced in as expressions. */
function literal(value: string | null, plan: ScriptPlan, fresh: Set<string>): string {
  if (value === null) return 'NULL';
  if (fresh.has(value)) return 'gen_random_uuid()';
  // An array of ids (a batch insert's keys): fresh elements are made per transaction as well.
  if (UUID_ARRAY.test(value) && idsOf(value).some((id) => fresh.has(id)))
    return `(ARRAY[${idsOf(value)
      .map((id) => `${literal(id, plan, fresh)}::text`)
      .join(', ')}])::text`;
  let parts: (string | { expr: string })[] = [value];
  for (const s of plan.substitutions) {
    parts = parts.flatMap((p) =>
      typeof p !== 'string'
        ? [p]
        : p.split(s.value).flatMap((piece, i) => (i === 0 ? [piece] : [{ expr: `(${s.expression})` }, piece])),
    );
  }
  const sql = parts.filter((p) => p !== '').map((p) => (typeof p === 'string' ? quote(p) : p.expr));
  return sql.length === 0 ? "''" : sql.length === 1 ? sql[0] : `(${sql.join(' || ')})`;
}

/**
 * Turns the statements of one captured request into a pgbench script: parameters inlined as
 * literals, ids that must differ per transaction (new rows' keys) made fresh, the row the
 * request acted on drawn at random, and server-made values (the case's id, its reference
 * number) carried from the statement that returns them to those that use them with \gset.
 */
export function pgbenchScript(statements: LoggedStatement[], plan: ScriptPlan): string {
  const counts = new Map<string, number>();
  for (const s of statements)
    for (const id of new Set(s.params.flatMap((p) => (p ? idsOf(p) : [])))) counts.set(id, (counts.get(id) ?? 0) + 1);
  const known = new Set([...plan.keep, ...plan.substitutions.map((s) => s.value)]);
  const fresh = new Set([...counts].filter(([v, n]) => n === 1 && !known.has(v)).map(([v]) => v));
  const lines = [...plan.prelude];
  for (const s of statements) {
    const sql = s.sql.replace(/\$(\d+)/g, (_, n: string) => literal(s.params[Number(n) - 1] ?? null, plan, fresh));
    lines.push(`${sql.replace(/\s*\n\s*/g, ' ').trim()};`);
    const gset = plan.gsets.find((g) => g.match.test(s.sql));
    if (gset) lines.push(`\\gset ${gset.prefix}`);
  }
  return lines.join('\n') + '\n';
}

export interface PgbenchResult {
  clients: number;
  tps: number;
  latencyMs: number;
  failed: number;
}

/** Runs a script with the app's role and protocol (extended: parse, bind, execute, as node-postgres does). */
export async function runPgbench(
  databaseUrl: string,
  scriptPath: string,
  clients: number,
  seconds: number,
): Promise<PgbenchResult> {
  const { stdout } = await run(
    '/usr/bin/pgbench',
    [
      '-n',
      '-M',
      'extended',
      '-c',
      String(clients),
      '-j',
      String(Math.min(clients, 2)),
      '-T',
      String(seconds),
      '-f',
      scriptPath,
      databaseUrl,
    ],
    { env: { ...process.env, PGOPTIONS: `-c role=${APP_DATABASE_ROLE}` }, maxBuffer: 16 << 20 },
  );
  const num = (re: RegExp) => Number(re.exec(stdout)?.[1] ?? NaN);
  return {
    clients,
    tps: Math.round(num(/tps = ([\d.]+) \(without initial connection time\)/)),
    latencyMs: num(/latency average = ([\d.]+) ms/),
    failed: num(/number of failed transactions: (\d+)/) || 0,
  };
}

export function writeScript(path: string, script: string): string {
  writeFileSync(path, script);
  return path;
}
