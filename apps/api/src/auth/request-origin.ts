import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor, RequestOrigin } from '#access';

export function originOf(req: Request): RequestOrigin {
  const userAgent = req.headers['user-agent'];
  return {
    ip: req.ip ?? null,
    userAgent: typeof userAgent === 'string' ? userAgent : null,
    requestId: typeof req.id === 'string' ? req.id : null,
  };
}

/** The signed-in actor the access guard resolved for this request. */
export const CurrentActor = createParamDecorator((_data: unknown, ctx: ExecutionContext): Actor => {
  return ctx.switchToHttp().getRequest<Request & { user: Actor }>().user;
});

export const Origin = createParamDecorator((_data: unknown, ctx: ExecutionContext): RequestOrigin => {
  return originOf(ctx.switchToHttp().getRequest<Request>());
});
