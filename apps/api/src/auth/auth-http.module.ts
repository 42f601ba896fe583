import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { IdentityModule } from '#domain/identity';
import { AuditController } from '../audit/audit.controller.js';
import { OrganizationsController } from '../identity/organizations.controller.js';
import { UsersController } from '../identity/users.controller.js';
import { AccessGuard } from './access.guard.js';
import { AuthController } from './auth.controller.js';
import { JwtStrategy } from './jwt.strategy.js';
import { LocalStrategy } from './local.strategy.js';

/** Sign-in, the global access guard, and the identity and audit routes. */
@Module({
  imports: [PassportModule, IdentityModule],
  controllers: [AuthController, OrganizationsController, UsersController, AuditController],
  providers: [JwtStrategy, LocalStrategy, { provide: APP_GUARD, useClass: AccessGuard }],
})
export class AuthHttpModule {}
