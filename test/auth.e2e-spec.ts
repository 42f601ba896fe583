import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createHash, createHmac } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import passport from 'passport';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { DEVELOPMENT_JWT_SECRET, type AppConfig } from '#config';
import type { OrganizationView, UserView } from '#domain/identity';
import { JwtStrategy } from '../apps/api/src/auth/jwt.strategy.js';
import { LocalStrategy } from '../apps/api/src/auth/local.strategy.js';
import { createOrganization, createUser, signIn, TEST_PASSWORD, unique } from './factories/identity.factory.js';
import { startApi } from './support/test-app.js';

const USER_KEYS = ['id', 'email', 'displayName', 'role', 'organizationId', 'locale'];

/** No hash, password or other column beyond the API's `user` (and `active`) leaves the server. */
function expectPlainUser(user: Record<string, unknown>): void {
  expect(Object.keys(user).filter((k) => !USER_KEYS.includes(k) && k !== 'active')).toEqual([]);
  expect(Object.values(user).some((v) => typeof v === 'string' && v.includes('$argon2'))).toBe(false);
}

function b64url(part: object): string {
  return Buffer.from(JSON.stringify(part)).toString('base64url');
}

/** A JWT signed by the test itself, so that each hardening rule can be probed on its own. */
function forgeJwt(header: object, payload: object, secret: string, hmac: 'sha256' | 'sha512' = 'sha256'): string {
  const input = `${b64url(header)}.${b64url(payload)}`;
  return `${input}.${createHmac(hmac, secret).update(input).digest('base64url')}`;
}

function decodeJwtPart(token: string, index: 0 | 1): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[index], 'base64url').toString('utf8'));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Runs `use` against a second api instance with other settings, then closes it. Passport keeps
 * one strategy per name per process and the instance started last takes it over, so the main
 * app's strategies are handed back afterwards (one api per process in production).
 */
async function withSecondApi(
  main: NestExpressApplication,
  env: Record<string, string>,
  use: (app: NestExpressApplication) => Promise<void>,
): Promise<void> {
  const second = await startApi(env);
  try {
    await use(second.app);
  } finally {
    await second.app.close();
    passport.use('local', main.get(LocalStrategy));
    passport.use('jwt', main.get(JwtStrategy));
  }
}

describe('authentication', () => {
  let app: NestExpressApplication;
  let config: AppConfig;
  let db: DataSource;
  let ngo: OrganizationView;
  let admin: Awaited<ReturnType<typeof signIn>>;

  const http = () => request(app.getHttpServer());
  const login = (email: string, password: string, target: NestExpressApplication = app) =>
    request(target.getHttpServer()).post('/api/v1/auth/login').send({ email, password });
  const refresh = (refreshToken: string) => http().post('/api/v1/auth/refresh').send({ refreshToken });
  const me = (accessToken: string) => http().get('/api/v1/me').set('Authorization', `Bearer ${accessToken}`);
  const newUser = (role: 'desk_staff' | 'supervisor' = 'desk_staff') => createUser(app, role, ngo.id);

  beforeAll(async () => {
    ({ app, config } = await startApi());
    db = app.get(DataSource);
    ngo = await createOrganization(app, 'ngo');
    admin = await signIn(app, await createUser(app, 'admin', ngo.id));
  });
  afterAll(async () => {
    await app.close();
  });

  describe('login', () => {
    it('answers a token pair and the user, never a hash', async () => {
      const user = await newUser();
      const res = await login(user.email, TEST_PASSWORD).expect(200);
      expect(res.body).toEqual({
        accessToken: expect.any(String),
        refreshToken: expect.any(String),
        expiresIn: 900,
        user: expect.objectContaining({
          id: user.id,
          email: user.email,
          displayName: user.displayName,
          role: 'desk_staff',
          organizationId: ngo.id,
          locale: 'ja',
        }),
      });
      // The API's `user` is an allow-list: nothing beyond its fields (and `active`) comes out.
      expectPlainUser(res.body.user);
      expect(JSON.stringify(res.body)).not.toContain('$argon2');

      const header = decodeJwtPart(res.body.accessToken, 0);
      const claims = decodeJwtPart(res.body.accessToken, 1);
      expect(header.alg).toBe('HS256');
      expect(claims).toMatchObject({ sub: user.id, iss: 'madoguchi', aud: 'madoguchi-api' });
      expect(Number(claims.exp) - Number(claims.iat)).toBe(900);
      // The refresh token is opaque (not a JWT) and stored only as its SHA-256.
      expect(res.body.refreshToken.split('.')).toHaveLength(1);
      const rows = await db.query('SELECT token_hash FROM refresh_tokens WHERE user_id = $1', [user.id]);
      expect(rows).toEqual([{ token_hash: createHash('sha256').update(res.body.refreshToken).digest('hex') }]);

      const meRes = await me(res.body.accessToken).expect(200);
      expect(meRes.body).toMatchObject({ id: user.id, email: user.email, role: 'desk_staff' });
      expectPlainUser(meRes.body);
    });

    it('signs in whatever the case of the email', async () => {
      const user = await newUser();
      await login(user.email.toUpperCase(), TEST_PASSWORD).expect(200);
    });

    it('gives the same 401 for an unknown email and a wrong password, in similar time', async () => {
      const user = await newUser();
      const unknown = await login(`${unique('nobody')}@test.example.org`, TEST_PASSWORD).expect(401);
      const wrong = await login(user.email, `${TEST_PASSWORD}!`).expect(401);
      expect(unknown.body.error).toEqual({
        code: 'UNAUTHENTICATED',
        message: expect.any(String),
        details: [],
        requestId: unknown.headers['x-request-id'],
      });
      expect(wrong.body.error).toEqual({ ...unknown.body.error, requestId: wrong.headers['x-request-id'] });

      // Interleaved, four of each (the account locks only after five failures).
      const timings = { unknown: [] as number[], wrong: [] as number[] };
      const other = await newUser();
      for (let i = 0; i < 4; i++) {
        let t = performance.now();
        await login(`${unique('nobody')}@test.example.org`, TEST_PASSWORD).expect(401);
        timings.unknown.push(performance.now() - t);
        t = performance.now();
        await login(other.email, `wrong ${TEST_PASSWORD}`).expect(401);
        timings.wrong.push(performance.now() - t);
      }
      const [u, w] = [median(timings.unknown), median(timings.wrong)];
      // Both verify an argon2id hash; skipping it for unknown emails would make one several times faster.
      expect(u).toBeGreaterThan(w / 2.5);
      expect(w).toBeGreaterThan(u / 2.5);
    });

    it('refuses unknown body fields and malformed bodies with 400', async () => {
      const user = await newUser();
      const res = await http()
        .post('/api/v1/auth/login')
        .send({ email: user.email, password: TEST_PASSWORD, role: 'admin' })
        .expect(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect(res.body.error.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'role' })]));
      for (const body of [{}, { email: user.email }, { email: 42, password: TEST_PASSWORD }, [user.email]]) {
        const bad = await http().post('/api/v1/auth/login').send(body);
        expect([JSON.stringify(body), bad.status, bad.body.error?.code]).toEqual([
          JSON.stringify(body),
          400,
          'VALIDATION_FAILED',
        ]);
      }
      const extra = await http().post('/api/v1/auth/refresh').send({ refreshToken: 'x', userId: user.id }).expect(400);
      expect(extra.body.error.code).toBe('VALIDATION_FAILED');
    });
  });

  describe('refresh tokens', () => {
    it('rotate: the new pair works, the old token fails, and reusing it revokes the whole family', async () => {
      const user = await newUser();
      const first = await signIn(app, user);
      const otherSession = await signIn(app, user);

      const rotated = await refresh(first.refreshToken).expect(200);
      expect(rotated.body).toEqual({
        accessToken: expect.any(String),
        refreshToken: expect.any(String),
        expiresIn: 900,
        user: expect.objectContaining({ id: user.id, email: user.email }),
      });
      expect(rotated.body.refreshToken).not.toBe(first.refreshToken);
      await me(rotated.body.accessToken).expect(200);

      // The used token is refused, and presenting it revokes its family...
      const reused = await refresh(first.refreshToken).expect(401);
      expect(reused.body.error.code).toBe('UNAUTHENTICATED');
      // ...so the newest token of that family fails too (the thief and the owner both sign in again).
      const newest = await refresh(rotated.body.refreshToken).expect(401);
      expect(newest.body.error.code).toBe('UNAUTHENTICATED');

      const hash = (t: string) => createHash('sha256').update(t).digest('hex');
      const rows: { token_hash: string; family_id: string; used: boolean; revoked: boolean }[] = await db.query(
        `SELECT token_hash, family_id, used_at IS NOT NULL AS used, revoked_at IS NOT NULL AS revoked
           FROM refresh_tokens WHERE user_id = $1`,
        [user.id],
      );
      const byHash = new Map(rows.map((r) => [r.token_hash, r]));
      const [r0, r1, other] = [first, rotated.body, otherSession].map((t) => byHash.get(hash(t.refreshToken))!);
      expect(rows).toHaveLength(3);
      expect(r1.family_id).toBe(r0.family_id);
      expect(r0).toMatchObject({ used: true, revoked: true });
      expect(r1).toMatchObject({ used: false, revoked: true });
      // Another session (another family) of the same user is untouched.
      expect(other.family_id).not.toBe(r0.family_id);
      expect(other).toMatchObject({ used: false, revoked: false });
      await refresh(otherSession.refreshToken).expect(200);
      // No raw token is stored anywhere.
      expect(JSON.stringify(rows)).not.toContain(first.refreshToken);
    });

    it('refuses unknown and garbage refresh tokens with 401', async () => {
      for (const token of ['x', 'A'.repeat(43), 'eyJhbGciOiJIUzI1NiJ9.e30.x']) {
        const res = await refresh(token).expect(401);
        expect(res.body.error.code).toBe('UNAUTHENTICATED');
      }
    });

    it('logout answers 204 and ends the session of that refresh token, and only the caller\u2019s own', async () => {
      const user = await newUser();
      const session = await signIn(app, user);
      const victim = await signIn(app, await newUser());

      // Someone else's refresh token is not the caller's to end.
      await http()
        .post('/api/v1/auth/logout')
        .set('Authorization', session.auth)
        .send({ refreshToken: victim.refreshToken })
        .expect(204);
      await http()
        .post('/api/v1/auth/logout')
        .set('Authorization', session.auth)
        .send({ refreshToken: session.refreshToken })
        .expect(204);
      const res = await refresh(session.refreshToken).expect(401);
      expect(res.body.error.code).toBe('UNAUTHENTICATED');
      await refresh(victim.refreshToken).expect(200);
      // Logout needs the access token.
      await http().post('/api/v1/auth/logout').send({ refreshToken: victim.refreshToken }).expect(401);
    });
  });

  describe('brute-force protection', () => {
    it('locks an account after 5 failures: 429 with Retry-After, even for the right password', async () => {
      const user = await newUser();
      const bystander = await newUser();
      for (let i = 0; i < 5; i++) await login(user.email, `guess ${i} of a password`).expect(401);

      const locked = await login(user.email, 'guess 6 of a password').expect(429);
      expect(locked.body.error).toMatchObject({ code: 'RATE_LIMITED', requestId: locked.headers['x-request-id'] });
      const right = await login(user.email, TEST_PASSWORD).expect(429);
      expect(right.body.error.code).toBe('RATE_LIMITED');
      expect(right.body.accessToken).toBeUndefined();
      const retryAfter = Number(right.headers['retry-after']);
      expect(Number.isInteger(retryAfter)).toBe(true);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(900);
      // However the email is typed.
      await login(`  ${user.email.toUpperCase()} `, TEST_PASSWORD).expect(429);
      // The lock is per account.
      await login(bystander.email, TEST_PASSWORD).expect(200);
    });

    it('locks unknown emails the same way, so the lock does not reveal which accounts exist', async () => {
      const email = `${unique('nobody')}@test.example.org`;
      for (let i = 0; i < 5; i++) await login(email, TEST_PASSWORD).expect(401);
      const res = await login(email, TEST_PASSWORD).expect(429);
      expect(res.headers['retry-after']).toMatch(/^\d+$/);
    });

    it('lets the account sign in again once the lock window has passed', async () => {
      await withSecondApi(app, { LOGIN_LOCK_SECONDS: '2' }, async (short) => {
        const user = await newUser();
        for (let i = 0; i < 5; i++) await login(user.email, `guess ${i} of a password`, short).expect(401);
        const locked = await login(user.email, TEST_PASSWORD, short).expect(429);
        const retryAfter = Number(locked.headers['retry-after']);
        expect(retryAfter).toBeGreaterThanOrEqual(1);
        expect(retryAfter).toBeLessThanOrEqual(2);
        await sleep(retryAfter * 1000 + 150);
        const res = await login(user.email, TEST_PASSWORD, short).expect(200);
        expect(res.body.user.id).toBe(user.id);
      });
    });

    it('limits attempts per client address across accounts, keyed on the address the proxy reports', async () => {
      const env = { LOGIN_IP_MAX_ATTEMPTS: '3', QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}_ip` };
      await withSecondApi(app, env, async (limited) => {
        const [a, b, c] = await Promise.all([newUser(), newUser(), newUser()]);
        const from = (ip: string, email: string, password: string) =>
          request(limited.getHttpServer())
            .post('/api/v1/auth/login')
            .set('X-Forwarded-For', ip)
            .send({ email, password });
        await from('203.0.113.10', a.email, 'not the password at all').expect(401);
        await from('203.0.113.10', `${unique('nobody')}@test.example.org`, TEST_PASSWORD).expect(401);
        await from('203.0.113.10', b.email, TEST_PASSWORD).expect(200);
        // The 4th attempt from that address is refused, even for another account and the right password.
        const refused = await from('203.0.113.10', c.email, TEST_PASSWORD).expect(429);
        expect(refused.body.error.code).toBe('RATE_LIMITED');
        expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
        // Another address is not affected, nor is the account.
        await from('203.0.113.11', c.email, TEST_PASSWORD).expect(200);
        await from('203.0.113.11', a.email, TEST_PASSWORD).expect(200);
      });
    });
  });

  describe('cutting access at once', () => {
    it('deactivation makes existing access and refresh tokens fail; reactivation does not revive them', async () => {
      const user = await newUser();
      const [one, two] = [await signIn(app, user), await signIn(app, user)];
      await me(one.accessToken).expect(200);

      const res = await http()
        .patch(`/api/v1/users/${user.id}`)
        .set('Authorization', admin.auth)
        .send({ active: false })
        .expect(200);
      expect(res.body).toMatchObject({ id: user.id });

      for (const s of [one, two]) {
        expect((await me(s.accessToken).expect(401)).body.error.code).toBe('UNAUTHENTICATED');
        await refresh(s.refreshToken).expect(401);
      }
      const denied = await login(user.email, TEST_PASSWORD).expect(401);
      const wrong = await login(admin.user.email, 'not the admin password at all');
      expect(denied.body.error.message).toBe(wrong.body.error.message);

      await http()
        .patch(`/api/v1/users/${user.id}`)
        .set('Authorization', admin.auth)
        .send({ active: true })
        .expect(200);
      await me(one.accessToken).expect(401);
      await refresh(two.refreshToken).expect(401);
      await me((await signIn(app, user)).accessToken).expect(200);
    });

    it('a role change makes existing tokens fail; a change of locale does not', async () => {
      const user = await newUser('desk_staff');
      const session = await signIn(app, user);

      await http()
        .patch(`/api/v1/users/${user.id}`)
        .set('Authorization', admin.auth)
        .send({ locale: 'en' })
        .expect(200);
      await me(session.accessToken).expect(200);

      await http()
        .patch(`/api/v1/users/${user.id}`)
        .set('Authorization', admin.auth)
        .send({ role: 'supervisor' })
        .expect(200);
      await me(session.accessToken).expect(401);
      await refresh(session.refreshToken).expect(401);
      const fresh = await signIn(app, user);
      expect((await me(fresh.accessToken).expect(200)).body).toMatchObject({ role: 'supervisor', locale: 'en' });
    });

    it('a password change makes existing tokens and the old password fail', async () => {
      const user = await newUser();
      const session = await signIn(app, user);
      const change = (body: object) => http().put('/api/v1/me/password').set('Authorization', session.auth).send(body);

      const weak = await change({ currentPassword: TEST_PASSWORD, newPassword: 'password1234' }).expect(400);
      expect(weak.body.error.code).toBe('VALIDATION_FAILED');
      const notCurrent = await change({
        currentPassword: 'not my current password',
        newPassword: 'a strong but unearned passphrase',
      });
      expect(notCurrent.status).toBeGreaterThanOrEqual(400);
      expect(notCurrent.status).toBeLessThan(500);
      await me(session.accessToken).expect(200);
      await login(user.email, 'a strong but unearned passphrase').expect(401);

      const newPassword = 'a brand new passphrase for the desk 77';
      await change({ currentPassword: TEST_PASSWORD, newPassword }).expect(204);
      await me(session.accessToken).expect(401);
      await refresh(session.refreshToken).expect(401);
      await login(user.email, TEST_PASSWORD).expect(401);
      await login(user.email, newPassword).expect(200);
    });
  });

  describe('access token hardening', () => {
    let user: UserView;
    let claims: Record<string, unknown>;
    const header = { alg: 'HS256', typ: 'JWT' };

    beforeAll(async () => {
      user = await newUser();
      const [{ token_version }] = await db.query('SELECT token_version FROM users WHERE id = $1', [user.id]);
      const now = Math.floor(Date.now() / 1000);
      claims = { sub: user.id, ver: token_version, iss: 'madoguchi', aud: 'madoguchi-api', iat: now, exp: now + 600 };
      expect(config.jwtSecret).toBe(DEVELOPMENT_JWT_SECRET);
    });

    const expect401 = async (token: string) => {
      const res = await me(token).expect(401);
      expect(res.body.error.code).toBe('UNAUTHENTICATED');
    };

    it('accepts a well-formed token (so that the refusals below are about one rule each)', async () => {
      const res = await me(forgeJwt(header, claims, DEVELOPMENT_JWT_SECRET)).expect(200);
      expect(res.body.id).toBe(user.id);
    });

    it('refuses alg "none"', async () => {
      const input = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(claims)}`;
      await expect401(`${input}.`);
      await expect401(input);
    });

    it('refuses another algorithm, even with the right secret', async () => {
      await expect401(forgeJwt({ alg: 'HS512', typ: 'JWT' }, claims, DEVELOPMENT_JWT_SECRET, 'sha512'));
      await expect401(forgeJwt({ alg: 'HS384', typ: 'JWT' }, claims, DEVELOPMENT_JWT_SECRET, 'sha512'));
    });

    it('refuses a token signed with another secret or with an edited payload', async () => {
      await expect401(forgeJwt(header, claims, `${DEVELOPMENT_JWT_SECRET}x`));
      const valid = forgeJwt(header, claims, DEVELOPMENT_JWT_SECRET).split('.');
      const other = await newUser('supervisor');
      await expect401([valid[0], b64url({ ...claims, sub: other.id }), valid[2]].join('.'));
    });

    it('refuses an expired token', async () => {
      const past = Math.floor(Date.now() / 1000) - 1000;
      await expect401(forgeJwt(header, { ...claims, iat: past - 900, exp: past }, DEVELOPMENT_JWT_SECRET));
    });

    it('refuses a wrong issuer or audience, or none', async () => {
      await expect401(forgeJwt(header, { ...claims, iss: 'someone-else' }, DEVELOPMENT_JWT_SECRET));
      await expect401(forgeJwt(header, { ...claims, aud: 'another-api' }, DEVELOPMENT_JWT_SECRET));
      const { iss: _iss, aud: _aud, ...bare } = claims;
      await expect401(forgeJwt(header, bare, DEVELOPMENT_JWT_SECRET));
    });

    it('refuses a stale token version, a missing version and an unknown user', async () => {
      await expect401(forgeJwt(header, { ...claims, ver: Number(claims.ver) + 1 }, DEVELOPMENT_JWT_SECRET));
      const { ver: _ver, ...noVersion } = claims;
      await expect401(forgeJwt(header, noVersion, DEVELOPMENT_JWT_SECRET));
      await expect401(
        forgeJwt(header, { ...claims, sub: '00000000-0000-4000-8000-000000000000' }, DEVELOPMENT_JWT_SECRET),
      );
      await expect401(forgeJwt(header, { ...claims, sub: 'not-a-uuid' }, DEVELOPMENT_JWT_SECRET));
    });

    it('refuses garbage and other schemes', async () => {
      for (const value of ['Bearer', 'Bearer x.y.z', `Basic ${Buffer.from('a:b').toString('base64')}`]) {
        const res = await http().get('/api/v1/me').set('Authorization', value).expect(401);
        expect(res.body.error.code).toBe('UNAUTHENTICATED');
      }
    });
  });
});
