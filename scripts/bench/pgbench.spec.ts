import { describe, expect, it } from '@jest/globals';
import { pgbenchScript } from './pgbench.js';

const USER = '11111111-1111-4111-8111-111111111111';
const CASE = '22222222-2222-4222-8222-222222222222';
const AUDIT_1 = '01a23691-8391-7e52-b983-be175b43b06e';
const AUDIT_2 = '01a23691-8391-7e52-b983-be175b43b06f';
const plan = { prelude: ['\\set c random(1, 10)'], substitutions: [], keep: [USER], gsets: [] };

describe('pgbenchScript', () => {
  it('makes a new row key fresh per transaction, and keeps ids that the request reads', () => {
    const script = pgbenchScript(
      [
        { pid: 1, sql: 'SELECT * FROM cases WHERE id = $1', params: [CASE] },
        {
          pid: 1,
          sql: 'INSERT INTO audit_events (id, actor_id, subject_id) VALUES ($1, $2, $3)',
          params: [AUDIT_1, USER, CASE],
        },
      ],
      plan,
    );
    expect(script).toContain(`VALUES (gen_random_uuid(), '${USER}', '${CASE}')`);
    expect(script).not.toContain(AUDIT_1);
  });

  it('makes fresh the new keys inside an array parameter (a batch insert through unnest)', () => {
    const script = pgbenchScript(
      [
        {
          pid: 1,
          sql: 'INSERT INTO audit_events (id, subject_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])',
          params: [`{${AUDIT_1},${AUDIT_2}}`, `{${CASE}}`],
        },
        { pid: 1, sql: 'SELECT * FROM cases WHERE id = $1', params: [CASE] },
      ],
      plan,
    );
    expect(script).toContain('unnest((ARRAY[gen_random_uuid()::text, gen_random_uuid()::text])::text::uuid[]');
    expect(script).toContain(`'{${CASE}}'::uuid[]`);
    expect(script).not.toContain(AUDIT_1);
  });
});
