import type { Redis } from 'ioredis';

/**
 * Deletes every key matching a pattern, by SCAN (never KEYS, which blocks Redis): how a test run
 * or a benchmark removes its own queue prefix from a Redis it shares with others.
 */
export async function deleteKeysMatching(redis: Redis, pattern: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}
