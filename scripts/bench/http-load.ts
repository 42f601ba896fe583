import autocannon from 'autocannon';
import pg from 'pg';
import {
  CATEGORY,
  NATIONALITIES,
  PREFECTURE,
  SEARCH_TERMS,
  caseSummary,
  caseTitle,
  employerName,
  type TextLanguage,
} from './corpus.js';
import type { DataSet } from './generate.js';
import { BENCH_PASSWORD, type BenchUser } from './organizations.js';
import { Rng, Weighted } from './random.js';
import { percentile, round } from './stats.js';

export interface LoadResult {
  scenario: string;
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Answers other than 2xx, and connection errors or timeouts. */
  errors: number;
}

interface Signed {
  user: BenchUser;
  token: string;
}

/** Ids the scenarios pick from: a sample of the main NGO's rows, read once. */
export interface Pools {
  staff: Signed[];
  lawyers: { signed: Signed; cases: string[] }[];
  workers: string[];
  normalCases: string[];
  openCases: string[];
  ownerIds: string[];
}

export interface Scenario {
  name: string;
  build: (rng: Rng) => { method: 'GET' | 'POST'; path: string; token: string; body?: unknown };
}

/** Signs each user in once (login is rate-limited per address) and keeps the hour-long token. */
async function signIn(baseUrl: string, user: BenchUser): Promise<Signed> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: user.email, password: BENCH_PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in of ${user.email} failed: ${res.status} ${await res.text()}`);
  return { user, token: ((await res.json()) as { accessToken: string }).accessToken };
}

export async function preparePools(baseUrl: string, databaseUrl: string, set: DataSet): Promise<Pools> {
  const main = set.organizations[0];
  const staffUsers = main.staff.filter((s) => s.role === 'desk_staff' || s.role === 'supervisor').slice(0, 10);
  const lawyerUsers = set.organizations.find((o) => o.kind === 'law_office')!.staff.slice(0, 3);
  const staff = await Promise.all(staffUsers.map((u) => signIn(baseUrl, u)));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const ids = async (sql: string, params: unknown[]) =>
      (await client.query(sql, params)).rows.map((r) => r.id as string);
    const sample = Math.max(0.5, Math.min(100, (20_000 / Math.max(1, set.cases)) * 100));
    const lawyers = [];
    for (const u of lawyerUsers) {
      const cases = await ids(
        `SELECT case_id AS id FROM legal_assignments WHERE lawyer_id = $1 AND status IN ('accepted', 'completed') LIMIT 2000`,
        [u.id],
      );
      if (cases.length) lawyers.push({ signed: await signIn(baseUrl, u), cases });
    }
    return {
      staff,
      lawyers,
      workers: await ids(`SELECT id FROM workers TABLESAMPLE SYSTEM ($2) WHERE organization_id = $1 LIMIT 5000`, [
        main.id,
        sample,
      ]),
      normalCases: await ids(
        `SELECT id FROM cases TABLESAMPLE SYSTEM ($2) WHERE organization_id = $1 AND sensitivity = 'normal' LIMIT 20000`,
        [main.id, sample],
      ),
      openCases: await ids(
        `SELECT id FROM cases WHERE organization_id = $1 AND status IN ('open', 'in_progress') AND sensitivity = 'normal' LIMIT 5000`,
        [main.id],
      ),
      ownerIds: staffUsers.map((u) => u.id),
    };
  } finally {
    await client.end();
  }
}

const NATIONALITY = new Weighted(NATIONALITIES);

/**
 * What a desk writes when it opens a case: the generator's titles and summaries, in the
 * languages of the generator's mix, so that the newest cases read like the older ones (and a
 * search finds its terms among them as often).
 */
function newCaseText(rng: Rng): { title: string; summary: string; categories: string[] } {
  const lang = new Weighted(NATIONALITY.pick(rng).texts).pick(rng) as TextLanguage;
  const category = CATEGORY.pick(rng);
  const slots = {
    employer: employerName(rng),
    prefecture: PREFECTURE.pick(rng),
    month: rng.int(0, 11),
    amount: rng.int(3, 300) * 10_000,
    hours: rng.int(20, 120),
  };
  return {
    title: caseTitle(rng, lang, category, slots),
    summary: caseSummary(rng, lang, category, slots),
    categories: [category],
  };
}
const FILTERS = [
  'status=open',
  'status=in_progress&urgency=high',
  'category=wage_arrears',
  'category=passport_confiscation&status=closed',
  'urgency=critical',
  'overdue=true',
];

/** The requests of each scenario, drawn at random per request from the pools. */
export function scenarios(p: Pools): Scenario[] {
  const staff = (rng: Rng) => rng.pick(p.staff).token;
  return [
    { name: 'GET /me (framework ceiling)', build: (rng) => ({ method: 'GET', path: '/api/v1/me', token: staff(rng) }) },
    {
      name: 'create case',
      build: (rng) => ({
        method: 'POST',
        path: '/api/v1/cases',
        token: staff(rng),
        body: {
          workerId: rng.pick(p.workers),
          ...newCaseText(rng),
          urgency: rng.pick(['high', 'normal', 'normal', 'low']),
        },
      }),
    },
    {
      name: 'get case',
      build: (rng) => {
        if (p.lawyers.length && rng.chance(0.2)) {
          const l = rng.pick(p.lawyers);
          return { method: 'GET', path: `/api/v1/cases/${rng.pick(l.cases)}`, token: l.signed.token };
        }
        return { method: 'GET', path: `/api/v1/cases/${rng.pick(p.normalCases)}`, token: staff(rng) };
      },
    },
    {
      name: 'list cases with filters',
      build: (rng) => {
        const filter = rng.chance(0.15) ? `ownerId=${rng.pick(p.ownerIds)}` : rng.pick(FILTERS);
        return { method: 'GET', path: `/api/v1/cases?${filter}&limit=25`, token: staff(rng) };
      },
    },
    ...(['ja', 'vi'] as const).map((lang) => ({
      name: `search q= (${lang === 'ja' ? 'Japanese' : 'Vietnamese'})`,
      build: (rng: Rng) => ({
        method: 'GET' as const,
        path: `/api/v1/cases?q=${encodeURIComponent(rng.pick(SEARCH_TERMS[lang]))}&limit=25`,
        token: staff(rng),
      }),
    })),
    {
      name: 'log consultation',
      build: (rng) => ({
        method: 'POST',
        path: `/api/v1/cases/${rng.pick(p.openCases)}/consultations`,
        token: staff(rng),
        body: {
          occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
          channel: rng.pick(['phone', 'line', 'zalo', 'walk_in']),
          language: rng.pick(['vi', 'ja', 'tl', 'en']),
          summary: 'Đã hỏi thêm về tiền làm thêm giờ. 次回は給与明細を持参。',
        },
      }),
    },
  ];
}

/** One scenario at one concurrency for a fixed time; latencies are kept whole for p95. */
export async function runLoad(
  baseUrl: string,
  s: Scenario,
  connections: number,
  seconds: number,
  seed: number,
): Promise<LoadResult> {
  const rng = new Rng(seed);
  const latencies: number[] = [];
  let errors = 0;
  let finish: (r: autocannon.Result) => void = () => undefined;
  let fail: (e: Error) => void = () => undefined;
  const finished = new Promise<autocannon.Result>((resolve, reject) => ((finish = resolve), (fail = reject)));
  const options: autocannon.Options = {
    url: baseUrl,
    connections,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        setupRequest: (req) => {
          const r = s.build(rng);
          return {
            ...req,
            method: r.method,
            path: r.path,
            headers: { authorization: `Bearer ${r.token}`, 'content-type': 'application/json' },
            body: r.body === undefined ? undefined : JSON.stringify(r.body),
          };
        },
      },
    ],
  };
  const instance = autocannon(options, (err, res) => (err ? fail(err) : finish(res)));
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    latencies.push(ms);
    if (status < 200 || status >= 300) errors++;
  });
  const result = await finished;
  errors += result.errors + result.timeouts;
  return {
    scenario: s.name,
    connections,
    requests: latencies.length,
    rps: round(latencies.length / result.duration, 0),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    errors,
  };
}
