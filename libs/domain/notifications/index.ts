export * from './notification.entity.js';
export * from './outbox.entity.js';
export * from './notifications.service.js';
export * from './mailer.js';
export * from './outbox-claims.js';
export * from './delivery.service.js';
export * from './deliveries.service.js';
export * from './notifications.module.js';
