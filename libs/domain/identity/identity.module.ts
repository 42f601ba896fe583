import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '#config';
import { AuthService } from './auth.service.js';
import { FirstAdmin } from './first-admin.js';
import { LoginLimiter } from './login-limiter.js';
import { OrganizationWebhooksService } from './organization-webhooks.service.js';
import { OrganizationsService } from './organizations.service.js';
import { PasswordHasher } from './password-hasher.js';
import { UsersService } from './users.service.js';

export const JWT_ISSUER = 'madoguchi';
export const JWT_AUDIENCE = 'madoguchi-api';
/** Pinned: a token signed with any other algorithm (or "none") is refused. */
export const JWT_ALGORITHM = 'HS256';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.jwtSecret,
        signOptions: {
          algorithm: JWT_ALGORITHM,
          expiresIn: config.accessTokenTtlSeconds,
          issuer: JWT_ISSUER,
          audience: JWT_AUDIENCE,
        },
        verifyOptions: { algorithms: [JWT_ALGORITHM], issuer: JWT_ISSUER, audience: JWT_AUDIENCE },
      }),
    }),
  ],
  providers: [
    AuthService,
    UsersService,
    OrganizationsService,
    OrganizationWebhooksService,
    PasswordHasher,
    LoginLimiter,
    FirstAdmin,
  ],
  exports: [AuthService, UsersService, OrganizationsService, OrganizationWebhooksService],
})
export class IdentityModule {}
