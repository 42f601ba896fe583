import type { ConnectionOptions } from 'bullmq';
import type { RedisOptions } from 'ioredis';

/**
 * BullMQ's key prefix. Written as a Redis Cluster hash tag so that all of a queue's keys
 * land in one slot and BullMQ runs unchanged on a cluster.
 */
export function bullPrefix(queuePrefix: string): string {
  return `{${queuePrefix}}`;
}

/** Prefix for the application's own Redis keys (rate limits, heartbeats, pub/sub). */
export function appKey(queuePrefix: string, ...parts: string[]): string {
  return [`{${queuePrefix}}`, 'app', ...parts].join(':');
}

/** Connection options for BullMQ: it needs blocking commands retried forever. */
export function bullConnection(redisUrl: string): ConnectionOptions {
  const options: RedisOptions = {
    ...parseRedisUrl(redisUrl),
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
  };
  return options as ConnectionOptions;
}

/**
 * Connection options for request-path commands (health, rate limits): fail fast while
 * Redis is away instead of queueing commands, and reconnect on our own when it is back.
 */
export function requestPathConnection(redisUrl: string): RedisOptions {
  return {
    ...parseRedisUrl(redisUrl),
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  };
}

export function parseRedisUrl(redisUrl: string): RedisOptions {
  const url = new URL(redisUrl);
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : 6379,
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
    tls: url.protocol === 'rediss:' ? {} : undefined,
  };
}
