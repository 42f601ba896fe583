import { createDatabaseIfMissing } from './create-database.js';
import { createDataSource } from './data-source.js';

/** Creates the database if needed and runs every pending migration; returns their names. */
export async function migrate(databaseUrl: string): Promise<string[]> {
  await createDatabaseIfMissing(databaseUrl);
  const dataSource = createDataSource({
    databaseUrl,
    poolSize: 2,
    applicationName: 'madoguchi-migrate',
  });
  await dataSource.initialize();
  try {
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
