import type { Organization } from './organization.entity.js';
import type { User } from './user.entity.js';

/** The API's `user`: an allow-list, so a new column never reaches a client by accident. */
export interface UserView {
  id: string;
  email: string;
  displayName: string;
  role: string;
  organizationId: string;
  locale: string;
  active: boolean;
}

export interface OrganizationView {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  timezone: string;
  createdAt: string;
}

export function toUserView(u: User): UserView {
  return {
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    role: u.role,
    organizationId: u.organizationId,
    locale: u.locale,
    active: u.active,
  };
}

export function toOrganizationView(o: Organization): OrganizationView {
  return {
    id: o.id,
    name: o.name,
    kind: o.kind,
    country: o.country,
    timezone: o.timezone,
    createdAt: o.createdAt.toISOString(),
  };
}
