export * from './demo-cast.js';
export * from './demo-seeder.js';
export * from './demo.module.js';
