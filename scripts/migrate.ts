import { ConfigError, endProcess, loadConfig } from '#config';
import { migrate } from '#database';

/** `npm run db:migrate`: creates the database when missing, then runs pending migrations. */
try {
  const { databaseUrl } = loadConfig();
  const ran = await migrate(databaseUrl);
  process.stdout.write(ran.length ? `Ran migrations: ${ran.join(', ')}\n` : 'The database is up to date.\n');
} catch (error) {
  const message =
    error instanceof ConfigError ? `configuration error: ${error.message}` : String((error as Error).message ?? error);
  process.stderr.write(`db:migrate: ${message}\n`);
  endProcess(1);
}
