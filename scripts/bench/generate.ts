import pg from 'pg';
import { createDatabaseIfMissing, dropDatabase, migrate, splitDatabaseUrl } from '#database';
import argon2 from 'argon2';
import { dropSecondaryStructures, restoreSecondaryStructures } from './bulk-load.js';
import {
  ASSIGNMENT_COLUMNS,
  CASE_COLUMNS,
  CONSULTATION_COLUMNS,
  DEADLINE_COLUMNS,
  EVENT_COLUMNS,
  caseRows,
} from './cases.js';
import { CopyWriter } from './copy.js';
import { BENCH_PASSWORD, benchOrganizations, insertOrganizations, type BenchOrganization } from './organizations.js';
import { WORKER_COLUMNS, workerRow, type WorkerFacts } from './people.js';
import { Rng } from './random.js';

export interface DataSet {
  cases: number;
  seed: number;
  generatedAt: string;
  seconds: number;
  rows: Record<string, number>;
  organizations: BenchOrganization[];
  /** Global numbers of each NGO's workers and cases: [first, last] (see benchUuid). */
  ranges: Record<string, { workers: [number, number]; cases: [number, number] }>;
}

const LOADED = [
  'workers',
  'cases',
  'case_events',
  'consultations',
  'deadlines',
  'legal_assignments',
  'case_collaborators',
];
const YEARS = 5;
const WORKERS_PER_CASE = 0.75;

/** The data set already in the database, if it is the one asked for (kept in the database's comment). */
export async function existingDataSet(databaseUrl: string, cases: number, seed: number): Promise<DataSet | null> {
  const { name, adminUrl } = splitDatabaseUrl(databaseUrl);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT shobj_description(oid, 'pg_database') AS meta FROM pg_database WHERE datname = $1`,
      [name],
    );
    const meta = rows[0]?.meta ? (JSON.parse(rows[0].meta) as DataSet) : null;
    return meta && meta.cases === cases && meta.seed === seed ? meta : null;
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

/**
 * Puts a reused data set back as it was generated: the cases earlier runs created (over HTTP
 * and through pgbench, thousands of near-identical ones per run) would otherwise pile up as the
 * organization's newest cases and skew what the next run's list and search read first. Their
 * events, consultations and the like go with them (ON DELETE CASCADE); their deadlines too.
 * Audit rows stay: the audit trail is append-only, in the benchmark database as anywhere.
 */
export async function restoreDataSet(databaseUrl: string, data: DataSet): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`DELETE FROM deadlines WHERE case_id IN (SELECT id FROM cases WHERE created_at >= $1)`, [
      data.generatedAt,
    ]);
    const { rowCount } = await client.query(`DELETE FROM cases WHERE created_at >= $1`, [data.generatedAt]);
    await client.query('COMMIT');
    if (rowCount) await client.query('VACUUM (ANALYZE) cases, deadlines');
    return rowCount ?? 0;
  } finally {
    await client.end();
  }
}

/**
 * Builds the benchmark database from nothing: drop, create and migrate with the project's own
 * migrate(), then organizations and users by INSERT and every bulk table by COPY in one pass
 * (five COPY streams side by side), with indexes and foreign keys built afterwards.
 */
export async function generate(
  databaseUrl: string,
  cases: number,
  seed: number,
  log: (line: string) => void,
): Promise<DataSet> {
  const started = Date.now();
  await dropDatabase(databaseUrl);
  await createDatabaseIfMissing(databaseUrl);
  await migrate(databaseUrl);
  // One hash for every user (argon2 takes ~50 ms each), with PasswordHasher's parameters.
  const hash = await argon2.hash(BENCH_PASSWORD, {
    type: argon2.argon2id,
    memoryCost: 19456,
    timeCost: 2,
    parallelism: 1,
  });
  const orgs = benchOrganizations();
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await insertOrganizations(admin, orgs, hash);
  const saved = await dropSecondaryStructures(admin, LOADED);

  const clients = await Promise.all(
    Array.from({ length: 7 }, async () => {
      const c = new pg.Client({ connectionString: databaseUrl });
      await c.connect();
      // The load is rebuilt from scratch on failure, so losing the tail of the WAL costs nothing.
      await c.query('SET synchronous_commit = off');
      return c;
    }),
  );
  const w = {
    workers: new CopyWriter(clients[0], 'workers', WORKER_COLUMNS),
    cases: new CopyWriter(clients[1], 'cases', CASE_COLUMNS),
    events: new CopyWriter(clients[2], 'case_events', EVENT_COLUMNS),
    consultations: new CopyWriter(clients[3], 'consultations', CONSULTATION_COLUMNS),
    deadlines: new CopyWriter(clients[4], 'deadlines', DEADLINE_COLUMNS),
    assignments: new CopyWriter(clients[5], 'legal_assignments', ASSIGNMENT_COLUMNS),
    collaborators: new CopyWriter(clients[6], 'case_collaborators', ['case_id', 'user_id', 'added_at']),
  };

  const rng = new Rng(seed);
  const now = new Date();
  const span = YEARS * 365 * 86_400_000;
  const start = now.getTime() - span;
  const lawyers = orgs.find((o) => o.kind === 'law_office')!;
  const ngos = orgs.filter((o) => o.kind === 'ngo');
  const counters: { organizationId: string; year: number; value: number }[] = [];
  const ranges: DataSet['ranges'] = {};
  let caseNo = 0;
  let workerNo = 0;
  for (const [k, org] of ngos.entries()) {
    const n = k === ngos.length - 1 ? cases - caseNo : Math.round(cases * org.share);
    const workers = Math.max(1, Math.ceil(n * WORKERS_PER_CASE));
    ranges[org.id] = { workers: [workerNo + 1, workerNo + workers], cases: [caseNo + 1, caseNo + n] };
    const staff = org.staff.filter((s) => s.role === 'desk_staff' || s.role === 'supervisor');
    const timeOf = (i: number) => new Date(start + span * Math.sqrt(i / Math.max(1, n)));
    const facts: WorkerFacts[] = [];
    const addWorker = async () => {
      const j = facts.length;
      const at = new Date(Math.max(start, timeOf(Math.floor((j * n) / workers)).getTime() - 3_600_000));
      const made = workerRow(rng, workerNo + j + 1, org.id, rng.pick(staff).id, at);
      facts.push(made.facts);
      await w.workers.push(made.row);
    };
    const years = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const own = Math.min(workers - 1, Math.floor((i * workers) / n));
      while (facts.length <= own) await addWorker();
      const j = rng.chance(0.25) ? rng.int(Math.max(0, own - 5000), own) : own;
      const createdAt = new Date(start + span * Math.sqrt((i + rng.next()) / n));
      const rows = caseRows({
        rng,
        n: caseNo + i + 1,
        organizationId: org.id,
        worker: facts[j],
        ownerId: rng.pick(staff).id,
        collaboratorId: rng.pick(staff).id,
        lawyer: { id: rng.pick(lawyers.staff).id, officeId: lawyers.id },
        createdAt: createdAt.getTime() < now.getTime() ? createdAt : new Date(now.getTime() - 1000),
        now,
        nextReference: (year) => {
          const v = (years.get(year) ?? 0) + 1;
          years.set(year, v);
          return v;
        },
      });
      await w.cases.push(rows.cases);
      for (const e of rows.events) await w.events.push(e);
      for (const c of rows.consultations) await w.consultations.push(c);
      for (const d of rows.deadlines) await w.deadlines.push(d);
      if (rows.assignment) await w.assignments.push(rows.assignment);
      if (rows.collaborator) await w.collaborators.push(rows.collaborator);
      if ((caseNo + i + 1) % 100_000 === 0) log(`generated ${caseNo + i + 1} cases (${elapsed(started)})`);
    }
    while (facts.length < workers) await addWorker();
    for (const [year, value] of years) counters.push({ organizationId: org.id, year, value });
    caseNo += n;
    workerNo += workers;
  }
  const rows: Record<string, number> = {};
  for (const [name, writer] of Object.entries(w)) rows[name] = await writer.end();
  await Promise.all(clients.map((c) => c.end()));
  for (const c of counters) {
    await admin.query(`INSERT INTO case_reference_counters (organization_id, year, last_value) VALUES ($1, $2, $3)`, [
      c.organizationId,
      c.year,
      c.value,
    ]);
  }
  log(`copied ${JSON.stringify(rows)} (${elapsed(started)}); building indexes and foreign keys`);
  await restoreSecondaryStructures(admin, saved);
  log(`indexes built (${elapsed(started)}); vacuum analyze`);
  await admin.query('VACUUM (ANALYZE)');
  await admin.end();
  const set: DataSet = {
    cases,
    seed,
    generatedAt: now.toISOString(),
    seconds: Math.round((Date.now() - started) / 1000),
    rows,
    organizations: orgs,
    ranges,
  };
  await comment(databaseUrl, set);
  log(`data set ready in ${set.seconds} s`);
  return set;
}

async function comment(databaseUrl: string, set: DataSet): Promise<void> {
  const { name, adminUrl } = splitDatabaseUrl(databaseUrl);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`COMMENT ON DATABASE "${name}" IS ${pg.escapeLiteral(JSON.stringify(set))}`);
  } finally {
    await client.end();
  }
}

function elapsed(since: number): string {
  return `${Math.round((Date.now() - since) / 1000)} s`;
}
