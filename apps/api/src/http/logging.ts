import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';

import { logDestination, type AppConfig } from '#config';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Echo a well-formed incoming x-request-id, otherwise mint one; always set it on the response. */
export function requestIdFor(req: IncomingMessage & { id?: unknown }, res: ServerResponse): string {
  if (typeof req.id === 'string') return req.id;
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('x-request-id', id);
  req.id = id;
  return id;
}

/** First middleware of all, so that even a body the parser refuses answers with its id. */
export function requestIdMiddleware() {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    requestIdFor(req, res);
    next();
  };
}

/**
 * Personal data never reaches a log line: credentials and tokens, and the fields of a
 * worker (names, phones, emails, residence data) wherever they appear in a logged object.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-metrics-token"]',
  'res.headers["set-cookie"]',
  ...[
    'password',
    'newPassword',
    'passwordHash',
    'accessToken',
    'refreshToken',
    'token',
    'email',
    'phone',
    'fullName',
    'nameKatakana',
    'alias',
    'dateOfBirth',
    'residenceStatus',
    'residenceCardExpiry',
    'messagingContacts',
    'notes',
    'summary',
    'body',
  ].flatMap((field) => [field, `*.${field}`, `*.*.${field}`]),
];

/** Query strings can carry names and phone numbers (`?q=`): log their keys, never values. */
export function redactUrl(url: string | undefined): string | undefined {
  if (!url) return url;
  const [path, query] = url.split('?', 2);
  if (!query) return path;
  const keys = [...new URLSearchParams(query).keys()];
  return `${path}?${keys.map((k) => `${k}=[REDACTED]`).join('&')}`;
}

export function pinoParams(config: AppConfig): Params {
  return {
    pinoHttp: [
      {
        level: config.logLevel,
        genReqId: requestIdFor,
        redact: { paths: REDACTED_PATHS, censor: '[REDACTED]' },
        customLogLevel: (_req, res, err) =>
          err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
        serializers: {
          req: (req: { id: string; method: string; url: string; remoteAddress?: string }) => ({
            id: req.id,
            method: req.method,
            url: redactUrl(req.url),
            remoteAddress: req.remoteAddress,
          }),
          res: (res: { statusCode: number }) => ({
            statusCode: res.statusCode,
          }),
        },
        autoLogging: { ignore: (req) => req.url === '/api/health/live' },
      },
      logDestination(config),
    ],
  };
}
