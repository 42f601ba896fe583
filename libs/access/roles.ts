export const ROLES = ['desk_staff', 'supervisor', 'lawyer', 'embassy_officer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ORGANIZATION_KINDS = ['ngo', 'law_office', 'embassy'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** Which kind of organization each role belongs to; an admin may sit in any. */
const KINDS_BY_ROLE: Record<Role, readonly OrganizationKind[]> = {
  desk_staff: ['ngo'],
  supervisor: ['ngo'],
  lawyer: ['law_office'],
  embassy_officer: ['embassy'],
  admin: ORGANIZATION_KINDS,
};

export function roleFitsOrganization(role: Role, kind: OrganizationKind): boolean {
  return KINDS_BY_ROLE[role].includes(kind);
}
