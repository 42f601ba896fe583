import { randomUUID } from 'node:crypto';
import { createUser, TEST_PASSWORD, unique } from '../factories/identity.factory.js';
import { all, type MatrixSection } from './matrix.js';

export const identityRows: MatrixSection = {
  name: 'identity and audit',
  prepare: async (ctx) => {
    const target = await createUser(ctx.app, 'desk_staff', ctx.world.orgs.ngoA.id);
    ctx.subjects.userOfA = target.id;
  },
  rows: [
    {
      route: 'GET /v1/me',
      request: () => ({ method: 'get', path: '/api/v1/me' }),
      expect: all(200),
    },
    {
      route: 'POST /v1/organizations',
      request: () => ({ method: 'post', path: '/api/v1/organizations', body: { name: unique('org'), kind: 'ngo' } }),
      expect: all(403, { admin: 201 }),
    },
    {
      route: 'GET /v1/organizations',
      request: () => ({ method: 'get', path: '/api/v1/organizations' }),
      expect: all(200),
    },
    {
      route: 'POST /v1/users (into organization A)',
      request: (ctx) => ({
        method: 'post',
        path: '/api/v1/users',
        body: {
          email: `${unique('new')}@test.example.org`,
          displayName: 'New',
          password: TEST_PASSWORD,
          role: 'desk_staff',
          organizationId: ctx.world.orgs.ngoA.id,
        },
      }),
      expect: all(403, { admin: 201 }),
    },
    {
      route: 'GET /v1/users',
      request: () => ({ method: 'get', path: '/api/v1/users' }),
      expect: all(403, { admin: 200, deskA: 200, supA: 200, deskB: 200, supB: 200 }),
    },
    {
      route: 'PATCH /v1/users/:id (a user of organization A)',
      request: (ctx) => ({ method: 'patch', path: `/api/v1/users/${ctx.subjects.userOfA}`, body: { locale: 'en' } }),
      expect: all(403, { admin: 200 }),
    },
    {
      route: 'PATCH /v1/users/:id (no such user)',
      request: () => ({ method: 'patch', path: `/api/v1/users/${randomUUID()}`, body: { locale: 'en' } }),
      expect: all(403, { admin: 404 }),
    },
    {
      route: 'GET /v1/audit-events',
      request: () => ({ method: 'get', path: '/api/v1/audit-events' }),
      expect: all(403, { admin: 200, supA: 200, supB: 200 }),
    },
    {
      route: 'GET /v1/audit-events/verify',
      request: () => ({ method: 'get', path: '/api/v1/audit-events/verify' }),
      expect: all(403, { admin: 200 }),
    },
  ],
};
