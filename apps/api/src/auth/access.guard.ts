import { type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { IS_PUBLIC, REQUIRED_PERMISSION, may, type Actor, type Permission } from '#access';
import { AuditService } from '#domain/audit';
import { Forbidden, Unauthenticated } from '#domain/errors';

/**
 * The one global guard. Deny by default: a route is open only when declared @Public();
 * otherwise it needs a valid access token and a declared permission that the actor's role has.
 * A route with no declaration is refused (and a test walks every route to catch it first).
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    await super.canActivate(context);
    const req = context.switchToHttp().getRequest<Request & { user: Actor }>();
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(REQUIRED_PERMISSION, targets);
    if (!permission) {
      this.logger.error(`No permission declared for ${req.method} ${req.route?.path ?? req.path}: refused`);
      throw new Forbidden();
    }
    if (!may(req.user.role, permission)) {
      await this.audit.record(req.user, { action: permission, outcome: 'denied' });
      throw new Forbidden();
    }
    return true;
  }

  override handleRequest<TUser>(err: unknown, user: TUser | false): TUser {
    if (err) throw err instanceof Error && 'code' in err ? err : new Unauthenticated();
    if (!user) throw new Unauthenticated();
    return user;
  }
}
