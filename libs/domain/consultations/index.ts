export * from './consultation.entity.js';
export * from './consultation.views.js';
export * from './consultation.scope.js';
export * from './consultations.service.js';
export * from './consultation-list.service.js';
export * from './consultations.module.js';
