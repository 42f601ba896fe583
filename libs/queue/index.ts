export * from './queue-names.js';
export * from './redis-options.js';
export * from './redis.module.js';
export * from './queue.module.js';
export * from './outbox-relay.js';
export * from './queue-stats.js';
export * from './delete-keys.js';
