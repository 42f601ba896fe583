import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
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
      // A KeyObject, not the string: given a string, jsonwebtoken first tries it as a PEM public
      // key (createPublicKey throws) on every verification before falling back to an HMAC key;
      // that failed parse was 11% of the api's CPU on GET /me. Same bytes (utf8), same checks.
      // jsonwebtoken 9 takes a KeyObject; @types/passport-jwt only knows string | Buffer.
      secretOrKey: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')) as unknown as Buffer,
      algorithms: [JWT_ALGORITHM],
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      ignoreExpiration: false,
      passReqToCallback: true,
    });
  }

  async validate(req: Request, claims: AccessClaims): Promise<Actor | false> {
    return (await this.auth.actorFor(claims, originOf(req))) ?? false;
  }
}
