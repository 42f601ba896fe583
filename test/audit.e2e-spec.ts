import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import passport from 'passport';
import pg from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { systemActor } from '#access';
import { APP_DATABASE_ROLE, dropDatabase, migrate } from '#database';
import { AuditSealer, AuditService } from '#domain/audit';
import { JwtStrategy } from '../apps/api/src/auth/jwt.strategy.js';
import { openCase, registerWorker } from './factories/cases.factory.js';
import { LocalStrategy } from '../apps/api/src/auth/local.strategy.js';
import {
  createOrganization,
  createUser,
  createWorld,
  signIn,
  TEST_PASSWORD,
  unique,
  type SignedIn,
  type World,
} from './factories/identity.factory.js';
import { startApi } from './support/test-app.js';

interface AuditRow {
  id: string;
  actor_type: string;
  actor_id: string | null;
  actor_role: string | null;
  actor_organization_id: string | null;
  action: string;
  outcome: string;
  subject_type: string | null;
  subject_id: string | null;
  subject_organization_id: string | null;
  changed_fields: string[];
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
}

/** The audit rows one request wrote, found by the request id it answered with. */
async function rowsOf(db: DataSource, res: request.Response): Promise<AuditRow[]> {
  const requestId = res.headers['x-request-id'];
  expect(requestId).toEqual(expect.any(String));
  return db.query('SELECT * FROM audit_events WHERE request_id = $1 ORDER BY seq', [requestId]);
}

/** A Postgres error's code, or 'none' when the statement went through. */
async function sqlError(client: pg.Client, sql: string, params: unknown[] = []): Promise<string> {
  try {
    await client.query(sql, params);
    return 'none';
  } catch (error) {
    return `${(error as { code?: string }).code}: ${(error as Error).message}`;
  }
}

describe('the audit trail', () => {
  let app: NestExpressApplication;
  let db: DataSource;
  let world: World;
  let admin: SignedIn;

  const http = () => request(app.getHttpServer());
  const list = (who: SignedIn, query = '') =>
    http().get(`/api/v1/audit-events${query}`).set('Authorization', who.auth).expect(200);

  async function walk(who: SignedIn, query = '') {
    const items: { id: string; [k: string]: unknown }[] = [];
    let cursor: string | null = null;
    do {
      const page: request.Response = await list(
        who,
        `?limit=100${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      items.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    return items;
  }

  beforeAll(async () => {
    ({ app } = await startApi());
    db = app.get(DataSource);
    world = await createWorld(app);
    admin = world.users.admin;
  });
  afterAll(async () => {
    await app.close();
  });

  describe('what is recorded', () => {
    const agent = `madoguchi-audit-test/${randomUUID().slice(0, 8)}`;
    const login = (body: object, ip = '198.51.100.23') =>
      http().post('/api/v1/auth/login').set('User-Agent', agent).set('X-Forwarded-For', ip).send(body);

    it('a successful login, with actor, address, user agent and request id', async () => {
      const desk = world.users.deskA.user;
      const res = await login({ email: desk.email, password: TEST_PASSWORD }).expect(200);
      expect(await rowsOf(db, res)).toEqual([
        expect.objectContaining({
          action: 'auth.login',
          outcome: 'success',
          actor_type: 'user',
          actor_id: desk.id,
          actor_role: 'desk_staff',
          actor_organization_id: world.orgs.ngoA.id,
          subject_type: 'user',
          subject_id: desk.id,
          subject_organization_id: world.orgs.ngoA.id,
          ip: '198.51.100.23',
          user_agent: agent,
          request_id: res.headers['x-request-id'],
        }),
      ]);
    });

    it('failed logins, for a known account and an unknown email (which is not stored)', async () => {
      const desk = world.users.deskB.user;
      const wrong = await login({ email: desk.email, password: 'not the right password' }, '198.51.100.24').expect(401);
      expect(await rowsOf(db, wrong)).toEqual([
        expect.objectContaining({
          action: 'auth.login',
          outcome: 'failure',
          actor_type: 'anonymous',
          actor_id: desk.id,
          subject_type: 'user',
          subject_id: desk.id,
          subject_organization_id: world.orgs.ngoB.id,
          ip: '198.51.100.24',
          user_agent: agent,
          request_id: wrong.headers['x-request-id'],
        }),
      ]);

      const email = `${unique('nobody')}@test.example.org`;
      const unknown = await login({ email, password: TEST_PASSWORD }).expect(401);
      const rows = await rowsOf(db, unknown);
      expect(rows).toEqual([
        expect.objectContaining({
          action: 'auth.login',
          outcome: 'failure',
          actor_type: 'anonymous',
          actor_id: null,
          subject_id: null,
          ip: '198.51.100.23',
          user_agent: agent,
        }),
      ]);
      expect(JSON.stringify(rows)).not.toContain(email);
      expect(JSON.stringify(rows)).not.toContain(TEST_PASSWORD);
    });

    it('refreshes, and the reuse of a used refresh token', async () => {
      const session = await signIn(app, world.users.supB.user);
      const ok = await http().post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(200);
      expect(await rowsOf(db, ok)).toEqual([
        expect.objectContaining({ action: 'auth.refresh', outcome: 'success', subject_id: session.user.id }),
      ]);
      const reuse = await http().post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
      expect(await rowsOf(db, reuse)).toEqual([
        expect.objectContaining({ action: 'auth.refresh_reuse', outcome: 'denied', subject_id: session.user.id }),
      ]);
    });

    it('user and organization changes, by whom, naming the fields changed', async () => {
      const as = (req: request.Test) =>
        req.set('Authorization', admin.auth).set('User-Agent', agent).set('X-Forwarded-For', '198.51.100.25');
      const org = await as(http().post('/api/v1/organizations'))
        .send({ name: unique('org'), kind: 'ngo' })
        .expect(201);
      const user = await as(http().post('/api/v1/users'))
        .send({
          email: `${unique('audited')}@test.example.org`,
          displayName: unique('Audited'),
          password: TEST_PASSWORD,
          role: 'supervisor',
          organizationId: org.body.id,
        })
        .expect(201);
      const patch = await as(http().patch(`/api/v1/users/${user.body.id}`))
        .send({ active: false })
        .expect(200);

      const byAdmin = {
        actor_type: 'user',
        actor_id: admin.user.id,
        actor_role: 'admin',
        actor_organization_id: world.orgs.ngoA.id,
        outcome: 'success',
        ip: '198.51.100.25',
        user_agent: agent,
      };
      expect(await rowsOf(db, org)).toEqual([
        expect.objectContaining({
          ...byAdmin,
          action: 'organization.create',
          subject_type: 'organization',
          subject_id: org.body.id,
          request_id: org.headers['x-request-id'],
        }),
      ]);
      const created = await rowsOf(db, user);
      expect(created).toEqual([
        expect.objectContaining({
          ...byAdmin,
          action: 'user.create',
          subject_type: 'user',
          subject_id: user.body.id,
          subject_organization_id: org.body.id,
          request_id: user.headers['x-request-id'],
        }),
      ]);
      expect(JSON.stringify(created)).not.toContain(TEST_PASSWORD);
      expect(await rowsOf(db, patch)).toEqual([
        expect.objectContaining({
          ...byAdmin,
          action: 'user.update',
          subject_id: user.body.id,
          changed_fields: ['active'],
          request_id: patch.headers['x-request-id'],
        }),
      ]);
    });

    it('every one of many concurrent reads, each with its own row, committed before it answers', async () => {
      // Reads that finish together share one audit insert (a group commit): none may be lost,
      // doubled, or given another request's actor, and each is there when its answer arrives.
      const readers = [world.users.deskA, world.users.supA];
      const worker = await registerWorker(app, world.users.deskA);
      const cases = await Promise.all([1, 2, 3].map(() => openCase(app, world.users.deskA, worker.id)));
      const responses = await Promise.all(
        Array.from({ length: 60 }, async (_, i) => {
          const who = readers[i % 2];
          const subject = cases[i % 3];
          const res = await http()
            .get(i % 4 === 3 ? `/api/v1/cases/${randomUUID()}` : `/api/v1/cases/${subject.id}`)
            .set('Authorization', who.auth);
          // Read at once, before any other request's answer can be awaited.
          return { i, who, subject, res, rows: await rowsOf(db, res) };
        }),
      );
      for (const { i, who, subject, res, rows } of responses) {
        const denied = i % 4 === 3;
        expect([i, res.status]).toEqual([i, denied ? 404 : 200]);
        expect(rows).toEqual([
          expect.objectContaining({
            actor_id: who.user.id,
            action: 'case.read',
            outcome: denied ? 'denied' : 'success',
            subject_id: denied ? expect.any(String) : subject.id,
          }),
        ]);
      }
    });

    it("one read's bad row fails that read alone, and the rows it was grouped with are written once", async () => {
      const audit = app.get(AuditService);
      const tag = `test.group.${randomUUID().slice(0, 8)}`;
      const results = await Promise.allSettled(
        [0, 1, 2, 3, 4, 5].map((i) =>
          audit.record(systemActor('group'), {
            action: `${tag}.${i}`,
            // Not a uuid: Postgres refuses the whole insert, so the group is retried row by row.
            subjectId: i === 3 ? 'not-a-uuid' : randomUUID(),
          }),
        ),
      );
      expect(results.map((r) => r.status)).toEqual([
        'fulfilled',
        'fulfilled',
        'fulfilled',
        'rejected',
        'fulfilled',
        'fulfilled',
      ]);
      expect((results[3] as PromiseRejectedResult).reason).toMatchObject({ code: '22P02' });
      const written: { action: string; n: number }[] = await db.query(
        `SELECT action, count(*)::int AS n FROM audit_events WHERE action LIKE $1 GROUP BY action ORDER BY action`,
        [`${tag}.%`],
      );
      expect(written).toEqual([0, 1, 2, 4, 5].map((i) => ({ action: `${tag}.${i}`, n: 1 })));
    });

    it('a refused action', async () => {
      const res = await http().get('/api/v1/audit-events').set('Authorization', world.users.deskA.auth).expect(403);
      expect(await rowsOf(db, res)).toEqual([
        expect.objectContaining({ actor_id: world.users.deskA.user.id, action: 'audit.read', outcome: 'denied' }),
      ]);
    });
  });

  describe('who may read it', () => {
    it('an admin sees every event, in the API shape', async () => {
      const deskB = world.users.deskB.user;
      const { body } = await list(admin, `?subjectId=${deskB.id}`);
      expect(body.items.length).toBeGreaterThan(0);
      for (const e of body.items) {
        expect(Object.keys(e).sort()).toEqual(
          [
            'action',
            'actor',
            'changedFields',
            'id',
            'ip',
            'occurredAt',
            'outcome',
            'requestId',
            'sealed',
            'subjectId',
            'subjectOrganizationId',
            'subjectType',
            'userAgent',
          ].sort(),
        );
        expect(Object.keys(e.actor).sort()).toEqual(['id', 'organizationId', 'role', 'type']);
        expect(e).toMatchObject({
          subjectType: 'user',
          subjectId: deskB.id,
          subjectOrganizationId: world.orgs.ngoB.id,
        });
      }
      expect(body.items.map((e: { action: string }) => e.action)).toContain('auth.login');
    });

    it('a supervisor sees only events about their own organization', async () => {
      const items = await walk(world.users.supA);
      expect(items.length).toBeGreaterThan(0);
      for (const e of items) expect(e.subjectOrganizationId).toBe(world.orgs.ngoA.id);
      expect(items.some((e) => e.subjectId === world.users.deskA.user.id && e.action === 'auth.login')).toBe(true);
      // Another NGO's events exist, but not for this supervisor.
      const deskB = world.users.deskB.user.id;
      expect((await list(admin, `?subjectId=${deskB}`)).body.items.length).toBeGreaterThan(0);
      expect((await list(world.users.supA, `?subjectId=${deskB}`)).body).toEqual({ items: [], nextCursor: null });
      const supB = await walk(world.users.supB);
      expect(supB.some((e) => e.subjectId === deskB)).toBe(true);
      for (const e of supB) expect(e.subjectOrganizationId).toBe(world.orgs.ngoB.id);
    });

    it('desk staff, lawyers and embassy officers may not (403), nor verify; only an admin verifies', async () => {
      const { deskA, lawyerA, officerVN, supA } = world.users;
      for (const who of [deskA, lawyerA, officerVN]) {
        const res = await http().get('/api/v1/audit-events').set('Authorization', who.auth).expect(403);
        expect(res.body.error.code).toBe('FORBIDDEN');
      }
      for (const who of [deskA, supA, lawyerA, officerVN]) {
        await http().get('/api/v1/audit-events/verify').set('Authorization', who.auth).expect(403);
      }
      await http().get('/api/v1/audit-events').expect(401);
    });

    it('filters by subjectType, subjectId and actorId', async () => {
      const target = await createUser(app, 'desk_staff', world.orgs.ngoA.id);
      await signIn(app, target);
      await http()
        .patch(`/api/v1/users/${target.id}`)
        .set('Authorization', admin.auth)
        .send({ locale: 'en' })
        .expect(200);

      const bySubject = (await list(admin, `?subjectType=user&subjectId=${target.id}`)).body.items;
      expect(bySubject.map((e: { action: string }) => e.action).sort()).toEqual([
        'auth.login',
        'user.create',
        'user.update',
      ]);
      const byActor = (await list(admin, `?actorId=${admin.user.id}&limit=100`)).body.items;
      expect(byActor.length).toBeGreaterThan(0);
      for (const e of byActor) expect(e.actor.id).toBe(admin.user.id);
      expect(byActor.some((e: { subjectId: string }) => e.subjectId === target.id)).toBe(true);
      const orgs = (await list(admin, '?subjectType=organization&limit=100')).body.items;
      for (const e of orgs) expect(e.subjectType).toBe('organization');
      const none = (await list(admin, `?subjectType=organization&subjectId=${target.id}`)).body.items;
      expect(none).toEqual([]);
      // The supervisor's scope holds under every filter.
      const supView = (await list(world.users.supA, `?actorId=${admin.user.id}&limit=100`)).body.items;
      for (const e of supView) expect(e.subjectOrganizationId).toBe(world.orgs.ngoA.id);

      const paged = await walk(admin, `&subjectId=${target.id}`);
      expect(paged).toHaveLength(3);
      const forged = Buffer.from(JSON.stringify(['not a number'])).toString('base64url');
      for (const query of [
        '?subjectId=nope',
        '?actorId=1',
        `?cursor=${forged}`,
        '?cursor=%%%',
        '?limit=500',
        '?subjectType=%00',
        '?subjectType=a&subjectType=b',
      ]) {
        const res = await http().get(`/api/v1/audit-events${query}`).set('Authorization', admin.auth);
        expect([query, res.status, res.body.error?.code]).toEqual([query, 400, 'VALIDATION_FAILED']);
      }
    });
  });

  describe('the hash chain and its guarantees (in a database of its own)', () => {
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `${url.pathname}_auditchain`;
    const databaseUrl = url.toString();
    let fresh: NestExpressApplication;
    let freshAdmin: SignedIn;
    let sealer: AuditSealer;
    let superuser: pg.Client;

    const verify = async () =>
      (
        await request(fresh.getHttpServer())
          .get('/api/v1/audit-events/verify')
          .set('Authorization', freshAdmin.auth)
          .expect(200)
      ).body;
    const count = async (): Promise<number> =>
      (await superuser.query('SELECT count(*)::int AS n FROM audit_events')).rows[0].n;
    const rowAt = async (chainIndex: number): Promise<{ id: string; action: string }> =>
      (await superuser.query('SELECT id, action FROM audit_events WHERE chain_index = $1', [chainIndex])).rows[0];
    /** Edits the trail the only way it can be edited: as the table's owner, with the trigger off. */
    const tamper = async (sql: string, params: unknown[]) => {
      await superuser.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
      try {
        await superuser.query(sql, params);
      } finally {
        await superuser.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only');
      }
    };

    beforeAll(async () => {
      await migrate(databaseUrl);
      ({ app: fresh } = await startApi({ DATABASE_URL: databaseUrl }));
      superuser = new pg.Client({ connectionString: databaseUrl });
      await superuser.connect();
      sealer = fresh.get(AuditSealer);
      const org = await createOrganization(fresh, 'ngo');
      freshAdmin = await signIn(fresh, await createUser(fresh, 'admin', org.id));
      for (let i = 0; i < 3; i++) await signIn(fresh, await createUser(fresh, 'desk_staff', org.id));
      await request(fresh.getHttpServer())
        .post('/api/v1/auth/login')
        .send({ email: freshAdmin.user.email, password: 'not the right one' })
        .expect(401);
    });
    afterAll(async () => {
      await superuser?.end();
      await fresh?.close();
      // Passport keeps one strategy per name per process: hand them back to the main app.
      passport.use('local', app.get(LocalStrategy));
      passport.use('jwt', app.get(JwtStrategy));
      await dropDatabase(databaseUrl);
    });

    it('seals every row, and verify checks them all', async () => {
      const before = await verify();
      expect(before).toMatchObject({ valid: true, checked: 0 });
      expect(before.unsealed).toBeGreaterThanOrEqual(9);

      const total = await count();
      expect(await sealer.sealAll()).toBe(total);
      expect(await verify()).toEqual({ valid: true, checked: total, unsealed: 0 });
      // verify is itself recorded (unsealed until the next round).
      expect((await sealer.sealAll()) >= 1).toBe(true);
    });

    it('stays valid when sealers race each other and new rows arrive meanwhile', async () => {
      const audit = fresh.get(AuditService);
      const desk = await createUser(fresh, 'desk_staff', freshAdmin.user.organizationId);
      for (let round = 0; round < 5; round++) {
        await Promise.all([
          sealer.sealPending(3),
          sealer.sealPending(3),
          ...[1, 2, 3, 4].map((i) => audit.record(systemActor('race'), { action: `test.race.${round}.${i}` })),
          request(fresh.getHttpServer())
            .post('/api/v1/auth/login')
            .send({ email: desk.email, password: TEST_PASSWORD }),
          sealer.sealPending(2),
        ]);
      }
      await sealer.sealAll();
      const total = await count();
      const verdict = await verify();
      expect(verdict).toEqual({ valid: true, checked: total, unsealed: 0 });
      const { rows } = await superuser.query(
        `SELECT count(*)::int AS n, count(DISTINCT chain_index)::int AS distinct_n,
                min(chain_index)::int AS lo, max(chain_index)::int AS hi
           FROM audit_events WHERE chain_index IS NOT NULL`,
      );
      expect(rows[0]).toEqual({ n: total, distinct_n: total, lo: 1, hi: total });
      await sealer.sealAll();
    });

    it('cannot be edited by the application role, nor by anyone while the trigger is on', async () => {
      const { id } = await rowAt(2);
      const appRole = new pg.Client({ connectionString: databaseUrl, options: `-c role=${APP_DATABASE_ROLE}` });
      await appRole.connect();
      try {
        expect((await appRole.query('SELECT current_user AS u')).rows[0].u).toBe(APP_DATABASE_ROLE);
        const refusals: Record<string, string> = {
          update: await sqlError(appRole, `UPDATE audit_events SET action = 'x' WHERE id = $1`, [id]),
          reseal: await sqlError(appRole, `UPDATE audit_events SET hash = repeat('0', 64) WHERE id = $1`, [id]),
          unseal: await sqlError(appRole, 'UPDATE audit_events SET chain_index = NULL WHERE id = $1', [id]),
          delete: await sqlError(appRole, 'DELETE FROM audit_events WHERE id = $1', [id]),
          truncate: await sqlError(appRole, 'TRUNCATE audit_events'),
          disable: await sqlError(appRole, 'ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only'),
          disableAll: await sqlError(appRole, 'ALTER TABLE audit_events DISABLE TRIGGER ALL'),
          drop: await sqlError(appRole, 'DROP TRIGGER audit_events_append_only ON audit_events'),
          replace: await sqlError(
            appRole,
            'CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$',
          ),
        };
        for (const [what, outcome] of Object.entries(refusals))
          expect([what, outcome]).toEqual([what, expect.stringMatching(/^42501: /)]);
        expect(refusals.disable).toMatch(/must be owner/);
        // It may still append, which is all it needs.
        const insert = await sqlError(
          appRole,
          `INSERT INTO audit_events (id, actor_type, action, outcome) VALUES ($1, 'system', 'test.append', 'success')`,
          [randomUUID()],
        );
        expect(insert).toBe('none');
      } finally {
        await appRole.end();
      }

      const asOwner = {
        update: await sqlError(superuser, `UPDATE audit_events SET action = 'x' WHERE id = $1`, [id]),
        delete: await sqlError(superuser, 'DELETE FROM audit_events WHERE id = $1', [id]),
        truncate: await sqlError(superuser, 'TRUNCATE audit_events'),
      };
      for (const [what, outcome] of Object.entries(asOwner))
        expect([what, outcome]).toEqual([what, expect.stringMatching(/append-only/)]);

      await sealer.sealAll();
      const total = await count();
      expect(await verify()).toEqual({ valid: true, checked: total, unsealed: 0 });
    });

    it('the api itself acts as the application role', async () => {
      for (const target of [app, fresh]) {
        const [{ u }] = await target.get(DataSource).query('SELECT current_user AS u');
        expect(u).toBe(APP_DATABASE_ROLE);
      }
    });

    it('detects an edited row and names it', async () => {
      await sealer.sealAll();
      const target = await rowAt(4);
      const edits: { column: string; edit: string; restore: string; params: unknown[] }[] = [
        {
          column: 'action',
          edit: `UPDATE audit_events SET action = 'x' WHERE id = $1`,
          restore: 'UPDATE audit_events SET action = $2 WHERE id = $1',
          params: [target.action],
        },
        {
          column: 'occurred_at',
          edit: `UPDATE audit_events SET occurred_at = occurred_at + interval '1 microsecond' WHERE id = $1`,
          restore: `UPDATE audit_events SET occurred_at = occurred_at - interval '1 microsecond' WHERE id = $1`,
          params: [],
        },
        {
          column: 'changed_fields',
          edit: `UPDATE audit_events SET changed_fields = array_append(changed_fields, 'x') WHERE id = $1`,
          restore: `UPDATE audit_events SET changed_fields = array_remove(changed_fields, 'x') WHERE id = $1`,
          params: [],
        },
      ];
      for (const { column, edit, restore, params } of edits) {
        await tamper(edit, [target.id]);
        const broken = await verify();
        expect([column, broken]).toEqual([
          column,
          expect.objectContaining({ valid: false, checked: 3, firstBrokenId: target.id }),
        ]);
        await tamper(restore, [target.id, ...params]);
        expect([column, (await verify()).valid]).toEqual([column, true]);
      }
    });

    it('detects a deleted row, naming the one after it', async () => {
      await sealer.sealAll();
      const [deleted, next] = [await rowAt(5), await rowAt(6)];
      await tamper('DELETE FROM audit_events WHERE id = $1', [deleted.id]);
      expect(await verify()).toMatchObject({ valid: false, checked: 4, firstBrokenId: next.id });
    });
  });
});
