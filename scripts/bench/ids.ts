import { createHash } from 'node:crypto';

/**
 * Deterministic UUIDs for generated rows: the n-th worker or case of the data set has a known
 * id, so pgbench scripts can name a random one with an SQL expression (see benchUuidSql)
 * instead of loading a million ids. Version 4 and variant bits are set so the API's
 * `@IsUUID()` accepts them.
 */
export function benchUuid(kind: string, n: number): string {
  const h = createHash('md5').update(`${kind}:${n}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The same id computed inside Postgres from an integer expression (e.g. a pgbench variable). */
export function benchUuidSql(kind: string, nExpr: string): string {
  return `overlay(overlay(md5('${kind}:' || ${nExpr}) placing '4' from 13) placing '8' from 17)::uuid`;
}
