import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { registerWorker } from '../factories/cases.factory.js';
import { createOrganization, createUser, signIn, type SignedIn } from '../factories/identity.factory.js';

/**
 * A desk with `count` cases, each with an `inactivity` deadline that warns its owner and then
 * tells the supervisor, all within a few seconds: two notices per deadline, no more, no less.
 * Seeded with SQL (the cases' API would take minutes for thousands).
 */
export interface Desk {
  organizationId: string;
  owner: SignedIn;
  supervisor: SignedIn;
  count: number;
}

export async function seedDesk(app: NestExpressApplication, count: number): Promise<Desk> {
  const db = app.get(DataSource);
  const ngo = await createOrganization(app, 'ngo');
  const owner = await signIn(app, await createUser(app, 'desk_staff', ngo.id, { locale: 'en' }));
  const supervisor = await signIn(app, await createUser(app, 'supervisor', ngo.id));
  const person = await registerWorker(app, owner);
  await db.query(
    `INSERT INTO cases (organization_id, reference, worker_id, title, categories, urgency, owner_id, search_text, created_by)
     SELECT $1, 'REL-' || lpad(i::text, 6, '0'), $2, 'Reliability case ' || i, '{wage_arrears}', 'normal', $3, '', $3
       FROM generate_series(1, $4) AS i`,
    [ngo.id, person.id, owner.user.id, count],
  );
  // Warnings spread over three seconds from two seconds on, each breach a second and a half later.
  await db.query(
    `INSERT INTO deadlines (organization_id, policy, subject_type, subject_id, case_id, started_at, warn_at, due_at, next_fire_at)
     SELECT c.organization_id, 'inactivity', 'case', c.id, c.id, now(), t.warn, t.warn + interval '1.5 seconds', t.warn
       FROM cases c, LATERAL (SELECT now() + interval '2 seconds'
                                    + (substring(c.reference from 5)::int % 50) * interval '60 milliseconds' AS warn) t
      WHERE c.organization_id = $1`,
    [ngo.id],
  );
  return { organizationId: ngo.id, owner, supervisor, count };
}

/** Notices written so far for the desk's deadlines. */
export async function noticesSoFar(db: DataSource, desk: Desk): Promise<number> {
  const [row] = await db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = ANY($1::uuid[])`, [
    [desk.owner.user.id, desk.supervisor.user.id],
  ]);
  return row.n;
}

/**
 * Steps not yet fired, and deliveries not yet done. The database is the test's own and its
 * scenarios run one after another, so every open outbox entry is this desk's (read through
 * the outbox's partial index: cheap enough to poll).
 */
export async function remaining(db: DataSource, desk: Desk): Promise<{ steps: number; deliveries: number }> {
  const [steps] = await db.query(
    `SELECT count(*)::int AS n FROM deadlines WHERE organization_id = $1 AND next_fire_at IS NOT NULL`,
    [desk.organizationId],
  );
  const [deliveries] = await db.query(
    `SELECT count(*)::int AS n FROM outbox WHERE processed_at IS NULL AND failed_at IS NULL`,
  );
  return { steps: steps.n, deliveries: deliveries.n };
}

/**
 * What the database says: each deadline went through both steps exactly once, with exactly
 * its two notices (the warning to the owner, the breach to the supervisor), each with exactly
 * one delivery entry, delivered and not failed.
 */
export async function databaseVerdict(db: DataSource, desk: Desk) {
  const users = [desk.owner.user.id, desk.supervisor.user.id];
  const [deadlines] = await db.query(
    `SELECT count(*)::int AS total,
            count(*) FILTER (WHERE state = 'breached' AND level = 2 AND next_fire_at IS NULL)::int AS done
       FROM deadlines WHERE organization_id = $1`,
    [desk.organizationId],
  );
  const [notices] = await db.query(
    `SELECT count(*)::int AS total,
            count(DISTINCT n.subject_id) FILTER (WHERE n.kind = 'sla.warning' AND n.user_id = $2)::int AS warned,
            count(DISTINCT n.subject_id) FILTER (WHERE n.kind = 'sla.breach' AND n.user_id = $3)::int AS breached,
            count(*) FILTER (WHERE n.dedupe_key <> 'deadline:' || d.id || ':' || CASE n.kind WHEN 'sla.warning' THEN 0 ELSE 1 END || ':' || n.user_id)::int AS stray
       FROM notifications n JOIN deadlines d ON d.subject_id = n.subject_id
      WHERE n.user_id = ANY($1::uuid[])`,
    [users, desk.owner.user.id, desk.supervisor.user.id],
  );
  const [outbox] = await db.query(
    `SELECT count(*)::int AS entries, count(DISTINCT n.id)::int AS notices,
            count(*) FILTER (WHERE o.processed_at IS NOT NULL AND o.failed_at IS NULL)::int AS delivered,
            count(DISTINCT o.claimed_by)::int AS deliverers
       FROM outbox o JOIN notifications n ON n.id = (o.payload->>'notificationId')::uuid
      WHERE n.user_id = ANY($1::uuid[])`,
    [users],
  );
  return { deadlines, notices, outbox };
}

/** What the owner sees through the API: one warning per case, each case once, and the deadlines' state. */
export async function apiVerdict(app: NestExpressApplication, desk: Desk, sample: string[]) {
  const server = app.getHttpServer();
  const subjects: string[] = [];
  const kinds = new Set<string>();
  let cursor: string | null = null;
  do {
    const query: string = `/api/v1/notifications?limit=100${cursor ? `&cursor=${cursor}` : ''}`;
    const page = await request(server).get(query).set('Authorization', desk.owner.auth).expect(200);
    for (const n of page.body.items) {
      subjects.push(n.subjectId);
      kinds.add(n.kind);
    }
    cursor = page.body.nextCursor;
  } while (cursor);
  const states: string[] = [];
  for (const caseId of sample) {
    const res = await request(server).get(`/api/v1/cases/${caseId}/deadlines`).set('Authorization', desk.owner.auth);
    const d = res.body.find((x: { policy: string }) => x.policy === 'inactivity');
    states.push(`${d?.state}/${d?.level}`);
  }
  return { listed: subjects.length, distinctCases: new Set(subjects).size, kinds: [...kinds], states };
}

export async function sampleCases(db: DataSource, desk: Desk, size: number): Promise<string[]> {
  const rows: { id: string }[] = await db.query(
    `SELECT id FROM cases WHERE organization_id = $1 ORDER BY random() LIMIT $2`,
    [desk.organizationId, size],
  );
  return rows.map((r) => r.id);
}
