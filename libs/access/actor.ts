import type { OrganizationKind, Role } from './roles.js';

/** Where a request came from, recorded with every audit event it causes. */
export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

/** The signed-in user a use case acts for, as checked on this very request. */
export interface Actor {
  kind: 'user';
  userId: string;
  role: Role;
  organizationId: string;
  organizationKind: OrganizationKind;
  locale: string;
  origin: RequestOrigin;
}

/** Background jobs act as this explicit actor, never through an implicit bypass. */
export interface SystemActor {
  kind: 'system';
  name: string;
}

export const NO_ORIGIN: RequestOrigin = { ip: null, userAgent: null, requestId: null };

export function systemActor(name: string): SystemActor {
  return { kind: 'system', name };
}
