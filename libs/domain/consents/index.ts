export * from './consent.entity.js';
export * from './consents.service.js';
export * from './consents.module.js';
