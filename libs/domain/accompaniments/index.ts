export * from './accompaniment.entity.js';
export * from './accompaniment.views.js';
export * from './accompaniment-status.machine.js';
export * from './accompaniments.service.js';
export * from './accompaniments.module.js';
