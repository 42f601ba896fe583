import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { may } from '#access';
import { AuditService } from '#domain/audit';
import { AuthService } from '#domain/identity';
import { QueueStats } from '#queue';
import { originOf } from '../auth/request-origin.js';
import { errorBody } from '../http/error-body.js';
import { requestIdFor } from '../http/logging.js';

export const QUEUE_DASHBOARD_PATH = '/api/admin/queues';
/** Set by POST /api/v1/admin/queue-dashboard/session, sent by the browser to the dashboard's path only. */
export const QUEUE_DASHBOARD_COOKIE = 'madoguchi_queues';

/** The bearer token of the request, or the dashboard cookie a browser sends when it opens the page. */
function tokenOf(req: Request): string | undefined {
  const bearer = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (bearer) return bearer;
  for (const pair of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = pair.trim().split('=');
    if (name !== QUEUE_DASHBOARD_COOKIE) continue;
    try {
      return decodeURIComponent(value.join('=')) || undefined;
    } catch {
      return undefined; // A mangled cookie is no credential.
    }
  }
  return undefined;
}

/**
 * bull-board, for admins, on the HTTP adapter's Express instance. `@bull-board/nestjs` cannot
 * load under Jest on Node 20 (TOOLCHAIN.md), so the Express adapter is mounted directly, behind
 * a check of our own in front of everything it serves (page, assets and its JSON API): a
 * bearer access token (or the same token in the cookie the web app asks for, see
 * queue-dashboard-session.controller.ts), verified like the api's own (algorithm, issuer, audience, expiry, the
 * user's current token version and active flag), of a role that may manage queues.
 */
export function mountQueueDashboard(app: NestExpressApplication): void {
  const board = new ExpressAdapter().setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: app.get(QueueStats).queues.map((q) => new BullMQAdapter(q)),
    serverAdapter: board,
    options: { uiConfig: { boardTitle: 'Madoguchi queues' } },
  });
  const auth = app.get(AuthService, { strict: false });
  const audit = app.get(AuditService, { strict: false });
  const adminsOnly = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const requestId = requestIdFor(req, res);
    try {
      const token = tokenOf(req);
      const actor = token ? await auth.actorForToken(token, originOf(req)) : null;
      if (!actor) {
        res.status(401).json(errorBody('UNAUTHENTICATED', 'Authentication required', [], requestId));
        return;
      }
      if (!may(actor.role, 'queue.manage')) {
        await audit.record(actor, { action: 'queue.manage', outcome: 'denied' });
        res.status(403).json(errorBody('FORBIDDEN', 'Your role may not do this', [], requestId));
        return;
      }
      // Reads of the dashboard hold no case content; what changes jobs (retry, clean, remove) is recorded.
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        await audit.record(actor, { action: 'queue.manage', changedFields: [req.path.slice(0, 100)] });
      }
      next();
    } catch {
      res.status(503).json(errorBody('SERVICE_UNAVAILABLE', 'Cannot check the token now', [], requestId));
    }
  };
  app.use(QUEUE_DASHBOARD_PATH, adminsOnly, board.getRouter());
}
