import { randomUUID } from 'node:crypto';

/**
 * A UUIDv7 (RFC 9562): time-ordered, so keys of append-only tables stay partition-friendly.
 * Its 74 random bits come from a v4 UUID, whose variant bits are already those of v7:
 * randomUUID() draws its entropy in batches, where randomBytes(16) cost a call into the
 * system's random source per id (2.5% of the api's CPU under a list load, 25 audit rows a page).
 */
export function uuid7(now = Date.now()): string {
  const time = now.toString(16).padStart(12, '0');
  const random = randomUUID();
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${random.slice(15)}`;
}
