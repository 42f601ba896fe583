import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { isUUID } from 'class-validator';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { Actor } from '#access';
import { APP_CONFIG, type AppConfig } from '#config';
import { AuthService, JWT_ALGORITHM, JWT_AUDIENCE, JWT_ISSUER, type AccessClaims } from '#domain/identity';
import { originOf } from './request-origin.js';

/** Bearer access tokens: signature, algorithm, issuer, audience and expiry, then the user as they are now. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly auth: AuthService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwtSecret,
      algorithms: [JWT_ALGORITHM],
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      ignoreExpiration: false,
      passReqToCallback: true,
    });
  }

  async validate(req: Request, claims: AccessClaims): Promise<Actor | false> {
    // A malformed subject would otherwise reach Postgres as a uuid and fail there (500).
    if (typeof claims?.sub !== 'string' || !isUUID(claims.sub) || !Number.isInteger(claims?.ver)) return false;
    return (await this.auth.actorFor(claims, originOf(req))) ?? false;
  }
}
