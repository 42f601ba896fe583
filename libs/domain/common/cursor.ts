import { InvalidInput } from '../errors/domain-errors.js';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

/** An opaque cursor: the sort key of the last item of a page (keyset pagination). */
export function encodeCursor(key: (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** What one part of a cursor's key must be, so that a forged cursor fails here (400), not in SQL (500). */
export type CursorPart = 'string' | 'uuid' | 'integer' | 'timestamp';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CURSOR_PART_OK: Record<CursorPart, (v: unknown) => boolean> = {
  string: (v) => typeof v === 'string' || typeof v === 'number',
  uuid: (v) => typeof v === 'string' && UUID.test(v),
  timestamp: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(v) && !Number.isNaN(Date.parse(v)),
  // A bigint key (such as a sequence number) as its decimal text, within bigint's range.
  integer: (v) => (typeof v === 'number' && Number.isSafeInteger(v)) || (typeof v === 'string' && /^\d{1,18}$/.test(v)),
};

/**
 * Reads a cursor back; anything we did not write answers 400, never 500. `parts` is the key's
 * length, or better the kind of each of its parts.
 */
export function decodeCursor(
  cursor: string | undefined,
  parts: number | readonly CursorPart[],
): (string | number)[] | null {
  if (cursor === undefined || cursor === '') return null;
  const kinds: readonly CursorPart[] = typeof parts === 'number' ? Array(parts).fill('string') : parts;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === kinds.length &&
      key.every((k, i) => CURSOR_PART_OK[kinds[i]](k) && !String(k).includes('\u0000'))
    ) {
      return key;
    }
  } catch {
    // fall through
  }
  throw new InvalidInput('The cursor is not valid', [{ field: 'cursor', problems: ['not a cursor this API issued'] }]);
}

/** Fetch one row more than the page to know whether another page follows. */
export function toPage<R, T>(
  rows: R[],
  limit: number,
  key: (row: R) => (string | number)[],
  map: (row: R) => T,
): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items: items.map(map), nextCursor: rows.length > limit && last ? encodeCursor(key(last)) : null };
}
