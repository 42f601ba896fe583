import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import passport from 'passport';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { dropDatabase, migrate } from '#database';
import { JwtStrategy } from '../apps/api/src/auth/jwt.strategy.js';
import { LocalStrategy } from '../apps/api/src/auth/local.strategy.js';
import { createWorld, TEST_PASSWORD, unique, type SignedIn, type World } from './factories/identity.factory.js';
import { startApi } from './support/test-app.js';

/**
 * Starts another api instance (here: on another database). Passport keeps one strategy per
 * name per process and the instance started last takes it over, so the main app's strategies
 * are handed back when it closes (one api per process in production).
 */
async function startSecondApi(main: NestExpressApplication, env: Record<string, string>) {
  const { app } = await startApi(env);
  return {
    app,
    close: async () => {
      await app.close();
      passport.use('local', main.get(LocalStrategy));
      passport.use('jwt', main.get(JwtStrategy));
    },
  };
}

/** An argon2id PHC string's cost parameters (whatever their order: the argon2 package writes m,p,t). */
function argon2idParams(hash: string): Record<string, number> {
  const match = hash.match(/^\$argon2id\$v=19\$([a-z]=\d+(?:,[a-z]=\d+)*)\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/);
  if (!match) throw new Error(`not an argon2id v19 hash: ${hash.slice(0, 12)}...`);
  return Object.fromEntries(match[1].split(',').map((kv) => [kv[0], Number(kv.slice(2))]));
}

/** No hash, password or other column beyond the API's `user` (and `active`) leaves the server. */
function expectPlainUser(user: Record<string, unknown>): void {
  const allowed = ['id', 'email', 'displayName', 'role', 'organizationId', 'locale', 'active'];
  expect(Object.keys(user).filter((k) => !allowed.includes(k))).toEqual([]);
  expect(Object.values(user).some((v) => typeof v === 'string' && v.includes('$argon2'))).toBe(false);
}

describe('organizations and users', () => {
  let app: NestExpressApplication;
  let db: DataSource;
  let world: World;
  let admin: SignedIn;

  const http = () => request(app.getHttpServer());
  const as = (who: SignedIn) => ({
    get: (path: string) => http().get(path).set('Authorization', who.auth),
    post: (path: string, body: object) => http().post(path).set('Authorization', who.auth).send(body),
    patch: (path: string, body: object) => http().patch(path).set('Authorization', who.auth).send(body),
  });

  /** Follows nextCursor to the end; fails on a repeated id. */
  async function walk(who: SignedIn, path: string, limit: number): Promise<{ id: string; [k: string]: unknown }[]> {
    const items: { id: string }[] = [];
    let cursor: string | null = null;
    const sep = path.includes('?') ? '&' : '?';
    do {
      const query: string = `${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const res = await as(who).get(`${path}${query}`).expect(200);
      expect(res.body.items.length).toBeLessThanOrEqual(limit);
      items.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    const ids = items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    return items;
  }

  const newUserBody = (overrides: Record<string, unknown> = {}) => ({
    email: `${unique('new')}@test.example.org`,
    displayName: unique('New User'),
    password: TEST_PASSWORD,
    role: 'desk_staff',
    organizationId: world.orgs.ngoA.id,
    ...overrides,
  });

  beforeAll(async () => {
    ({ app } = await startApi());
    db = app.get(DataSource);
    world = await createWorld(app);
    admin = world.users.admin;
  });
  afterAll(async () => {
    await app.close();
  });

  describe('organizations', () => {
    it('an admin creates one: 201, the row and an audit event', async () => {
      const name = unique('Kanagawa Desk');
      const res = await as(admin).post('/api/v1/organizations', { name, kind: 'ngo' }).expect(201);
      expect(res.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        name,
        kind: 'ngo',
        country: null,
        timezone: 'Asia/Tokyo',
        createdAt: expect.any(String),
      });
      expect(new Date(res.body.createdAt).getTime()).not.toBeNaN();
      const rows = await db.query('SELECT name, kind, country, timezone FROM organizations WHERE id = $1', [
        res.body.id,
      ]);
      expect(rows).toEqual([{ name, kind: 'ngo', country: null, timezone: 'Asia/Tokyo' }]);
      const audit = await db.query(
        `SELECT action, outcome, actor_id, actor_role, subject_type, subject_organization_id
           FROM audit_events WHERE subject_id = $1`,
        [res.body.id],
      );
      expect(audit).toEqual([
        {
          action: 'organization.create',
          outcome: 'success',
          actor_id: admin.user.id,
          actor_role: 'admin',
          subject_type: 'organization',
          subject_organization_id: res.body.id,
        },
      ]);
    });

    it('an embassy needs its country; country and timezone are validated', async () => {
      const noCountry = await as(admin)
        .post('/api/v1/organizations', { name: unique('Embassy'), kind: 'embassy' })
        .expect(400);
      expect(noCountry.body.error.code).toBe('VALIDATION_FAILED');
      expect(noCountry.body.error.details).toEqual([expect.objectContaining({ field: 'country' })]);

      const embassy = await as(admin)
        .post('/api/v1/organizations', {
          name: unique('Embassy'),
          kind: 'embassy',
          country: 'np',
          timezone: 'Asia/Tokyo',
        })
        .expect(201);
      expect(embassy.body).toMatchObject({ kind: 'embassy', country: 'NP' });

      for (const body of [
        { name: unique('x'), kind: 'embassy', country: 'NPL' },
        { name: unique('x'), kind: 'ngo', timezone: 'Mars/Olympus_Mons' },
        { name: unique('x'), kind: 'consulate' },
        { name: '', kind: 'ngo' },
        { name: unique('x'), kind: 'ngo', id: randomUUID() },
      ]) {
        const res = await as(admin).post('/api/v1/organizations', body);
        expect([body, res.status, res.body.error?.code]).toEqual([body, 400, 'VALIDATION_FAILED']);
      }
    });

    it('a desk sees its own organization, law offices and embassies, never another NGO', async () => {
      const { ngoA, ngoB, lawA, lawB, embassyVN, embassyPH } = world.orgs;
      const items = await walk(world.users.deskA, '/api/v1/organizations', 100);
      const ids = items.map((o) => o.id);
      expect(ids).toEqual(expect.arrayContaining([ngoA.id, lawA.id, lawB.id, embassyVN.id, embassyPH.id]));
      expect(ids).not.toContain(ngoB.id);
      for (const o of items) expect(o.id === ngoA.id || o.kind === 'embassy' || o.kind === 'law_office').toBe(true);
      // An admin sees every organization.
      const all = (await walk(admin, '/api/v1/organizations', 100)).map((o) => o.id);
      expect(all).toEqual(expect.arrayContaining([ngoA.id, ngoB.id]));
      // So does every signed-in role see the targets, but never an NGO of others.
      const lawyerView = (await walk(world.users.lawyerA, '/api/v1/organizations', 100)).map((o) => o.id);
      expect(lawyerView).toEqual(expect.arrayContaining([lawA.id, embassyVN.id]));
      expect(lawyerView).not.toContain(ngoA.id);
    });

    it('filters by kind', async () => {
      const items = await walk(world.users.deskA, '/api/v1/organizations?kind=embassy', 100);
      expect(items.map((o) => o.id)).toEqual(
        expect.arrayContaining([world.orgs.embassyVN.id, world.orgs.embassyPH.id]),
      );
      expect(items.every((o) => o.kind === 'embassy')).toBe(true);
      const bad = await as(world.users.deskA).get('/api/v1/organizations?kind=consulate').expect(400);
      expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    });

    it('pages with limit=1 through everything, without duplicates or gaps', async () => {
      const whole = (await walk(world.users.deskA, '/api/v1/organizations', 100)).map((o) => o.id);
      const paged = (await walk(world.users.deskA, '/api/v1/organizations', 1)).map((o) => o.id);
      // Other test files add organizations meanwhile (never remove them): the walk holds all seen before.
      expect(paged).toEqual(expect.arrayContaining(whole));
      const first = await as(world.users.deskA).get('/api/v1/organizations?limit=1').expect(200);
      expect(first.body.items).toHaveLength(1);
      expect(first.body.nextCursor).toEqual(expect.any(String));
    });

    it('refuses a cursor it did not issue, and limits out of range, with 400', async () => {
      const forge = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');
      for (const query of [
        'cursor=garbage!!',
        'cursor=bm90IGpzb24',
        `cursor=${Buffer.from('{"a":1}').toString('base64url')}`,
        `cursor=${forge(['a name', 'not-a-uuid'])}`,
        `cursor=${forge(['a\u0000name', randomUUID()])}`,
        `cursor=${forge([null, randomUUID()])}`,
        `cursor=${forge(['a name', randomUUID(), 3])}`,
        'limit=0',
        'limit=101',
        'limit=abc',
      ]) {
        const res = await as(world.users.deskA).get(`/api/v1/organizations?${query}`);
        expect([query, res.status, res.body.error?.code]).toEqual([query, 400, 'VALIDATION_FAILED']);
      }
    });
  });

  describe('users', () => {
    it('an admin creates one: 201, the user, an argon2id hash and a lower-cased email', async () => {
      const body = newUserBody({ email: `Mixed.Case-${randomUUID().slice(0, 8)}@Test.Example.ORG`, locale: 'vi' });
      const res = await as(admin).post('/api/v1/users', body).expect(201);
      expect(res.body).toMatchObject({
        id: expect.any(String),
        email: body.email.toLowerCase(),
        displayName: body.displayName,
        role: 'desk_staff',
        organizationId: world.orgs.ngoA.id,
        locale: 'vi',
      });
      expectPlainUser(res.body);

      const [row] = await db.query('SELECT email, password_hash, active FROM users WHERE id = $1', [res.body.id]);
      expect(row.email).toBe(body.email.toLowerCase());
      expect(row.active).toBe(true);
      // OWASP's argon2id minimum (m=19456 KiB, t=2, p=1) or stronger.
      const { m, t, p } = argon2idParams(row.password_hash);
      expect(m).toBeGreaterThanOrEqual(19456);
      expect(t).toBeGreaterThanOrEqual(2);
      expect(p).toBeGreaterThanOrEqual(1);

      const audit = await db.query(
        'SELECT action, actor_id, changed_fields FROM audit_events WHERE subject_id = $1 AND action = $2',
        [res.body.id, 'user.create'],
      );
      expect(audit).toEqual([{ action: 'user.create', actor_id: admin.user.id, changed_fields: expect.any(Array) }]);
      // The new user can sign in.
      await http().post('/api/v1/auth/login').send({ email: body.email, password: TEST_PASSWORD }).expect(200);
    });

    it('refuses a duplicate email, whatever its case, with 409', async () => {
      const body = newUserBody();
      await as(admin).post('/api/v1/users', body).expect(201);
      const upper = await as(admin)
        .post('/api/v1/users', newUserBody({ email: body.email.toUpperCase() }))
        .expect(409);
      expect(upper.body.error).toMatchObject({ code: 'CONFLICT', details: [{ field: 'email' }] });
      const [{ n }] = await db.query('SELECT count(*)::int AS n FROM users WHERE email = $1', [body.email]);
      expect(n).toBe(1);
    });

    it('answers 409, not 500, when the same email is created several times at once', async () => {
      for (let round = 0; round < 3; round++) {
        const body = newUserBody();
        const results = await Promise.all([1, 2, 3].map(() => as(admin).post('/api/v1/users', body)));
        expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
        for (const r of results.filter((r) => r.status === 409)) expect(r.body.error.code).toBe('CONFLICT');
      }
    });

    it('refuses a role that does not fit the organization with 422', async () => {
      const cases = [
        { role: 'lawyer', organizationId: world.orgs.ngoA.id },
        { role: 'desk_staff', organizationId: world.orgs.embassyVN.id },
        { role: 'supervisor', organizationId: world.orgs.lawA.id },
        { role: 'embassy_officer', organizationId: world.orgs.lawA.id },
      ];
      for (const c of cases) {
        const body = newUserBody(c);
        const res = await as(admin).post('/api/v1/users', body);
        expect([c, res.status, res.body.error?.code]).toEqual([c, 422, 'RULE_VIOLATION']);
        const [{ n }] = await db.query('SELECT count(*)::int AS n FROM users WHERE email = $1', [body.email]);
        expect(n).toBe(0);
      }
      // And the fitting ones are accepted.
      await as(admin)
        .post('/api/v1/users', newUserBody({ role: 'lawyer', organizationId: world.orgs.lawA.id }))
        .expect(201);
      await as(admin)
        .post('/api/v1/users', newUserBody({ role: 'embassy_officer', organizationId: world.orgs.embassyPH.id }))
        .expect(201);
    });

    it('refuses short and common passwords with 400 and the reasons', async () => {
      for (const password of ['Short pw 1', 'password1234', 'qwerty123456', 'PASSWORD1234', 'aaaaaaaaaaaaaaa']) {
        const body = newUserBody({ password });
        const res = await as(admin).post('/api/v1/users', body);
        expect([password, res.status, res.body.error?.code]).toEqual([password, 400, 'VALIDATION_FAILED']);
        expect(res.body.error.details).toEqual([{ field: 'password', problems: [expect.any(String)] }]);
        expect(JSON.stringify(res.body)).not.toContain(password);
        const [{ n }] = await db.query('SELECT count(*)::int AS n FROM users WHERE email = $1', [body.email]);
        expect(n).toBe(0);
      }
      const local = unique('hanako');
      const res = await as(admin)
        .post('/api/v1/users', newUserBody({ email: `${local}@test.example.org`, password: `my name is ${local}!` }))
        .expect(400);
      expect(res.body.error.details[0].field).toBe('password');
      // Unknown fields are refused, not ignored.
      const extra = await as(admin)
        .post('/api/v1/users', { ...newUserBody(), passwordHash: 'x' })
        .expect(400);
      expect(extra.body.error.code).toBe('VALIDATION_FAILED');
    });

    it('lists for a desk its own organization plus lawyers; never to a lawyer', async () => {
      const { users } = world;
      const items = await walk(users.deskA, '/api/v1/users', 100);
      const ids = items.map((u) => u.id);
      expect(ids).toEqual(
        expect.arrayContaining([users.deskA.user.id, users.supA.user.id, users.lawyerA.user.id, users.lawyerB.user.id]),
      );
      for (const other of [users.deskB, users.supB, users.officerVN, users.officerPH]) {
        expect(ids).not.toContain(other.user.id);
      }
      for (const u of items) expect(u.organizationId === world.orgs.ngoA.id || u.role === 'lawyer').toBe(true);
      items.forEach(expectPlainUser);

      for (const who of [users.lawyerA, users.officerVN]) {
        const res = await as(who).get('/api/v1/users').expect(403);
        expect(res.body.error.code).toBe('FORBIDDEN');
      }
      // An admin sees everyone.
      const all = (await walk(admin, '/api/v1/users', 100)).map((u) => u.id);
      expect(all).toEqual(expect.arrayContaining([users.deskB.user.id, users.officerPH.user.id]));
    });

    it('filters by role, and pages with limit=1', async () => {
      const lawyers = await walk(world.users.supB, '/api/v1/users?role=lawyer', 100);
      expect(lawyers.map((u) => u.id)).toEqual(
        expect.arrayContaining([world.users.lawyerA.user.id, world.users.lawyerB.user.id]),
      );
      expect(lawyers.every((u) => u.role === 'lawyer')).toBe(true);
      const sups = await walk(world.users.deskA, '/api/v1/users?role=supervisor', 1);
      expect(sups.map((u) => u.id)).toContain(world.users.supA.user.id);
      expect(sups.every((u) => u.role === 'supervisor' && u.organizationId === world.orgs.ngoA.id)).toBe(true);
      await as(world.users.deskA).get('/api/v1/users?role=root').expect(400);
      const forged = Buffer.from(JSON.stringify(['name', 'not-a-uuid'])).toString('base64url');
      await as(world.users.deskA).get(`/api/v1/users?cursor=${forged}`).expect(400);
    });

    it('an admin updates one: 200, and the audit row names the changed fields, never their values', async () => {
      const target = (await as(admin).post('/api/v1/users', newUserBody()).expect(201)).body;
      const displayName = unique('Renamed Person');
      const res = await as(admin)
        .patch(`/api/v1/users/${target.id}`, { displayName, locale: 'tl', role: 'desk_staff' })
        .expect(200);
      expect(res.body).toMatchObject({ id: target.id, displayName, locale: 'tl', role: 'desk_staff' });
      const [row] = await db.query('SELECT display_name, locale FROM users WHERE id = $1', [target.id]);
      expect(row).toEqual({ display_name: displayName, locale: 'tl' });

      const audit = await db.query(`SELECT * FROM audit_events WHERE subject_id = $1 AND action = 'user.update'`, [
        target.id,
      ]);
      expect(audit).toHaveLength(1);
      expect([...audit[0].changed_fields].sort()).toEqual(['displayName', 'locale']);
      expect(audit[0]).toMatchObject({ actor_id: admin.user.id, subject_organization_id: world.orgs.ngoA.id });
      expect(JSON.stringify(audit[0])).not.toContain(displayName);
      expect(JSON.stringify(audit[0])).not.toContain('"tl"');
    });

    it('PATCH answers 404 for an unknown id, 400 for a non-uuid id or a field it does not take, 422 for a misfit role', async () => {
      const missing = await as(admin).patch(`/api/v1/users/${randomUUID()}`, { locale: 'en' }).expect(404);
      expect(missing.body.error.code).toBe('NOT_FOUND');
      const notUuid = await as(admin).patch('/api/v1/users/not-a-uuid', { locale: 'en' }).expect(400);
      expect(notUuid.body.error.code).toBe('VALIDATION_FAILED');
      const target = world.users.deskB.user.id;
      for (const body of [
        { email: 'taken-over@test.example.org' },
        { password: 'a fresh passphrase 2026' },
        { organizationId: world.orgs.ngoA.id },
        { tokenVersion: 1 },
        { active: 'no' },
        { role: 'root' },
      ]) {
        const res = await as(admin).patch(`/api/v1/users/${target}`, body);
        expect([body, res.status, res.body.error?.code]).toEqual([body, 400, 'VALIDATION_FAILED']);
      }
      const misfit = await as(admin).patch(`/api/v1/users/${target}`, { role: 'lawyer' }).expect(422);
      expect(misfit.body.error.code).toBe('RULE_VIOLATION');
      // Nothing of the above changed the user.
      await as(world.users.deskB).get('/api/v1/me').expect(200);
    });
  });

  describe('the first admin', () => {
    it('is created at start-up in an empty database, and never a second one', async () => {
      const url = new URL(process.env.DATABASE_URL!);
      url.pathname = `${url.pathname}_firstadmin`;
      const databaseUrl = url.toString();
      const email = `First.Admin-${randomUUID().slice(0, 8)}@Test.Example.org`;
      const password = 'the first admin passphrase 2026';
      await migrate(databaseUrl);
      try {
        const first = await startSecondApi(app, {
          DATABASE_URL: databaseUrl,
          ADMIN_EMAIL: email,
          ADMIN_PASSWORD: password,
        });
        try {
          const res = await request(first.app.getHttpServer())
            .post('/api/v1/auth/login')
            .send({ email, password })
            .expect(200);
          expect(res.body.user).toMatchObject({ email: email.toLowerCase(), role: 'admin' });
          // The only admin cannot be deactivated or demoted.
          const self = await request(first.app.getHttpServer())
            .patch(`/api/v1/users/${res.body.user.id}`)
            .set('Authorization', `Bearer ${res.body.accessToken}`)
            .send({ active: false })
            .expect(422);
          expect(self.body.error.code).toBe('RULE_VIOLATION');
        } finally {
          await first.close();
        }

        const otherEmail = `second-admin-${randomUUID().slice(0, 8)}@test.example.org`;
        const second = await startSecondApi(app, {
          DATABASE_URL: databaseUrl,
          ADMIN_EMAIL: otherEmail,
          ADMIN_PASSWORD: 'another admin passphrase 2026',
        });
        try {
          const fresh = second.app.get(DataSource);
          const admins = await fresh.query(`SELECT email FROM users WHERE role = 'admin'`);
          expect(admins).toEqual([{ email: email.toLowerCase() }]);
          const [{ n }] = await fresh.query('SELECT count(*)::int AS n FROM users');
          expect(n).toBe(1);
          await request(second.app.getHttpServer())
            .post('/api/v1/auth/login')
            .send({ email: otherEmail, password: 'another admin passphrase 2026' })
            .expect(401);
        } finally {
          await second.close();
        }
      } finally {
        await dropDatabase(databaseUrl);
      }
    });
  });
});
