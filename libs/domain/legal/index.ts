export * from './legal.entity.js';
export * from './legal.views.js';
export * from './legal-assignment.machine.js';
export * from './legal.service.js';
export * from './legal.module.js';
