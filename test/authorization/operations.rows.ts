import { randomUUID } from 'node:crypto';
import { createOrganization } from '../factories/identity.factory.js';
import { all, type MatrixSection } from './matrix.js';

const WEBHOOK = { url: 'https://hooks.example.org/madoguchi', secret: 'a-webhook-secret-of-at-least-32-characters' };

/** Webhooks and deliveries are the admins' business alone (PRODUCT.md: admins manage queues). */
export const operationsRows: MatrixSection = {
  name: 'operations',
  prepare: async (ctx) => {
    // An organization without users: its webhook is set and cleared here, and no notice ever goes to it.
    ctx.subjects.hooked = (await createOrganization(ctx.app, 'ngo')).id;
  },
  rows: [
    {
      route: 'PUT /v1/organizations/:id/webhook',
      request: (ctx) => ({
        method: 'put',
        path: `/api/v1/organizations/${ctx.subjects.hooked}/webhook`,
        body: WEBHOOK,
      }),
      expect: all(403, { admin: 200 }),
    },
    {
      route: 'PUT /v1/organizations/:id/webhook (no such organization)',
      request: () => ({ method: 'put', path: `/api/v1/organizations/${randomUUID()}/webhook`, body: WEBHOOK }),
      expect: all(403, { admin: 404 }),
    },
    {
      route: 'DELETE /v1/organizations/:id/webhook',
      request: (ctx) => ({ method: 'delete', path: `/api/v1/organizations/${ctx.subjects.hooked}/webhook` }),
      expect: all(403, { admin: 204 }),
    },
    {
      route: 'POST /v1/admin/queue-dashboard/session',
      request: () => ({ method: 'post', path: '/api/v1/admin/queue-dashboard/session' }),
      expect: all(403, { admin: 204 }),
    },
    {
      route: 'GET /v1/admin/deliveries',
      request: () => ({ method: 'get', path: '/api/v1/admin/deliveries?state=failed' }),
      expect: all(403, { admin: 200 }),
    },
  ],
};
