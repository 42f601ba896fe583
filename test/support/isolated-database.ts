import { randomBytes } from 'node:crypto';
import { dropDatabase, migrate } from '#database';

/**
 * A database of the test's own, migrated, beside the run's shared one. For tests that run
 * workers: every worker of the run claims due deadlines and relays the outbox of the database
 * it is pointed at, so a test that counts deliveries needs a database no other worker sees.
 */
export async function isolatedDatabase(label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `${url.pathname}_${label}_${randomBytes(2).toString('hex')}`;
  await migrate(url.toString());
  return { url: url.toString(), drop: () => dropDatabase(url.toString()) };
}

/** A queue prefix of the test's own, so that no other worker of the run takes its jobs. */
export function isolatedPrefix(label: string): string {
  return `${process.env.QUEUE_PREFIX}_${label}`;
}
