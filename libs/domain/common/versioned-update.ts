import type { ObjectLiteral } from 'typeorm';
import { Conflict } from '../errors/domain-errors.js';

/**
 * The optimistic-concurrency rule of every PATCH: the caller sends the version they read,
 * and a stale one answers 409 with the current version so the client can reload.
 */
export function assertFreshVersion(current: { version: number }, sent: number): void {
  if (current.version !== sent) {
    throw new Conflict('The record was changed by someone else; reload it and try again', [
      { field: 'version', sent, current: current.version },
    ]);
  }
}

/** Fields of `patch` whose value differs from `current`. JSON values are compared structurally. */
export function changedKeys<T extends ObjectLiteral>(current: T, patch: Partial<T>): (keyof T & string)[] {
  return (Object.keys(patch) as (keyof T & string)[]).filter(
    (k) => patch[k] !== undefined && JSON.stringify(patch[k]) !== JSON.stringify(current[k]),
  );
}
