/**
 * A WHERE condition with its own parameters, produced by a scope function for one actor.
 * Repositories take it as a required argument, so a query without a scope does not compile.
 * Parameters are named (TypeORM's `:name` syntax) with a prefix unique to the scope.
 */
export interface SqlScope {
  readonly __scope: unique symbol;
  readonly sql: string;
  readonly params: Record<string, unknown>;
}

export function sqlScope(sql: string, params: Record<string, unknown> = {}): SqlScope {
  return { sql: `(${sql})`, params } as SqlScope;
}

/** Matches no row: the scope of an actor who may see none of a kind of record. */
export const NOTHING = sqlScope('FALSE');
export const EVERYTHING = sqlScope('TRUE');
