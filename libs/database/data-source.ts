import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from '#domain/entities';
import { MIGRATIONS } from '#migrations';
import { APP_DATABASE_ROLE } from './app-role.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

export interface DataSourceSettings {
  databaseUrl: string;
  /** Pool size of this process; every api or worker instance has its own. */
  poolSize?: number;
  applicationName?: string;
  /** Act as the application's role (api, worker) rather than as the connecting user (migrations). */
  asAppRole?: boolean;
}

/**
 * The one description of our database, used alike by the api, the worker, the migration
 * scripts and the tests. `synchronize` stays off: the schema changes only through migrations.
 */
export function dataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    uuidExtension: 'pgcrypto',
    url: settings.databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: {
      max: settings.poolSize ?? 10,
      application_name: settings.applicationName ?? 'madoguchi',
      // Fail fast when Postgres is unreachable instead of hanging a request.
      connectionTimeoutMillis: 5000,
      // No JIT: it pays off for long analytical queries, not for the app's short ones, and the
      // planner's guess at a large case list made it compile for 400 ms a query that runs in 25.
      options: `-c jit=off${settings.asAppRole ? ` -c role=${APP_DATABASE_ROLE}` : ''}`,
    },
  };
}

export function createDataSource(settings: DataSourceSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}
