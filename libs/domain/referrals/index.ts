export * from './referral.entity.js';
export * from './embassy-view.js';
export * from './referral-status.machine.js';
export * from './referrals.service.js';
export * from './referrals.module.js';
