import type { Role } from '#access';
import type { LegalAssignmentStatus } from './legal.entity.js';

/** PRODUCT.md: pending → accepted | declined | withdrawn, accepted → completed | withdrawn. */
const MOVES: Record<LegalAssignmentStatus, Partial<Record<LegalAssignmentStatus, 'lawyer' | 'staff'>>> = {
  pending: { accepted: 'lawyer', declined: 'lawyer', withdrawn: 'staff' },
  accepted: { completed: 'lawyer', withdrawn: 'staff' },
  declined: {},
  completed: {},
  withdrawn: {},
};

function side(role: Role): 'lawyer' | 'staff' | null {
  if (role === 'lawyer') return 'lawyer';
  if (role === 'desk_staff' || role === 'supervisor') return 'staff';
  return null;
}

export function allowedAssignmentMoves(role: Role, from: LegalAssignmentStatus): LegalAssignmentStatus[] {
  const mine = side(role);
  return (Object.entries(MOVES[from]) as [LegalAssignmentStatus, string][])
    .filter(([, who]) => who === mine)
    .map(([to]) => to);
}

export const ACTIVE_ASSIGNMENT: LegalAssignmentStatus[] = ['pending', 'accepted'];
