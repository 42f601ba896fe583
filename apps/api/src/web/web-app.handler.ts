import { existsSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, sep } from 'node:path';
import type { NextFunction, Request, Response } from 'express';

/** The API's own paths: never answered with the web app, so their 404s keep the error shape. */
const API_PATH = /^\/(api|metrics)(\/|$)/;

/**
 * The web app's policy, stricter than the API's (which lets Swagger UI run an inline script):
 * only the app's own bundled scripts and styles, and requests to its own origin.
 */
export const WEB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** apps/web/dist, looked for upwards from `from` (the module's folder in src/ or in dist/). */
export function findWebRoot(from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'apps', 'web', 'dist');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** API.md's error shape, for a write to a path of the web app (there are none). */
function notFound(req: Request, res: Response): void {
  const requestId = res.getHeader('x-request-id') ?? (req as Request & { id?: unknown }).id;
  res.status(404).json({
    error: {
      code: 'NOT_FOUND',
      message: 'No such resource',
      details: [],
      requestId: typeof requestId === 'string' ? requestId : undefined,
    },
  });
}

/**
 * GET and HEAD of any path outside /api and /metrics: the file when one exists under `root`,
 * else index.html (a client-side route). Hashed bundles under /assets are cached for a year;
 * index.html is revalidated, so a new release is picked up at the next load.
 */
export function webAppHandler(root: string) {
  const index = join(root, 'index.html');
  return (req: Request, res: Response, next: NextFunction): void => {
    if (API_PATH.test(req.path)) return next();
    if (req.method !== 'GET' && req.method !== 'HEAD') return notFound(req, res);
    let relative: string;
    try {
      relative = normalize(decodeURIComponent(req.path)).replace(/^([/\\])+/, '');
    } catch {
      return next();
    }
    const file = join(root, relative);
    const inside = file === root || file.startsWith(root + sep);
    const target = inside && relative && !relative.split(sep).some((p) => p.startsWith('.')) && isFile(file);
    if (!target && extname(relative) && relative.startsWith('assets')) return next(); // a missing bundle: 404
    const path = target ? file : index;
    res.setHeader('Content-Security-Policy', WEB_CSP);
    res.setHeader(
      'Cache-Control',
      path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
    res.sendFile(path, (error) => {
      if (error && !res.headersSent) next();
    });
  };
}
