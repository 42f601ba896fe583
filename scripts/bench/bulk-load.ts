import type pg from 'pg';

interface Saved {
  indexes: { name: string; definition: string }[];
  constraints: { table: string; name: string; definition: string }[];
}

/**
 * What pg_restore does: a bulk load runs fastest without secondary indexes and foreign keys,
 * which are then built once from their own definitions (read from the catalog, so they are
 * exactly what the migrations made). Primary keys stay: they are the rows' identity.
 */
export async function dropSecondaryStructures(client: pg.Client, tables: string[]): Promise<Saved> {
  const { rows: indexes } = await client.query(
    `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS definition
       FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
      WHERE t.relname = ANY($1) AND NOT x.indisprimary AND t.relnamespace = 'public'::regnamespace`,
    [tables],
  );
  const { rows: constraints } = await client.query(
    `SELECT c.conrelid::regclass::text AS "table", c.conname AS name, pg_get_constraintdef(c.oid) AS definition
       FROM pg_constraint c WHERE c.contype = 'f' AND (c.conrelid::regclass::text = ANY($1) OR c.confrelid::regclass::text = ANY($1))`,
    [tables],
  );
  for (const c of constraints) await client.query(`ALTER TABLE ${c.table} DROP CONSTRAINT "${c.name}"`);
  for (const i of indexes) await client.query(`DROP INDEX "${i.name}"`);
  return { indexes, constraints };
}

export async function restoreSecondaryStructures(client: pg.Client, saved: Saved): Promise<void> {
  await client.query(`SET maintenance_work_mem = '512MB'`);
  await client.query(`SET max_parallel_maintenance_workers = 2`);
  for (const i of saved.indexes) await client.query(i.definition);
  for (const c of saved.constraints) {
    await client.query(`ALTER TABLE ${c.table} ADD CONSTRAINT "${c.name}" ${c.definition}`);
  }
}
