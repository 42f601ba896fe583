import { loadConfigOrStop } from '#config';
import { createDataSource } from '#database';

/**
 * `node dist/scripts/generate-migration.js`: prints the SQL that would bring the migrated
 * database in line with the entities. Paste it into a new migration and read it by hand.
 */
const { databaseUrl } = loadConfigOrStop('generate-migration');
const dataSource = createDataSource({ databaseUrl });
await dataSource.initialize();
const sql = await dataSource.driver.createSchemaBuilder().log();
await dataSource.destroy();
process.stdout.write('-- up\n');
for (const q of sql.upQueries) process.stdout.write(`${q.query};\n`);
process.stdout.write('-- down\n');
for (const q of sql.downQueries.reverse()) process.stdout.write(`${q.query};\n`);
