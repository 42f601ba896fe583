import pg from 'pg';

/** Splits a Postgres URL into the database name and a URL of the maintenance database. */
export function splitDatabaseUrl(databaseUrl: string): {
  name: string;
  adminUrl: string;
} {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!/^[a-zA-Z0-9_]{1,63}$/.test(name)) {
    throw new Error(`The database name must hold only letters, digits and "_" (got "${name}")`);
  }
  url.pathname = '/postgres';
  return { name, adminUrl: url.toString() };
}

/** Creates the database named in the URL when it does not exist yet. Returns true if it did. */
export async function createDatabaseIfMissing(databaseUrl: string): Promise<boolean> {
  const { name, adminUrl } = splitDatabaseUrl(databaseUrl);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return false;
    // The name was checked against a strict pattern above, so quoting it is enough.
    await client.query(`CREATE DATABASE "${name}"`);
    return true;
  } finally {
    await client.end();
  }
}

export async function dropDatabase(databaseUrl: string): Promise<void> {
  const { name, adminUrl } = splitDatabaseUrl(databaseUrl);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
