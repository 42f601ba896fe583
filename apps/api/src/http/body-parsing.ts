import type { NextFunction, Request, RequestHandler, Response, ErrorRequestHandler } from 'express';
import express from 'express';
import { errorBody } from './error-body.js';

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return (length !== undefined && length !== '0') || req.headers['transfer-encoding'] !== undefined;
}

/** A body we cannot read as JSON is refused before it reaches a controller. */
export function requireJsonContentType(): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (METHODS_WITH_BODY.has(req.method) && hasBody(req) && !req.is(['application/json', 'application/*+json'])) {
      res
        .status(415)
        .json(
          errorBody('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json', [], req.id as string | undefined),
        );
      return;
    }
    next();
  };
}

/**
 * No request body of ours nests deeper than a few levels. A deeper one is refused here: the
 * validation pipe (class-transformer, class-validator) walks a body recursively, and a body
 * of a few thousand nested arrays would overflow its stack and answer 500.
 */
export const MAX_BODY_DEPTH = 32;

/** True when `value` has containers nested more than `maxDepth` levels deep. */
export function nestedDeeperThan(value: unknown, maxDepth: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (maxDepth <= 0) return true;
  for (const child of Object.values(value)) {
    if (nestedDeeperThan(child, maxDepth - 1)) return true;
  }
  return false;
}

export function jsonBodyParser(limit: string, maxDepth = MAX_BODY_DEPTH): RequestHandler {
  const parse = express.json({
    limit,
    strict: true,
    type: ['application/json', 'application/*+json'],
  });
  return (req: Request, res: Response, next: NextFunction) => {
    parse(req, res, (err?: unknown) => {
      if (err) {
        next(err);
        return;
      }
      if (nestedDeeperThan(req.body, maxDepth)) {
        res
          .status(400)
          .json(
            errorBody(
              'VALIDATION_FAILED',
              'The body is nested too deeply',
              [{ field: '', problems: [`objects and arrays may nest at most ${maxDepth} levels deep`] }],
              req.id as string | undefined,
            ),
          );
        return;
      }
      next();
    });
  };
}

/** body-parser reports its failures here, before Nest's filters exist for the request. */
export function bodyParserErrors(): ErrorRequestHandler {
  return (err: { type?: string; status?: number }, req: Request, res: Response, next: NextFunction) => {
    const requestId = req.id as string | undefined;
    switch (err?.type) {
      case 'entity.parse.failed':
        res.status(400).json(errorBody('MALFORMED_JSON', 'The body is not valid JSON', [], requestId));
        return;
      case 'entity.too.large':
        res.status(413).json(errorBody('PAYLOAD_TOO_LARGE', 'The body is too large', [], requestId));
        return;
      case 'encoding.unsupported':
      case 'charset.unsupported':
        res.status(415).json(errorBody('UNSUPPORTED_MEDIA_TYPE', 'Send the body as UTF-8 JSON', [], requestId));
        return;
      case 'request.aborted':
      case 'request.size.invalid':
      case 'stream.encoding.set':
      case 'stream.not.readable':
        res.status(400).json(errorBody('BAD_REQUEST', 'The body could not be read', [], requestId));
        return;
      default:
        next(err);
    }
  };
}
