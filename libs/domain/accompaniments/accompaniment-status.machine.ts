import type { AccompanimentStatus } from './accompaniment.entity.js';

/** `scheduled → done | cancelled | no_show`; the three ends are final. */
export const ACCOMPANIMENT_TRANSITIONS: Record<AccompanimentStatus, readonly AccompanimentStatus[]> = {
  scheduled: ['done', 'cancelled', 'no_show'],
  done: [],
  cancelled: [],
  no_show: [],
};

export function allowedAccompanimentMoves(from: AccompanimentStatus): AccompanimentStatus[] {
  return [...ACCOMPANIMENT_TRANSITIONS[from]];
}
