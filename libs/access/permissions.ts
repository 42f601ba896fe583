import type { Role } from './roles.js';

/**
 * Every kind of action a route can require, named `resource.action`. A role either may do a
 * kind of action (then record-level scopes decide which records) or may never do it (403).
 */
export const PERMISSIONS = [
  'session.use',
  'organization.create',
  'organization.list',
  'organization.webhook',
  'user.create',
  'user.list',
  'user.update',
  'audit.read',
  'audit.verify',
  'worker.create',
  'worker.search',
  'worker.read',
  'worker.update',
  'case.create',
  'case.list',
  'case.read',
  'case.update',
  'case.transition',
  'case.export',
  'stats.read',
  'consultation.create',
  'consultation.list',
  'consultation.promote',
  'accompaniment.create',
  'accompaniment.transition',
  'legal.assign',
  'legal.list',
  'legal.transition',
  'legal.review_write',
  'legal.review_read',
  'consent.record',
  'consent.read',
  'consent.withdraw',
  'referral.create',
  'referral.read',
  'referral.transition',
  'referral.message',
  'notification.read',
  'sla.read',
  'sla.update',
  'delivery.read',
  'queue.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const EVERY_SIGNED_IN_ROLE: Permission[] = ['session.use', 'organization.list', 'notification.read'];

/** What the consulting desk does every day; supervisors do all of it and more. */
const DESK_WORK: Permission[] = [
  'user.list',
  'worker.create',
  'worker.search',
  'worker.read',
  'worker.update',
  'case.create',
  'case.list',
  'case.read',
  'case.update',
  'case.transition',
  'case.export',
  'stats.read',
  'consultation.create',
  'consultation.list',
  'consultation.promote',
  'accompaniment.create',
  'accompaniment.transition',
  'legal.assign',
  'legal.list',
  'legal.transition',
  // Desk staff may ask; the privileged-review scope answers them 404 (only supervisors read).
  'legal.review_read',
  'consent.record',
  'consent.read',
  'consent.withdraw',
  'referral.create',
  'referral.read',
  'referral.transition',
  'referral.message',
  'sla.read',
];

export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  desk_staff: new Set<Permission>([...EVERY_SIGNED_IN_ROLE, ...DESK_WORK]),
  supervisor: new Set<Permission>([...EVERY_SIGNED_IN_ROLE, ...DESK_WORK, 'audit.read', 'sla.update']),
  lawyer: new Set<Permission>([
    ...EVERY_SIGNED_IN_ROLE,
    'worker.read',
    'case.list',
    'case.read',
    'consultation.create',
    'legal.list',
    'legal.transition',
    'legal.review_write',
    'legal.review_read',
  ]),
  embassy_officer: new Set<Permission>([
    ...EVERY_SIGNED_IN_ROLE,
    'referral.read',
    'referral.transition',
    'referral.message',
  ]),
  admin: new Set<Permission>([
    ...EVERY_SIGNED_IN_ROLE,
    'organization.create',
    'organization.webhook',
    'user.create',
    'user.list',
    'user.update',
    'audit.read',
    'audit.verify',
    'sla.read',
    'sla.update',
    // Operations: failed deliveries (no personal data in them) and the queue dashboard.
    'delivery.read',
    'queue.manage',
  ]),
};

export function may(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].has(permission);
}
