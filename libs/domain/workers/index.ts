export * from './worker.entity.js';
export * from './worker.views.js';
export * from './workers.service.js';
export * from './workers.module.js';
