export * from './audit-event.entity.js';
export * from './audit-chain.js';
export * from './audit.service.js';
export * from './audit-sealer.js';
export * from './audit-verifier.js';
export * from './audit-query.service.js';
export * from './audit.module.js';
