import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import { AuthService, type TokenPair } from '#domain/identity';
import { originOf } from './request-origin.js';

/** Email and password sign-in; the rate limits and the audit live in AuthService.login. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(req: Request, email: string, password: string): Promise<TokenPair> {
    return this.auth.login(email, password, originOf(req));
  }
}
