import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { loggableError } from '../apps/api/src/http/api-exception.filter.js';
import {
  createOrganization,
  createUser,
  signIn,
  TEST_PASSWORD,
  unique,
  type SignedIn,
} from './factories/identity.factory.js';
import { startApi } from './support/test-app.js';

/** Anything shaped like a JWT (header.payload.signature, base64url, header starting `{"`). */
const JWT = /eyJ[\w-]{10,}\.[\w-]{10,}\.[\w-]{10,}/;

/**
 * Drives the requests that handle credentials, then reads back every api log of the run
 * (all test files write theirs to TEST_LOG_DIR): no password, token or hash may be in any.
 */
describe('log hygiene', () => {
  let app: NestExpressApplication;
  let admin: SignedIn;
  const secrets: string[] = [TEST_PASSWORD];
  const emails: string[] = [];
  const http = () => request(app.getHttpServer());
  const keep = (...values: string[]) => {
    for (const v of values) expect(typeof v === 'string' && v.length > 8).toBe(true);
    secrets.push(...values);
  };

  beforeAll(async () => {
    ({ app } = await startApi());
    const org = await createOrganization(app, 'ngo');
    admin = await signIn(app, await createUser(app, 'admin', org.id));
    keep(admin.accessToken, admin.refreshToken);

    // A user created through the API, with a password of its own, who then signs in.
    const password = `hygiene ${randomBytes(6).toString('hex')} passphrase`;
    const email = `${unique('hygiene')}@test.example.org`;
    keep(password);
    emails.push(email, admin.user.email);
    await http()
      .post('/api/v1/users')
      .set('Authorization', admin.auth)
      .send({ email, displayName: unique('Hygiene'), password, role: 'desk_staff', organizationId: org.id })
      .expect(201);
    const login = await http().post('/api/v1/auth/login').send({ email, password }).expect(200);
    keep(login.body.accessToken, login.body.refreshToken);

    // Refreshes, a reuse of a used refresh token, and a logout.
    const refreshed = await http()
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: login.body.refreshToken })
      .expect(200);
    keep(refreshed.body.accessToken, refreshed.body.refreshToken);
    await http().post('/api/v1/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(401);
    const again = await http().post('/api/v1/auth/login').send({ email, password }).expect(200);
    keep(again.body.accessToken, again.body.refreshToken);
    await http()
      .post('/api/v1/auth/logout')
      .set('Authorization', `Bearer ${again.body.accessToken}`)
      .send({ refreshToken: again.body.refreshToken })
      .expect(204);

    // Failed logins: a wrong password, an unknown email, a body refused by validation.
    const wrong = `wrong ${randomBytes(6).toString('hex')} password`;
    keep(wrong);
    await http().post('/api/v1/auth/login').send({ email, password: wrong }).expect(401);
    const stranger = `${unique('stranger')}@test.example.org`;
    emails.push(stranger);
    await http().post('/api/v1/auth/login').send({ email: stranger, password: wrong }).expect(401);
    await http().post('/api/v1/auth/login').send({ email, password: wrong, extra: wrong }).expect(400);

    // A refused weak password and a password change.
    const weak = await http()
      .post('/api/v1/users')
      .set('Authorization', admin.auth)
      .send({
        email: stranger,
        displayName: 'Weak',
        password: 'qwerty123456',
        role: 'desk_staff',
        organizationId: org.id,
      })
      .expect(400);
    expect(JSON.stringify(weak.body)).not.toContain('qwerty123456');
    const newPassword = `changed ${randomBytes(6).toString('hex')} passphrase`;
    keep(newPassword);
    const session = await http().post('/api/v1/auth/login').send({ email, password }).expect(200);
    keep(session.body.accessToken, session.body.refreshToken);
    await http()
      .put('/api/v1/me/password')
      .set('Authorization', `Bearer ${session.body.accessToken}`)
      .send({ currentPassword: password, newPassword })
      .expect(204);

    // Tokens where they do not belong: in a query string, and a bad one in the header.
    await http().get(`/api/v1/me?token=${refreshed.body.accessToken}`).set('Authorization', admin.auth);
    await http().get('/api/v1/me').set('Authorization', `Bearer ${refreshed.body.refreshToken}`).expect(401);
  });
  afterAll(async () => {
    await app.close();
  });

  function logs(): { file: string; text: string }[] {
    const dir = process.env.TEST_LOG_DIR!;
    return readdirSync(dir)
      .filter((f) => f.endsWith('.log'))
      .map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));
  }

  it('the log is not empty: it holds a line for each request', () => {
    const own = logs().find((l) => l.file.startsWith('log-hygiene'));
    expect(own).toBeDefined();
    const lines = own!.text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    const requests = lines.filter((l) => l.req?.url);
    expect(requests.filter((l) => l.req.url === '/api/v1/auth/login').length).toBeGreaterThanOrEqual(6);
    expect(requests.some((l) => l.req.url === '/api/v1/auth/refresh' && l.res?.statusCode === 200)).toBe(true);
    expect(requests.some((l) => l.req.url === '/api/v1/users' && l.res?.statusCode === 201)).toBe(true);
    expect(requests.every((l) => typeof l.req.id === 'string')).toBe(true);
    // A token in a query string is logged as its name only.
    expect(requests.some((l) => l.req.url === '/api/v1/me?token=[REDACTED]')).toBe(true);
  });

  it('an unexpected database error is logged without the values of its query', async () => {
    const hash = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA';
    const error = await app
      .get(DataSource)
      .query('INSERT INTO users (id, email, password_hash) VALUES ($1, $2, $3)', ['not-a-uuid', emails[0], hash])
      .catch((e: unknown) => e);
    expect(JSON.stringify(error)).toContain(hash); // what a raw error would have put in the log
    const logged = JSON.stringify(loggableError(error));
    expect(logged).toContain('invalid input syntax for type uuid');
    expect(logged).not.toContain(hash);
    expect(logged).not.toContain(emails[0]);
  });

  it('no log of the run holds a password, a token, a hash, or an email of ours', () => {
    const found: string[] = [];
    for (const { file, text } of logs()) {
      secrets.forEach((secret, i) => {
        if (text.includes(secret)) found.push(`${file}: secret #${i} (${secret.slice(0, 6)}...)`);
      });
      for (const email of emails) if (text.includes(email)) found.push(`${file}: an email address`);
      if (text.includes('$argon2')) found.push(`${file}: an argon2 hash`);
      const jwt = text.match(JWT);
      if (jwt) found.push(`${file}: something like a JWT (${jwt[0].slice(0, 16)}...)`);
    }
    expect(found).toEqual([]);
    expect(secrets.length).toBeGreaterThanOrEqual(14);
  });
});
