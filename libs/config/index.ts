export * from './config.schema.js';
export * from './config.module.js';
export * from './log-destination.js';
export * from './graceful-shutdown.js';
export * from './end-process.js';
