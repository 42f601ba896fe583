import { describe, expect, it } from '@jest/globals';
import { chainHash, GENESIS_HASH, type ChainRow } from './audit-chain.js';

const row: ChainRow = {
  id: '018f0000-0000-7000-8000-000000000001',
  seq: '1',
  occurred_at: '2026-11-23T10:00:00.123456Z',
  actor_type: 'user',
  actor_id: null,
  actor_role: 'admin',
  actor_organization_id: null,
  action: 'auth.login',
  outcome: 'success',
  subject_type: null,
  subject_id: null,
  subject_organization_id: null,
  changed_fields: [],
  ip: '127.0.0.1',
  user_agent: null,
  request_id: 'r1',
};

describe('chainHash', () => {
  it('is a stable SHA-256 hex digest', () => {
    expect(chainHash(GENESIS_HASH, '1', row)).toMatch(/^[0-9a-f]{64}$/);
    expect(chainHash(GENESIS_HASH, '1', row)).toBe(chainHash(GENESIS_HASH, '1', { ...row }));
  });

  it('changes with any content, the previous hash or the position', () => {
    const base = chainHash(GENESIS_HASH, '1', row);
    expect(chainHash(GENESIS_HASH, '1', { ...row, action: 'auth.logout' })).not.toBe(base);
    expect(chainHash(GENESIS_HASH, '1', { ...row, occurred_at: '2026-11-23T10:00:00.123457Z' })).not.toBe(base);
    expect(chainHash('f'.repeat(64), '1', row)).not.toBe(base);
    expect(chainHash(GENESIS_HASH, '2', row)).not.toBe(base);
  });
});
