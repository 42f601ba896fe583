import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, ConfigModule, type AppConfig } from '#config';
import { DatabaseModule } from '#database';
import { RedisModule } from '#queue';
import { AuditModule } from '#domain/audit';
import { DeadlinesModule } from '#domain/deadlines';
import { NotificationsModule } from '#domain/notifications';
import { AuthHttpModule } from './auth/auth-http.module.js';
import { CasesHttpModule } from './cases/cases-http.module.js';
import { HealthModule } from './health/health.module.js';
import { ReferralsHttpModule } from './referrals/referrals-http.module.js';
import { ApiExceptionFilter } from './http/api-exception.filter.js';
import { pinoParams } from './http/logging.js';
import { apiValidationPipe } from './http/validation.pipe.js';
import { WebAppModule } from './web/web-app.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => pinoParams(config),
        }),
        DatabaseModule,
        RedisModule,
        AuditModule,
        NotificationsModule,
        DeadlinesModule,
        HealthModule,
        AuthHttpModule,
        CasesHttpModule,
        ReferralsHttpModule,
        WebAppModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        { provide: APP_PIPE, useFactory: apiValidationPipe },
      ],
    };
  }
}
