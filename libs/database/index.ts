export * from './snake-naming.strategy.js';
export * from './data-source.js';
export * from './create-database.js';
export * from './migrate.js';
export * from './database.module.js';
export * from './app-role.js';
