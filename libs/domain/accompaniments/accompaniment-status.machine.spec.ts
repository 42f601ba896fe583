import { describe, expect, it } from '@jest/globals';
import { allowedAccompanimentMoves } from './accompaniment-status.machine.js';

describe('the accompaniment status machine', () => {
  it('moves a scheduled accompaniment to any end, and no further', () => {
    expect(allowedAccompanimentMoves('scheduled')).toEqual(['done', 'cancelled', 'no_show']);
    for (const end of ['done', 'cancelled', 'no_show'] as const) expect(allowedAccompanimentMoves(end)).toEqual([]);
  });
});
