import { describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { createDataSource, dropDatabase, migrate } from '#database';

describe('migrations', () => {
  it('match the entities exactly: generating a migration now would produce nothing', async () => {
    const dataSource = createDataSource({ databaseUrl: process.env.DATABASE_URL! });
    await dataSource.initialize();
    try {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('db:migrate creates a missing database, migrates it, and is idempotent', async () => {
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `${url.pathname}_fresh`;
    try {
      const first = await migrate(url.toString());
      expect(first.length).toBeGreaterThan(0);
      expect(await migrate(url.toString())).toEqual([]);
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      const { rows } = await client.query('SELECT count(*)::int AS n FROM migrations');
      await client.end();
      expect(rows[0].n).toBe(first.length);
    } finally {
      await dropDatabase(url.toString());
    }
  });

  it('can be reverted down to nothing and applied again', async () => {
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `${url.pathname}_down`;
    try {
      const ran = await migrate(url.toString());
      const dataSource = createDataSource({ databaseUrl: url.toString() });
      await dataSource.initialize();
      for (let i = 0; i < ran.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await dataSource.showMigrations()).toBe(true);
      await dataSource.destroy();
      expect(await migrate(url.toString())).toEqual(ran);
    } finally {
      await dropDatabase(url.toString());
    }
  });
});
