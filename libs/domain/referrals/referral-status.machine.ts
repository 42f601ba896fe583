import type { Role } from '#access';
import type { ReferralStatus } from './referral.entity.js';

/**
 * PRODUCT.md: sent → acknowledged → in_progress → closed, sent|acknowledged → declined (the
 * embassy), sent|acknowledged|in_progress → withdrawn (the NGO). Each side moves only its own.
 */
const EMBASSY: Partial<Record<ReferralStatus, ReferralStatus[]>> = {
  sent: ['acknowledged', 'declined'],
  acknowledged: ['in_progress', 'declined', 'closed'],
  in_progress: ['closed'],
};
const NGO: Partial<Record<ReferralStatus, ReferralStatus[]>> = {
  sent: ['withdrawn'],
  acknowledged: ['withdrawn'],
  in_progress: ['withdrawn'],
};

export function allowedReferralMoves(role: Role, from: ReferralStatus): ReferralStatus[] {
  if (role === 'embassy_officer') return EMBASSY[from] ?? [];
  if (role === 'desk_staff' || role === 'supervisor') return NGO[from] ?? [];
  return [];
}
