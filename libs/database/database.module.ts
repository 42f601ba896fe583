import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '#config';
import { dataSourceOptions } from './data-source.js';

/** The application's connection to Postgres, shared by every module of a process. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions({
          databaseUrl: config.databaseUrl,
          applicationName: `madoguchi-${process.title}`,
          // Not the tables' owner: it cannot disable the audit trail's append-only trigger.
          asAppRole: true,
        }),
        // Keep retrying in the background rather than crash when Postgres starts after us.
        retryAttempts: 10,
        retryDelay: 1000,
      }),
    }),
  ],
})
export class DatabaseModule {}
