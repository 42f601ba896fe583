export * from './csv.js';
export * from './stats.service.js';
export * from './case-export.service.js';
export * from './stats.module.js';
